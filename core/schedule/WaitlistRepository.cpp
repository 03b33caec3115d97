// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/WaitlistRepository.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace stillpoint::core {

using namespace ScheduleSql;

namespace {

const QString itemSelect = QStringLiteral(
        "SELECT w.id, w.client_id, w.therapist_id, w.type_id, w.weekdays, w.parts_of_day, "
        "w.notes, w.added_on, w.expires_on, w.status, w.row_version, "
        "CASE WHEN c.family_name = '' THEN c.given_name ELSE c.given_name || ' ' || c.family_name "
        "END, COALESCE(NULLIF(c.preferred_name, ''), c.given_name), COALESCE(t.display_name, ''), "
        "ty.name, ty.default_minutes, ty.buffer_minutes "
        "FROM waitlist_entries w JOIN clients c ON c.id = w.client_id "
        "JOIN appointment_types ty ON ty.id = w.type_id "
        "LEFT JOIN therapists t ON t.id = w.therapist_id");

WaitlistItem itemFrom(const QSqlQuery &q)
{
    WaitlistItem item;
    WaitlistEntry &e = item.entry;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toLongLong();
    e.therapistId = q.value(2).toLongLong();
    e.typeId = q.value(3).toLongLong();
    e.weekdays = q.value(4).toInt();
    e.partsOfDay = q.value(5).toInt();
    e.notes = q.value(6).toString();
    e.addedOn = dateFrom(q.value(7));
    e.expiresOn = dateFrom(q.value(8));
    e.status = WaitlistStatuses::fromKey(q.value(9).toString()).value_or(WaitlistStatus::Open);
    e.rowVersion = q.value(10).toInt();
    item.clientName = q.value(11).toString();
    item.clientFirstName = q.value(12).toString();
    item.therapistName = q.value(13).toString();
    item.typeName = q.value(14).toString();
    item.typeMinutes = q.value(15).toInt();
    item.typeBufferMinutes = q.value(16).toInt();
    return item;
}

Status finish(Transaction &transaction, const WaitlistRepository::BeforeCommit &beforeCommit,
              qint64 recordId)
{
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, recordId); !status)
            return status;
    }
    return transaction.commit();
}

Error stale()
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Someone else changed this waitlist entry a moment ago. "
                                    "Reload the waitlist and try again."));
}

} // namespace

WaitlistRepository::WaitlistRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<WaitlistItem> WaitlistRepository::add(const WaitlistEntry &entry,
                                             const ScheduleAuthor &author,
                                             const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    const QString now = stampText(m_clock.nowUtc());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO waitlist_entries (client_id, therapist_id, type_id, weekdays, "
            "parts_of_day, notes, added_on, expires_on, status, created_at, created_by, "
            "updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, 1)"));
    q.addBindValue(entry.clientId);
    q.addBindValue(idValue(entry.therapistId));
    q.addBindValue(entry.typeId);
    q.addBindValue(entry.weekdays);
    q.addBindValue(entry.partsOfDay);
    q.addBindValue(textValue(entry.notes.trimmed()));
    q.addBindValue(dateValue(entry.addedOn));
    q.addBindValue(dateValue(entry.expiresOn));
    q.addBindValue(now);
    q.addBindValue(textValue(author.name));
    q.addBindValue(now);
    if (!q.exec())
        return writeError(QStringLiteral("add to the waitlist"), q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status status = finish(transaction, beforeCommit, id); !status)
        return status.error();
    return find(id);
}

Result<WaitlistItem> WaitlistRepository::update(const WaitlistEntry &entry,
                                                const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE waitlist_entries SET therapist_id = ?, type_id = ?, weekdays = ?, "
            "parts_of_day = ?, notes = ?, expires_on = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(idValue(entry.therapistId));
    q.addBindValue(entry.typeId);
    q.addBindValue(entry.weekdays);
    q.addBindValue(entry.partsOfDay);
    q.addBindValue(textValue(entry.notes.trimmed()));
    q.addBindValue(dateValue(entry.expiresOn));
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(entry.id);
    q.addBindValue(entry.rowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("change the waitlist entry"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = find(entry.id);
        return exists ? stale() : exists.error();
    }
    if (Status status = finish(transaction, beforeCommit, entry.id); !status)
        return status.error();
    return find(entry.id);
}

Result<WaitlistItem> WaitlistRepository::setStatus(qint64 entryId, int expectedRowVersion,
                                                   WaitlistStatus status,
                                                   const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE waitlist_entries SET status = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(WaitlistStatuses::key(status));
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(entryId);
    q.addBindValue(expectedRowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("change the waitlist entry"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = find(entryId);
        return exists ? stale() : exists.error();
    }
    if (Status finished = finish(transaction, beforeCommit, entryId); !finished)
        return finished.error();
    return find(entryId);
}

Result<WaitlistItem> WaitlistRepository::find(qint64 entryId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(itemSelect + QStringLiteral(" WHERE w.id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return queryError(QStringLiteral("read the waitlist"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Waitlist entry %1 does not exist.").arg(entryId));
    return itemFrom(q);
}

Result<QList<WaitlistItem>> WaitlistRepository::list(bool includeClosed, qint64 clientId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(itemSelect
              + QStringLiteral(" WHERE (? = 1 OR w.status = 'open') AND (? = 0 OR w.client_id = ?) "
                               "ORDER BY w.added_on, w.id"));
    q.addBindValue(includeClosed ? 1 : 0);
    q.addBindValue(clientId);
    q.addBindValue(clientId);
    if (!q.exec())
        return queryError(QStringLiteral("read the waitlist"), q);
    QList<WaitlistItem> items;
    while (q.next())
        items << itemFrom(q);
    return items;
}

} // namespace stillpoint::core
