// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/ScheduleResources.h"
#include "ui/schedule/ScheduleServices.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace stillpoint::ui {

// What the schedule screens read from core for the signed-in person: the practice's time zone,
// the active therapists, rooms and appointment types with the therapists' working hours (read
// again by reload(), as they rarely change), and the appointments and time off of a range of
// local dates. The calendar's grid is in the practice's wall-clock time, whatever the computer's
// own zone. Nothing here writes.
class ScheduleSource
{
public:
    explicit ScheduleSource(const ScheduleServices &services);

    // Reads the therapists, rooms, types, working hours and the zone; on failure keeps nothing.
    core::Status reload();
    void clear();

    const QTimeZone &zone() const { return m_zone; }
    const QList<core::Therapist> &therapists() const { return m_therapists; }
    const QList<core::Room> &rooms() const { return m_rooms; }
    const QList<core::AppointmentType> &types() const { return m_types; }
    const QHash<qint64, QList<core::WorkingInterval>> &hours() const { return m_hours; }
    const core::AppointmentType *type(qint64 typeId) const;
    QString therapistName(qint64 therapistId) const;
    QString roomName(qint64 roomId) const;

    // Appointments touching the local dates [first, first + days), in start order.
    core::Result<QList<core::CalendarItem>> items(const QDate &first, int days,
                                                  bool includeCancelled = false) const;
    // Everyone's time off touching those dates.
    core::Result<QList<core::TimeOff>> timeOff(const QDate &first, int days) const;

    // The instant of a wall-clock minute (0..1440) of a local date in the practice's zone.
    QDateTime toUtc(const QDate &date, int minute) const;
    QDate localDate(const QDateTime &utc) const;
    QDateTime nowUtc() const;
    QDate today() const;

    const ScheduleServices &services() const { return m_services; }

private:
    ScheduleServices m_services;
    QTimeZone m_zone = QTimeZone::utc();
    QList<core::Therapist> m_therapists;
    QList<core::Room> m_rooms;
    QList<core::AppointmentType> m_types;
    QHash<qint64, QList<core::WorkingInterval>> m_hours;
};

} // namespace stillpoint::ui
