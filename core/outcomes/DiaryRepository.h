// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/outcomes/DiaryEntry.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>

namespace stillpoint::core {

class Database;
class Transaction;

// Who is writing, for the created_by columns.
struct DiaryAuthor
{
    qint64 userId = 0; // 0 only for demo data written before any user exists
    QString name;
};

// What saving a month did, row by row.
struct DiaryMonthChange
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    // Rows the month holds now.
    int rows() const { return added + changed + unchanged; }
};

// Storage of diary rows, with no access checks: DiaryService checks and audits; the importer and
// the demo practice write through here. Every write runs in one BEGIN IMMEDIATE transaction and
// calls `beforeCommit` (the audit row) inside it. Times are kept to the minute. Two rows of a
// client with the same date and start time (or both without one) are refused as a Conflict (and
// by a unique index).
class DiaryRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;
    using MonthBeforeCommit = std::function<Status(const Transaction &, const DiaryMonthChange &)>;

    explicit DiaryRepository(Database &database, const Clock &clock = SystemClock::instance());

    // The client's rows dated in [from, to] (an invalid date leaves that end open), by date and
    // start time.
    Result<QList<DiaryEntry>> entries(qint64 clientId, const QDate &from = {},
                                      const QDate &to = {}) const;
    Result<DiaryEntry> find(qint64 entryId) const;
    Result<bool> clientExists(qint64 clientId) const;

    // A new row for entry.clientId (its id and rowVersion are ignored).
    Result<DiaryEntry> insert(const DiaryEntry &entry, const DiaryAuthor &author,
                              const BeforeCommit &beforeCommit = {});
    // Stores a changed row; Conflict when entry.rowVersion is not the stored one.
    Result<DiaryEntry> update(const DiaryEntry &entry, const BeforeCommit &beforeCommit = {});
    // Removes a row; Conflict when it changed since it was read.
    Status remove(qint64 entryId, int expectedRowVersion, const BeforeCommit &beforeCommit = {});

    // Makes the client's rows of `month` (any day of it) exactly `rows`, all or nothing: rows
    // with an id are updated (Conflict when changed since read), rows without one added, stored
    // rows of the month not among them removed; rows left as they were keep their row version.
    // The caller has validated the rows (DiaryValidator::validateMonth).
    Result<DiaryMonthChange> replaceMonth(qint64 clientId, const QDate &month,
                                          const QList<DiaryEntry> &rows, const DiaryAuthor &author,
                                          const MonthBeforeCommit &beforeCommit = {});

    // Adds many rows (of any clients) in one transaction with one prepared statement, all or
    // nothing: an import or the demo practice. Returns how many.
    Result<int> insertMany(const QList<DiaryEntry> &rows, const DiaryAuthor &author,
                           const BeforeCommit &beforeCommit = {});

    // Every client's rows reduced to what headache-day counts need (date and headache; nothing
    // else is read), by client, each list by date: for the practice overview.
    Result<QHash<qint64, QList<DiaryEntry>>> headacheDaysByClient() const;

private:
    Result<DiaryEntry> findIn(qint64 entryId) const;
    Status checkNoDuplicate(const DiaryEntry &entry) const;
    Status writeUpdate(const DiaryEntry &entry, const QString &now);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
