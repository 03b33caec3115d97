// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Waitlist.h"

#include <QList>
#include <functional>

namespace stillpoint::core {

class Database;
class Transaction;

// Storage of the waitlist, with no access checks (WaitlistService checks and audits). Entries
// are closed (booked or removed), never deleted. Writes run in one BEGIN IMMEDIATE transaction
// and call `beforeCommit` (the audit row) inside it.
class WaitlistRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;

    explicit WaitlistRepository(Database &database, const Clock &clock = SystemClock::instance());

    Result<WaitlistItem> add(const WaitlistEntry &entry, const ScheduleAuthor &author,
                             const BeforeCommit &beforeCommit = {});
    // Therapist, type, days, parts of the day, notes and expiry; Conflict on a stale rowVersion.
    Result<WaitlistItem> update(const WaitlistEntry &entry, const BeforeCommit &beforeCommit = {});
    Result<WaitlistItem> setStatus(qint64 entryId, int expectedRowVersion, WaitlistStatus status,
                                   const BeforeCommit &beforeCommit = {});
    Result<WaitlistItem> find(qint64 entryId) const;
    // Entries oldest first: open ones only unless `includeClosed`; one client's when clientId > 0.
    Result<QList<WaitlistItem>> list(bool includeClosed = false, qint64 clientId = 0) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
