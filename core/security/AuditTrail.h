// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace stillpoint::core {

class Database;
class Transaction;

enum class AuditOutcome { Allowed, Denied, Failed };

// One thing that happened: who did which operation to which record, and how it ended.
// `detail` is for non-clinical context only ("wrong password"); never health information.
struct AuditEvent
{
    QString operation; // an Operations::key(), or "session.sign-in" and the like
    qint64 userId = 0; // 0 when nobody is signed in (a failed sign-in for an unknown name)
    QString username;
    qint64 clientId = 0;
    QString recordType;
    qint64 recordId = 0;
    AuditOutcome outcome = AuditOutcome::Allowed;
    QString detail;
};

struct Session;
enum class Operation;

// The event for `session` doing `operation` to one record, as every service writes it.
AuditEvent auditEvent(const Session &session, Operation operation, qint64 clientId,
                      const QString &recordType, qint64 recordId, const QString &detail = {});

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    AuditEvent event;
    QString previousHash;
    QString hash;
};

struct AuditFilter
{
    qint64 userId = 0; // 0: any
    qint64 clientId = 0; // 0: any
    QString operation; // empty: any
    QDateTime fromUtc; // null: open
    QDateTime toUtc; // null: open
    int offset = 0;
    int limit = 500;
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0; // 0 when the chain is whole
    QString problem;
    bool ok() const { return firstBrokenId == 0; }
};

// The append-only audit trail. Each row's hash covers its own fields and the previous row's
// hash, so a row edited or deleted behind Stillpoint's back (the table's triggers refuse both)
// breaks the chain at that point, and verify() names the first broken row.
class AuditTrail
{
public:
    explicit AuditTrail(Database &database, const Clock &clock = SystemClock::instance());

    // Appends in its own BEGIN IMMEDIATE transaction.
    Status record(const AuditEvent &event);
    // Appends inside the caller's transaction, so the event and the change it describes are saved
    // (or rolled back) together.
    Status record(const Transaction &transaction, const AuditEvent &event);

    Result<QList<AuditEntry>> entries(const AuditFilter &filter) const;
    Result<AuditVerification> verify() const;

    static QString outcomeKey(AuditOutcome outcome);
    static QString genesisHash();

private:
    Status append(const AuditEvent &event);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
