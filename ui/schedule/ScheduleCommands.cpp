// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ScheduleCommands.h"

#include <QCoreApplication>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::ScheduleCommands", text);
}

} // namespace

BookCommand::BookCommand(ScheduleController &controller, const core::Appointment &booked,
                         const QString &text)
    : QUndoCommand(text), m_controller(controller), m_id(booked.id), m_status(booked.status)
{ }

void BookCommand::undo()
{
    const auto cancelled = m_controller.applyCancel(
            m_id,
            core::CancelRequest{ QString::fromLatin1(ScheduleController::UndoneReason),
                                 core::CancelledBy::Practice });
    if (!cancelled) {
        m_controller.report(translate("Booking not undone"), cancelled.error());
        setObsolete(true);
    }
}

void BookCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    auto booked = m_controller.applyStatus(m_id, core::AppointmentStatus::Booked);
    if (booked && m_status != core::AppointmentStatus::Booked)
        booked = m_controller.applyStatus(m_id, m_status);
    if (!booked) {
        m_controller.report(translate("Booking not redone"), booked.error());
        setObsolete(true);
    }
}

PlaceCommand::PlaceCommand(ScheduleController &controller, qint64 appointmentId,
                           const AppointmentPlace &before, const AppointmentPlace &after,
                           const QString &text)
    : QUndoCommand(text), m_controller(controller), m_id(appointmentId), m_before(before),
      m_after(after)
{ }

void PlaceCommand::undo()
{
    apply(m_before);
}

void PlaceCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    apply(m_after);
}

void PlaceCommand::apply(const AppointmentPlace &place)
{
    const auto placed = m_controller.applyPlace(m_id, place);
    if (!placed) {
        m_controller.report(translate("Not moved back"), placed.error());
        setObsolete(true);
    }
}

StatusCommand::StatusCommand(ScheduleController &controller, qint64 appointmentId,
                             core::AppointmentStatus before, core::AppointmentStatus after,
                             const QString &text, const core::CancelRequest &cancel)
    : QUndoCommand(text), m_controller(controller), m_id(appointmentId), m_before(before),
      m_after(after), m_cancel(cancel)
{ }

void StatusCommand::undo()
{
    change(m_after, m_before);
}

void StatusCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    change(m_before, m_after);
}

void StatusCommand::change(core::AppointmentStatus from, core::AppointmentStatus to)
{
    using core::AppointmentStatus;
    core::Result<core::Appointment> done = core::Appointment();
    if (to == AppointmentStatus::Cancelled) {
        done = m_controller.applyCancel(m_id, m_cancel);
    } else if (core::AppointmentStatuses::canChange(from, to)) {
        done = m_controller.applyStatus(m_id, to);
    } else {
        // No direct way back (checked in → confirmed): through booked.
        done = m_controller.applyStatus(m_id, AppointmentStatus::Booked);
        if (done && to != AppointmentStatus::Booked)
            done = m_controller.applyStatus(m_id, to);
    }
    if (!done) {
        m_controller.report(translate("Status not changed"), done.error());
        setObsolete(true);
    }
}

} // namespace stillpoint::ui
