// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/schedule/AppointmentService.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/notes/NoteStartDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace stillpoint::ui {

class CurrentSession;
class Prompter;

// How a session note begins, from the client or from an appointment. First the intake's
// red-flag block: while an alert blocks treatment the therapist records a reason to proceed
// (the dialog; cancelling it starts nothing). Then whether to carry forward the last signed
// note's plan and marks, and core starts (and first saves) the draft. A visit or client that
// already has an open draft gets that draft back instead. The note is announced by noteReady().
class NoteStarter final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        core::NoteService &notes;
        core::IntakeService &intakes;
        core::AppointmentService &appointments;
        const CurrentSession &session;
        Prompter &prompter;
        const core::Clock &clock;
    };

    NoteStarter(const Services &services, QWidget *parent);

    // From the client: offers the client's open draft back (Continue, Start Over, Cancel), or
    // asks for the session date and carry-forward (NoteStartDialog). False when nothing is under
    // way (cancelled or refused; shown).
    bool startForClient(qint64 clientId, const QString &clientName);
    // The red-flag check, then core's start. True when the note is ready or the reason to proceed
    // is being asked for; false when refused (shown).
    bool start(qint64 clientId, const QString &clientName, const QDate &sessionDate,
               bool carryForward);
    // From an appointment: the red-flag check, the carry-forward question (when there is a signed
    // note to carry forward), then core's start; the visit's open draft if it has one.
    bool startForAppointment(qint64 appointmentId);
    // The client of an appointment and their name (0 when it cannot be read; shown).
    qint64 clientOfAppointment(qint64 appointmentId, QString *clientName = nullptr);

    NoteStartDialog *startDialog() const { return m_startDialog; }
    RedFlagProceedDialog *redFlagDialog() const { return m_redFlagDialog; }

Q_SIGNALS:
    // A note to show in an editor: a draft just started or found open again, or the visit's
    // note when it is signed already.
    void noteReady(const core::SessionNote &note, const QString &clientName);
    void redFlagCleared(qint64 clientId);

private:
    // Runs `then` now when no red-flag alert blocks the client, or once a reason to proceed is
    // recorded. False when the check itself failed or a reason is already being asked for.
    bool afterRedFlagCheck(qint64 clientId, const std::function<void()> &then);
    bool finish(const core::Result<core::SessionNote> &started, const QString &clientName);
    void showFailure(const QString &title, const core::Error &error);

    Services m_services;
    QWidget *m_parent;
    QPointer<NoteStartDialog> m_startDialog;
    QPointer<RedFlagProceedDialog> m_redFlagDialog;
};

} // namespace stillpoint::ui
