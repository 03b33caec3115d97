// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/intake/IntakePanelFixture.h"

#include "core/demo/DemoIntakes.h"
#include "core/security/Authenticator.h"

#include <QFile>
#include <QPrinter>

#include <stdexcept>

namespace stillpoint::test {

bool ScriptedDocumentPrinter::choosePrinter(QWidget *, QPrinter &printer)
{
    ++dialogsShown;
    if (cancel)
        return false;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(outputPath);
    return true;
}

IntakePanelFixture::IntakePanelFixture(core::Role role)
{
    therapist = signIn(database.db(), core::Role::Therapist, clock);
    const core::Session owner = signIn(database.db(), core::Role::Owner, clock);
    if (!practice.setPracticeName(owner, QStringLiteral("Calm Hands Massage")))
        throw std::runtime_error("could not name the practice");
    user = role == core::Role::Therapist ? therapist : signIn(database.db(), role, clock);
    session = currentSession(user);

    core::Client client = makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                     QDate(1984, 4, 2), QStringLiteral("ann@example.org"));
    client.physician = { QStringLiteral("Dr Priya Patel"), QStringLiteral("Elm Street Surgery"),
                         QStringLiteral("020 7946 0123") };
    ann = addClient(database.db(), client);

    panel = std::make_unique<ui::IntakePanel>(ui::IntakePanel::Services{
            intakes, clients, practice, *session, prompter, files, printer, clock });
    panel->resize(760, 620);
}

core::Intake IntakePanelFixture::signIntake(int profile, QDate date,
                                            const std::function<void(core::Intake &)> &edit)
{
    core::Intake draft = saveDraft(date, [profile, date, this, &edit](core::Intake &intake) {
        core::Intake filled = core::DemoIntakes::sample(profile, ann.id, date);
        filled.id = intake.id;
        filled.version = intake.version;
        filled.rowVersion = intake.rowVersion;
        filled.basedOnId = intake.basedOnId;
        if (edit)
            edit(filled);
        intake = filled;
    });
    auto signedIntake = intakes.sign(therapist, draft);
    if (!signedIntake)
        throw std::runtime_error(signedIntake.error().message.toStdString());
    return signedIntake.value();
}

core::Intake IntakePanelFixture::saveDraft(QDate date,
                                           const std::function<void(core::Intake &)> &edit)
{
    auto started = intakes.startNew(therapist, ann.id, date);
    if (!started)
        throw std::runtime_error(started.error().message.toStdString());
    core::Intake draft = started.value();
    if (edit)
        edit(draft);
    auto saved = intakes.saveDraft(therapist, draft);
    if (!saved)
        throw std::runtime_error(saved.error().message.toStdString());
    return saved.value();
}

void IntakePanelFixture::showPanel()
{
    panel->setClient(ann.id, ann.displayName());
    showAndWait(*panel);
}

QList<core::AuditEntry> IntakePanelFixture::audit(qint64 userId)
{
    core::AuditFilter filter;
    filter.userId = userId;
    filter.limit = 5000;
    auto entries = core::AuditTrail(database.db(), clock).entries(filter);
    if (!entries)
        throw std::runtime_error(entries.error().message.toStdString());
    return entries.value();
}

bool looksLikePdf(const QString &path, qint64 minimumBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("%PDF-") && bytes.contains("%%EOF") && bytes.size() > minimumBytes;
}

} // namespace stillpoint::test
