// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/outcomes/DiaryEntry.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/security/Session.h"

#include <QDate>
#include <QList>

namespace stillpoint::core {

class Database;

// A client's headache diary as the signed-in user may see and change it. Reading needs
// ClinicalRead and writing ClinicalWrite (therapist, owner), checked in core with refusals
// audited; every read and write goes to the audit trail (record type "diary", in the same
// transaction as a write) with counts and months only, never what the rows say. Rows are checked
// by DiaryValidator before anything is written; a rule broken anywhere saves nothing.
class DiaryService
{
public:
    explicit DiaryService(Database &database, const Clock &clock = SystemClock::instance());

    // The client's rows dated in [from, to] (an invalid date leaves that end open), by date.
    Result<QList<DiaryEntry>> entries(const Session &session, qint64 clientId,
                                      const QDate &from = {}, const QDate &to = {}) const;
    // The rows of the calendar month of `month` (any day of it).
    Result<QList<DiaryEntry>> month(const Session &session, qint64 clientId,
                                    const QDate &month) const;

    // Saves the month grid in one step: the month's rows become exactly `entries` (rows with an
    // id are changes, rows without one are new, stored rows left out are removed). All or
    // nothing: one bad row (its message starts with its date) and nothing changes.
    Result<DiaryMonthChange> replaceMonth(const Session &session, qint64 clientId,
                                          const QDate &month, const QList<DiaryEntry> &entries);

    Result<DiaryEntry> add(const Session &session, const DiaryEntry &entry);
    // Conflict when entry.rowVersion is not the stored one.
    Result<DiaryEntry> update(const Session &session, const DiaryEntry &entry);
    Status remove(const Session &session, qint64 entryId, int expectedRowVersion);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
