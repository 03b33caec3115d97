// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotePrintouts.h"

#include "core/clients/ClientService.h"
#include "core/notes/NoteDocument.h"
#include "core/notes/NoteService.h"
#include "core/security/PracticeSettings.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::NotePrintouts", text);
}

// A name usable as a file name on every desktop: no folder separators or reserved characters.
QString fileSafe(QString name)
{
    static const QRegularExpression reserved(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(reserved, QStringLiteral(" "));
    return name.simplified();
}

} // namespace

NotePrintouts::NotePrintouts(const Services &services) : m_services(services) { }

QString NotePrintouts::practiceName() const
{
    const auto name = m_services.settings.practiceName();
    return name ? name.value() : QString();
}

core::ChartLegend NotePrintouts::legend() const
{
    const auto legend = m_services.settings.bodyChartLegend();
    return legend ? legend.value() : core::ChartLegend();
}

core::Result<PrintableDocument> NotePrintouts::note(qint64 noteId) const
{
    const core::Session &session = m_services.session.session();
    auto note = m_services.notes.find(session, noteId);
    if (!note)
        return note.error();
    auto client = m_services.clients.find(session, note->clientId);
    if (!client)
        return client.error();
    const auto techniques = m_services.notes.techniques(session);
    PrintableDocument document;
    document.title = translate("Session note");
    document.html = core::NoteDocument::html(
            note.value(), client.value(), practiceName(),
            techniques ? techniques.value() : QList<core::Technique>(), legend());
    const QString date = note->sessionDate.toString(Qt::ISODate);
    document.footer = translate("%1 · Session note of %2").arg(client->displayName(), date);
    document.fileName =
            fileSafe(translate("%1 - session note %2.pdf").arg(client->displayName(), date));
    return document;
}

core::Result<PrintableDocument> NotePrintouts::range(qint64 clientId, const QDate &from,
                                                     const QDate &to) const
{
    const core::Session &session = m_services.session.session();
    auto notes = m_services.notes.notesBetween(session, clientId, from, to);
    if (!notes)
        return notes.error();
    auto client = m_services.clients.find(session, clientId);
    if (!client)
        return client.error();
    const auto techniques = m_services.notes.techniques(session);
    PrintableDocument document;
    document.title = translate("Session notes");
    document.html = core::NoteDocument::rangeHtml(
            notes.value(), client.value(), practiceName(), from, to,
            techniques ? techniques.value() : QList<core::Technique>(), legend());
    const QString period =
            translate("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    document.footer = translate("%1 · Session notes %2").arg(client->displayName(), period);
    document.fileName =
            fileSafe(translate("%1 - session notes %2.pdf").arg(client->displayName(), period));
    return document;
}

bool NotePrintouts::printNote(QWidget *parent, qint64 noteId) const
{
    const auto document = note(noteId);
    if (!document) {
        showFailure(parent, translate("Not printed"), document.error());
        return false;
    }
    return print(parent, document.value());
}

bool NotePrintouts::saveNoteAsPdf(QWidget *parent, qint64 noteId, QString *savedPath) const
{
    const auto document = note(noteId);
    if (!document) {
        showFailure(parent, translate("PDF not saved"), document.error());
        return false;
    }
    return saveAsPdf(parent, document.value(), savedPath);
}

bool NotePrintouts::printRange(QWidget *parent, qint64 clientId, const QDate &from,
                               const QDate &to) const
{
    const auto document = range(clientId, from, to);
    if (!document) {
        showFailure(parent, translate("Not printed"), document.error());
        return false;
    }
    return print(parent, document.value());
}

bool NotePrintouts::print(QWidget *parent, const PrintableDocument &document) const
{
    const auto printed = m_services.printer.print(parent, document);
    if (!printed) {
        showFailure(parent, translate("Not printed"), printed.error());
        return false;
    }
    return printed.value();
}

bool NotePrintouts::saveAsPdf(QWidget *parent, const PrintableDocument &document,
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

void NotePrintouts::showFailure(QWidget *parent, const QString &title,
                                const core::Error &error) const
{
    m_services.prompter.warning(parent, title, error.message, { Prompter::Choice::Ok },
                                Prompter::Choice::Ok, Prompter::Choice::Ok);
}

} // namespace stillpoint::ui
