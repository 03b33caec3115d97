// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Waitlist.h"
#include "core/security/Session.h"

#include <QList>

namespace stillpoint::core {

class Database;

// The waitlist as the signed-in user may see and change it (ScheduleRead / ScheduleWrite: the
// front desk runs it). Every change is audited (record type "waitlist"), never with the notes.
// When an appointment is cancelled, AppointmentService and SeriesService return the matching
// entries; matchesFor() asks again later.
class WaitlistService
{
public:
    explicit WaitlistService(Database &database, const Clock &clock = SystemClock::instance());

    // Adds an open entry; `addedOn` defaults to today in the practice's zone.
    Result<WaitlistItem> add(const Session &session, const WaitlistEntry &entry);
    Result<WaitlistItem> update(const Session &session, const WaitlistEntry &entry);
    // Closes an entry: the client no longer waits.
    Result<WaitlistItem> remove(const Session &session, qint64 entryId, int expectedRowVersion);
    // Closes an entry because the client was booked.
    Result<WaitlistItem> markBooked(const Session &session, qint64 entryId, int expectedRowVersion);
    // Oldest first; open entries only unless `includeClosed`; one client's when clientId > 0.
    Result<QList<WaitlistItem>> list(const Session &session, bool includeClosed = false,
                                     qint64 clientId = 0) const;
    // The open, unexpired entries that could take the time a cancelled (or no-show) appointment
    // freed: the right therapist or any, a weekday and part of the day they asked for, and long
    // enough for their type with its buffer. Oldest entry first.
    Result<QList<WaitlistMatch>> matchesFor(const Session &session, qint64 appointmentId) const;

    // matchesFor() without the access check, for the services that cancel.
    static Result<QList<WaitlistMatch>> findMatches(Database &database, const Clock &clock,
                                                    const Appointment &freed);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
