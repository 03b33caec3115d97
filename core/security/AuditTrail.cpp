// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AuditTrail.h"

#include "core/security/Operation.h"
#include "core/security/Session.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace stillpoint::core {

AuditEvent auditEvent(const Session &session, Operation operation, qint64 clientId,
                      const QString &recordType, qint64 recordId, const QString &detail)
{
    AuditEvent event;
    event.operation = Operations::key(operation);
    event.userId = session.userId;
    event.username = session.username;
    event.clientId = clientId;
    event.recordType = recordType;
    event.recordId = recordId;
    event.detail = detail;
    return event;
}

namespace {

std::optional<AuditOutcome> outcomeFromKey(const QString &key)
{
    for (AuditOutcome outcome :
         { AuditOutcome::Allowed, AuditOutcome::Denied, AuditOutcome::Failed }) {
        if (AuditTrail::outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

// Text columns hold '' for "nothing"; a null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The canonical text a row's hash covers: every field, in a fixed order, separated by a
// character that cannot be typed into a field, then the previous row's hash.
QString hashFor(qint64 id, const QString &at, const AuditEvent &e, const QString &previous)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(id) + sep + at + sep + QString::number(e.userId) + sep
            + e.username + sep + e.operation + sep + QString::number(e.clientId) + sep
            + e.recordType + sep + QString::number(e.recordId) + sep
            + AuditTrail::outcomeKey(e.outcome) + sep + e.detail + sep + previous;
    return QString::fromLatin1(
            QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    entry.at.setTimeZone(QTimeZone::utc());
    entry.event.userId = q.value(2).toLongLong();
    entry.event.username = q.value(3).toString();
    entry.event.operation = q.value(4).toString();
    entry.event.clientId = q.value(5).toLongLong();
    entry.event.recordType = q.value(6).toString();
    entry.event.recordId = q.value(7).toLongLong();
    entry.event.outcome = outcomeFromKey(q.value(8).toString()).value_or(AuditOutcome::Failed);
    entry.event.detail = q.value(9).toString();
    entry.previousHash = q.value(10).toString();
    entry.hash = q.value(11).toString();
    return entry;
}

const QString entryColumns = QStringLiteral("id, at, user_id, username, operation, client_id, "
                                            "record_type, record_id, outcome, detail, prev_hash, "
                                            "hash");

} // namespace

AuditTrail::AuditTrail(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

QString AuditTrail::outcomeKey(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Allowed:
        return QStringLiteral("allowed");
    case AuditOutcome::Denied:
        return QStringLiteral("denied");
    case AuditOutcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString AuditTrail::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Status AuditTrail::record(const AuditEvent &event)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    if (Status status = append(event); !status)
        return status;
    return transaction.commit();
}

Status AuditTrail::record(const Transaction &transaction, const AuditEvent &event)
{
    if (!transaction.isActive())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("The audit trail can only be written inside a change."));
    return append(event);
}

Status AuditTrail::append(const AuditEvent &event)
{
    QSqlQuery last(m_database.connection());
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Database::storageError(QStringLiteral("write the audit trail"),
                                      last.lastError().databaseText());
    qint64 id = 1;
    QString previous = genesisHash();
    if (last.next()) {
        id = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString();
    }
    last.finish();

    const QString at = m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_log (") + entryColumns
                   + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{ id,
                               at,
                               idOrNull(event.userId),
                               text(event.username),
                               text(event.operation),
                               idOrNull(event.clientId),
                               text(event.recordType),
                               idOrNull(event.recordId),
                               outcomeKey(event.outcome),
                               text(event.detail),
                               previous,
                               hashFor(id, at, event, previous) };
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec())
        return Database::storageError(QStringLiteral("write the audit trail"),
                                      insert.lastError().databaseText());

    QSqlQuery head(m_database.connection());
    head.prepare(id == 1 ? QStringLiteral("INSERT INTO audit_head (singleton, last_id, last_hash) "
                                          "VALUES (1, ?, ?)")
                         : QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? "
                                          "WHERE singleton = 1"));
    head.bindValue(0, id);
    head.bindValue(1, values.constLast());
    if (!head.exec() || (id > 1 && head.numRowsAffected() != 1))
        return Database::storageError(QStringLiteral("write the audit trail"),
                                      head.lastError().databaseText());
    return {};
}

Result<QList<AuditEntry>> AuditTrail::entries(const AuditFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.userId > 0) {
        conditions << QStringLiteral("user_id = ?");
        values << filter.userId;
    }
    if (filter.clientId > 0) {
        conditions << QStringLiteral("client_id = ?");
        values << filter.clientId;
    }
    if (!filter.operation.isEmpty()) {
        conditions << QStringLiteral("operation = ?");
        values << filter.operation;
    }
    if (filter.fromUtc.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << filter.fromUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.toUtc.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << filter.toUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM audit_log");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    values << std::max(0, filter.limit) << std::max(0, filter.offset);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Database::storageError(QStringLiteral("read the audit trail"),
                                      q.lastError().databaseText());
    QList<AuditEntry> rows;
    while (q.next())
        rows << entryFromQuery(q);
    return rows;
}

Result<AuditVerification> AuditTrail::verify() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + entryColumns
                + QStringLiteral(" FROM audit_log ORDER BY id")))
        return Database::storageError(QStringLiteral("read the audit trail"),
                                      q.lastError().databaseText());
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry entry = entryFromQuery(q);
        ++result.rowsChecked;
        QString problem;
        if (entry.id != expectedId)
            problem = QStringLiteral("row %1 is missing").arg(expectedId);
        else if (entry.previousHash != previous)
            problem = QStringLiteral("row %1 does not follow the row before it").arg(entry.id);
        else if (hashFor(entry.id, q.value(1).toString(), entry.event, previous) != entry.hash)
            problem = QStringLiteral("row %1 was changed after it was written").arg(entry.id);
        if (!problem.isEmpty()) {
            result.firstBrokenId = entry.id;
            result.problem = problem;
            return result;
        }
        previous = entry.hash;
        expectedId = entry.id + 1;
    }
    q.finish();

    // The rows that are there form a whole chain; check that it ends where the head says.
    QSqlQuery head(m_database.connection());
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")))
        return Database::storageError(QStringLiteral("read the audit trail"),
                                      head.lastError().databaseText());
    const qint64 lastWritten = head.next() ? head.value(0).toLongLong() : 0;
    const QString lastHash = lastWritten > 0 ? head.value(1).toString() : genesisHash();
    if (lastWritten != expectedId - 1 || lastHash != previous) {
        result.firstBrokenId = std::max<qint64>(1, std::min(expectedId, lastWritten));
        result.problem = lastWritten >= expectedId
                ? QStringLiteral("rows %1 to %2 were removed from the end")
                          .arg(expectedId)
                          .arg(lastWritten)
                : QStringLiteral("the trail does not end where it was last written (row %1)")
                          .arg(lastWritten);
    }
    return result;
}

} // namespace stillpoint::core
