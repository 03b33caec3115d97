// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/ScheduleResources.h"

#include <QList>
#include <functional>

namespace stillpoint::core {

class Database;
class Transaction;

// Storage of what the schedule is made of: therapists with their working hours and time off,
// rooms and appointment types. No access checks (ScheduleSetupService checks and audits); every
// write runs in one BEGIN IMMEDIATE transaction and calls `beforeCommit` (the audit row) inside it
// with the id of the record written. Nothing here is ever deleted except time off.
class ScheduleSetupRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;

    explicit ScheduleSetupRepository(Database &database,
                                     const Clock &clock = SystemClock::instance());

    Result<Therapist> createTherapist(const Therapist &therapist,
                                      const BeforeCommit &beforeCommit = {});
    // Name and active flag; Conflict on a stale rowVersion.
    Result<Therapist> updateTherapist(const Therapist &therapist,
                                      const BeforeCommit &beforeCommit = {});
    Result<Therapist> therapist(qint64 id) const;
    Result<QList<Therapist>> therapists(bool includeInactive = false) const;

    // Replaces the therapist's whole week.
    Status setWorkingHours(qint64 therapistId, const QList<WorkingInterval> &hours,
                           const BeforeCommit &beforeCommit = {});
    Result<QList<WorkingInterval>> workingHours(qint64 therapistId) const;

    Result<TimeOff> addTimeOff(const TimeOff &timeOff, const ScheduleAuthor &author,
                               const BeforeCommit &beforeCommit = {});
    Status removeTimeOff(qint64 timeOffId, const BeforeCommit &beforeCommit = {});
    // Time off of one therapist (0: all) that overlaps [fromUtc, toUtc), in order.
    Result<QList<TimeOff>> timeOff(qint64 therapistId, const QDateTime &fromUtc,
                                   const QDateTime &toUtc) const;

    Result<Room> createRoom(const Room &room, const BeforeCommit &beforeCommit = {});
    Result<Room> updateRoom(const Room &room, const BeforeCommit &beforeCommit = {});
    Result<Room> room(qint64 id) const;
    Result<QList<Room>> rooms(bool includeInactive = false) const;

    Result<AppointmentType> createType(const AppointmentType &type,
                                       const BeforeCommit &beforeCommit = {});
    // Changing a type's length or buffer does not change appointments already booked.
    Result<AppointmentType> updateType(const AppointmentType &type,
                                       const BeforeCommit &beforeCommit = {});
    Result<AppointmentType> type(qint64 id) const;
    Result<QList<AppointmentType>> types(bool includeInactive = false) const;

    // Whether the user exists, is active and may treat (therapist or owner).
    Result<bool> isBookableUser(qint64 userId) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
