// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/ScheduleLoader.h"
#include "core/security/UserAccount.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace stillpoint::core {

class Database;

// The demo practice's schedule: two therapists (the demo therapist's and the owner's accounts)
// with working hours (a lunch break, a Saturday morning) and some time off, three rooms, four
// appointment types, and a year of appointments for the active demo clients: each client comes
// every one to six weeks from the day they joined, starting with an initial assessment; past
// appointments are mostly completed, some cancelled (some late, a few by the practice) and some
// no-shows; the coming weeks are booked, some as weekly or fortnightly series. A few clients
// wait on the waitlist. No two active appointments overlap for a therapist or a room. Seeded:
// the same inputs always give the same schedule. Nothing in it belongs to a real person.
class DemoSchedule
{
public:
    static constexpr int DaysBack = 364;
    static constexpr int DaysAhead = 56;

    // Writes the schedule in one transaction (audited as one demo.create row) when the file has
    // an active therapist or owner account and no therapists yet; otherwise writes nothing and
    // returns 0. Returns the number of appointments written.
    static Result<int> populate(Database &database, const Clock &clock, quint32 seed);

    // The schedule populate() writes, for the given accounts (the first two become therapists)
    // and active clients.
    static ScheduleBundle make(const QList<UserAccount> &clinicians, const QList<qint64> &clientIds,
                               const QDateTime &nowUtc, const QTimeZone &zone, quint32 seed);
};

} // namespace stillpoint::core
