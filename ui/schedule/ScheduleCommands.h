// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"
#include "ui/schedule/ScheduleController.h"

#include <QUndoCommand>

namespace stillpoint::ui {

// The schedule's undoable changes. Each is pushed after ScheduleController made the change, so
// its first redo() does nothing. When an undo or redo cannot be done (someone else changed the
// appointment, the time is taken now) the reason is shown and the command leaves the stack.

// A booking: undo cancels it (by the practice, reason "Undone"), redo books it again.
class BookCommand final : public QUndoCommand
{
public:
    BookCommand(ScheduleController &controller, const core::Appointment &booked,
                const QString &text);
    void undo() override;
    void redo() override;

private:
    ScheduleController &m_controller;
    qint64 m_id;
    core::AppointmentStatus m_status;
    bool m_first = true;
};

// A move or resize (or both, or another therapist or room): undo puts it back where it was.
class PlaceCommand final : public QUndoCommand
{
public:
    PlaceCommand(ScheduleController &controller, qint64 appointmentId,
                 const AppointmentPlace &before, const AppointmentPlace &after,
                 const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const AppointmentPlace &place);

    ScheduleController &m_controller;
    qint64 m_id;
    AppointmentPlace m_before;
    AppointmentPlace m_after;
    bool m_first = true;
};

// A status change or a cancellation: undo restores the status it had (through "booked" when
// core allows no direct way back), redo makes the change again.
class StatusCommand final : public QUndoCommand
{
public:
    StatusCommand(ScheduleController &controller, qint64 appointmentId,
                  core::AppointmentStatus before, core::AppointmentStatus after,
                  const QString &text, const core::CancelRequest &cancel = {});
    void undo() override;
    void redo() override;

private:
    void change(core::AppointmentStatus from, core::AppointmentStatus to);

    ScheduleController &m_controller;
    qint64 m_id;
    core::AppointmentStatus m_before;
    core::AppointmentStatus m_after;
    core::CancelRequest m_cancel;
    bool m_first = true;
};

} // namespace stillpoint::ui
