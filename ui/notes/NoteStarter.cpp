// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteStarter.h"

#include "ui/common/Prompter.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/notes/NoteRedFlagGate.h"
#include "ui/notes/NoteStartDialog.h"
#include "ui/security/CurrentSession.h"

#include <QLocale>
#include <QWidget>

namespace stillpoint::ui {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

NoteStarter::NoteStarter(const Services &services, QWidget *parent)
    : QObject(parent), m_services(services), m_parent(parent)
{ }

void NoteStarter::showFailure(const QString &title, const core::Error &error)
{
    m_services.prompter.warning(m_parent, title, error.message, { Prompter::Choice::Ok },
                                Prompter::Choice::Ok, Prompter::Choice::Ok);
}

bool NoteStarter::startForClient(qint64 clientId, const QString &clientName)
{
    const core::Session &session = m_services.session.session();
    const auto draft = m_services.notes.draftFor(session, clientId, 0);
    if (!draft) {
        showFailure(tr("Note not started"), draft.error());
        return false;
    }
    if (draft->has_value()) {
        const core::SessionNote existing = **draft;
        const auto choice = m_services.prompter.question(
                m_parent, tr("Draft in progress"),
                tr("Continue the draft note of %1?").arg(longDate(existing.sessionDate)),
                { Prompter::Choice::Continue, Prompter::Choice::StartOver,
                  Prompter::Choice::Cancel },
                Prompter::Choice::Continue, Prompter::Choice::Cancel,
                tr("Start Over sets that draft aside (it is kept, marked discarded) and starts a "
                   "new note."));
        if (choice == Prompter::Choice::Continue) {
            Q_EMIT noteReady(existing, clientName);
            return true;
        }
        if (choice != Prompter::Choice::StartOver)
            return false;
        const auto discarded = m_services.notes.discard(session, existing.id, existing.rowVersion);
        if (!discarded) {
            showFailure(tr("Draft not set aside"), discarded.error());
            return false;
        }
    }
    QDate lastSigned;
    if (const auto history = m_services.notes.history(session, clientId)) {
        for (const core::NoteSummary &note : history.value())
            if (note.status == core::NoteStatus::Signed
                && (!lastSigned.isValid() || note.sessionDate > lastSigned))
                lastSigned = note.sessionDate;
    }
    if (m_startDialog)
        m_startDialog->close();
    auto *dialog = new NoteStartDialog(m_services.clock.today(), lastSigned, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_startDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, clientId, clientName] {
        start(clientId, clientName, dialog->sessionDate(), dialog->carryForward());
    });
    dialog->open();
    return true;
}

bool NoteStarter::start(qint64 clientId, const QString &clientName, const QDate &sessionDate,
                        bool carryForward)
{
    return afterRedFlagCheck(clientId, [=, this] {
        finish(m_services.notes.startForClient(m_services.session.session(), clientId, sessionDate,
                                               carryForward),
               clientName);
    });
}

qint64 NoteStarter::clientOfAppointment(qint64 appointmentId, QString *clientName)
{
    const auto details =
            m_services.appointments.details(m_services.session.session(), appointmentId);
    if (!details) {
        showFailure(tr("Note not started"), details.error());
        return 0;
    }
    if (clientName)
        *clientName = details->clientName;
    return details->appointment.clientId;
}

bool NoteStarter::startForAppointment(qint64 appointmentId)
{
    const core::Session &session = m_services.session.session();
    const auto details = m_services.appointments.details(session, appointmentId);
    if (!details) {
        showFailure(tr("Note not started"), details.error());
        return false;
    }
    const qint64 clientId = details->appointment.clientId;
    const QString clientName = details->clientName;
    const QDate sessionDate = details->appointment.localDate;
    const auto draft = m_services.notes.draftFor(session, clientId, appointmentId);
    if (!draft) {
        showFailure(tr("Note not started"), draft.error());
        return false;
    }
    if (draft->has_value()) {
        Q_EMIT noteReady(**draft, clientName);
        return true;
    }
    // A visit whose note is signed already: that note (read-only, with Add Addendum…).
    const auto history = m_services.notes.history(session, clientId);
    if (!history) {
        showFailure(tr("Note not started"), history.error());
        return false;
    }
    for (const core::NoteSummary &note : history.value()) {
        if (note.appointmentId != appointmentId || note.status != core::NoteStatus::Signed)
            continue;
        const auto found = m_services.notes.find(session, note.id);
        if (!found) {
            showFailure(tr("Note not opened"), found.error());
            return false;
        }
        Q_EMIT noteReady(found.value(), clientName);
        return true;
    }
    return afterRedFlagCheck(clientId, [=, this] {
        const core::Session &current = m_services.session.session();
        bool carryForward = false;
        const auto previous = m_services.notes.previousSigned(current, clientId, sessionDate);
        if (previous && previous->has_value()) {
            const auto choice = m_services.prompter.question(
                    m_parent, tr("Carry Forward"),
                    tr("Carry forward the plan and body-chart marks from the note of %1?")
                            .arg(longDate((*previous)->sessionDate)),
                    { Prompter::Choice::Yes, Prompter::Choice::No, Prompter::Choice::Cancel },
                    Prompter::Choice::No, Prompter::Choice::Cancel,
                    tr("They are a starting point to change as today's session goes; nothing "
                       "else is copied, and never the signature."));
            if (choice == Prompter::Choice::Cancel)
                return;
            carryForward = choice == Prompter::Choice::Yes;
        }
        const auto started =
                m_services.notes.startFromAppointment(current, appointmentId, carryForward);
        finish(started, clientName);
    });
}

bool NoteStarter::afterRedFlagCheck(qint64 clientId, const std::function<void()> &then)
{
    if (m_redFlagDialog) {
        m_redFlagDialog->raise();
        return false;
    }
    const auto alert = m_services.intakes.blockingAlert(m_services.session.session(), clientId);
    if (!alert) {
        showFailure(tr("Note not started"), alert.error());
        return false;
    }
    if (!alert->has_value()) {
        then();
        return true;
    }
    m_redFlagDialog =
            NoteRedFlagGate::askReason(m_services.intakes, m_services.session, **alert, m_parent);
    connect(m_redFlagDialog, &QDialog::accepted, this, [this, clientId, then] {
        Q_EMIT redFlagCleared(clientId);
        then();
    });
    return true;
}

bool NoteStarter::finish(const core::Result<core::SessionNote> &started, const QString &clientName)
{
    if (!started) {
        showFailure(tr("Note not started"), started.error());
        return false;
    }
    Q_EMIT noteReady(started.value(), clientName);
    return true;
}

} // namespace stillpoint::ui
