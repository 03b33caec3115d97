// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/ScheduleResources.h"
#include "core/security/Session.h"

#include <QList>

namespace stillpoint::core {

class Database;

// What the schedule is made of, as the signed-in user may see and change it: therapists (each
// linked to an account that may treat: therapist or owner), their working hours and time off,
// rooms and appointment types. Anyone who reads the schedule may list them (ScheduleRead); only
// the owner changes them (ScheduleManage). Every change is audited (record types "therapist",
// "working-hours", "time-off", "room", "appointment-type"). Nothing is deleted but time off:
// therapists, rooms and types are deactivated, so past appointments keep their names.
class ScheduleSetupService
{
public:
    explicit ScheduleSetupService(Database &database, const Clock &clock = SystemClock::instance());

    Result<QList<Therapist>> therapists(const Session &session, bool includeInactive = false) const;
    Result<Therapist> therapist(const Session &session, qint64 therapistId) const;
    Result<Therapist> addTherapist(const Session &session, const Therapist &therapist);
    // Display name and active flag; Conflict on a stale rowVersion.
    Result<Therapist> updateTherapist(const Session &session, const Therapist &therapist);

    Result<QList<WorkingInterval>> workingHours(const Session &session, qint64 therapistId) const;
    // Replaces the therapist's week (ScheduleValidator::hoursProblems for the rules).
    Status setWorkingHours(const Session &session, qint64 therapistId,
                           const QList<WorkingInterval> &hours);

    // Time off overlapping [fromUtc, toUtc) of one therapist (0: everyone).
    Result<QList<TimeOff>> timeOff(const Session &session, qint64 therapistId,
                                   const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // Appointments already booked in it stay; the desk sees the warning when moving them.
    Result<TimeOff> addTimeOff(const Session &session, const TimeOff &timeOff);
    Status removeTimeOff(const Session &session, qint64 timeOffId);

    Result<QList<Room>> rooms(const Session &session, bool includeInactive = false) const;
    Result<Room> addRoom(const Session &session, const Room &room);
    Result<Room> updateRoom(const Session &session, const Room &room);

    Result<QList<AppointmentType>> types(const Session &session,
                                         bool includeInactive = false) const;
    // The colour is stored as "#rrggbb" in lower case ("#ABC" becomes "#aabbcc").
    Result<AppointmentType> addType(const Session &session, const AppointmentType &type);
    // Appointments already booked keep their length, buffer and price.
    Result<AppointmentType> updateType(const Session &session, const AppointmentType &type);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
