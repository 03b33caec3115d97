// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakePrintouts.h"

#include "core/clients/ClientService.h"
#include "core/intake/IntakeDocument.h"
#include "core/intake/IntakeService.h"
#include "core/security/PracticeSettings.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::IntakePrintouts", text);
}

// A name usable as a file name on every desktop: no folder separators or reserved characters.
QString fileSafe(QString name)
{
    static const QRegularExpression reserved(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(reserved, QStringLiteral(" "));
    return name.simplified();
}

} // namespace

IntakePrintouts::IntakePrintouts(const Services &services) : m_services(services) { }

QString IntakePrintouts::practiceName() const
{
    const auto name = m_services.settings.practiceName();
    return name ? name.value() : QString();
}

core::Result<PrintableDocument> IntakePrintouts::intake(qint64 intakeId) const
{
    const core::Session &session = m_services.session.session();
    auto intake = m_services.intakes.find(session, intakeId);
    if (!intake)
        return intake.error();
    auto client = m_services.clients.find(session, intake->clientId);
    if (!client)
        return client.error();
    PrintableDocument document;
    document.title = translate("Intake");
    document.html = core::IntakeDocument::html(intake.value(), client.value(), practiceName());
    document.footer = translate("%1 · Intake version %2")
                              .arg(client->displayName(), QString::number(intake->version));
    document.fileName =
            fileSafe(translate("%1 - intake v%2 %3.pdf")
                             .arg(client->displayName(), QString::number(intake->version),
                                  intake->intakeDate.toString(Qt::ISODate)));
    return document;
}

core::Result<PrintableDocument> IntakePrintouts::referralLetter(qint64 intakeId) const
{
    const core::Session &session = m_services.session.session();
    auto intake = m_services.intakes.find(session, intakeId);
    if (!intake)
        return intake.error();
    auto client = m_services.clients.find(session, intake->clientId);
    if (!client)
        return client.error();
    core::ReferralLetterData data;
    data.practiceName = practiceName();
    data.therapistName = m_services.session.personName();
    data.date = m_services.clock.today();
    data.client = client.value();
    data.intake = intake.value();
    for (const QString &questionnaire : { QStringLiteral("midas"), QStringLiteral("hit6") }) {
        auto given = m_services.intakes.questionnaireHistory(session, client->id, questionnaire);
        if (!given)
            return given.error();
        data.scores += given.value();
    }
    std::stable_sort(data.scores.begin(), data.scores.end(),
                     [](const core::QuestionnaireAdministration &a,
                        const core::QuestionnaireAdministration &b) { return a.date < b.date; });

    PrintableDocument document;
    document.title = translate("Referral letter");
    document.html = core::ReferralLetter::html(data);
    document.footer =
            translate("%1 · Referral letter of %2")
                    .arg(client->displayName(), data.date.toString(QStringLiteral("d MMMM yyyy")));
    document.fileName =
            fileSafe(translate("%1 - referral letter %2.pdf")
                             .arg(client->displayName(), data.date.toString(Qt::ISODate)));
    return document;
}

bool IntakePrintouts::print(QWidget *parent, const PrintableDocument &document) const
{
    const auto printed = m_services.printer.print(parent, document);
    if (!printed) {
        showFailure(parent, translate("Not printed"), printed.error());
        return false;
    }
    return printed.value();
}

bool IntakePrintouts::saveAsPdf(QWidget *parent, const PrintableDocument &document,
                                QString *savedPath) const
{
    const QString path =
            choosePdfPath(m_services.files, parent, translate("Save as PDF"), document.fileName);
    if (path.isEmpty())
        return false;
    const core::Status saved = m_services.printer.savePdf(document, path);
    if (!saved) {
        showFailure(parent, translate("PDF not saved"), saved.error());
        return false;
    }
    if (savedPath)
        *savedPath = path;
    return true;
}

void IntakePrintouts::showFailure(QWidget *parent, const QString &title,
                                  const core::Error &error) const
{
    m_services.prompter.warning(parent, title, error.message, { Prompter::Choice::Ok },
                                Prompter::Choice::Ok, Prompter::Choice::Ok);
}

} // namespace stillpoint::ui
