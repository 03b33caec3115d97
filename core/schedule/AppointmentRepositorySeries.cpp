// SPDX-License-Identifier: GPL-3.0-or-later
// AppointmentRepository's writes of several appointments at once: a series and its occurrences,
// and the changes to part of a series (with its split or rewrite).
#include "core/schedule/AppointmentRepository.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace stillpoint::core {

using namespace ScheduleSql;

Result<AppointmentBatch> AppointmentRepository::updateMany(
        const QList<Appointment> &appointments, ConflictPolicy policy, const ScheduleAuthor &author,
        const BatchBeforeCommit &beforeCommit, const std::optional<SeriesSplit> &split,
        const std::optional<RecurringSeries> &rewrite)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSet<qint64> moving;
    for (const Appointment &a : appointments)
        moving.insert(a.id);
    AppointmentBatch batch;
    QList<Appointment> toWrite;
    for (const Appointment &a : appointments) {
        if (!a.blocksTime()) {
            toWrite << a;
            continue;
        }
        auto found = conflicts(a, moving);
        if (!found)
            return found.error();
        if (found->isEmpty()) {
            toWrite << a;
            continue;
        }
        if (policy == ConflictPolicy::RefuseAll)
            return conflictError(found.value());
        batch.skipped << SkippedOccurrence{ a, found.value() };
    }
    for (const Appointment &a : std::as_const(toWrite)) {
        if (Status status = writeUpdate(a, author); !status)
            return status.error();
    }
    QSqlQuery q(m_database.connection());
    if (split) {
        auto newId = ScheduleSql::insertSeries(m_database.connection(), split->newSeries, author,
                                               m_clock.nowUtc());
        if (!newId)
            return newId.error();
        q.prepare(QStringLiteral("UPDATE appointments SET series_id = ?, occurrence_index = "
                                 "occurrence_index - ?, row_version = row_version + 1 "
                                 "WHERE series_id = ? AND occurrence_index >= ?"));
        q.addBindValue(newId.value());
        q.addBindValue(split->fromIndex - 1);
        q.addBindValue(split->seriesId);
        q.addBindValue(split->fromIndex);
        if (!q.exec())
            return writeError(QStringLiteral("split the series"), q);
        q.prepare(QStringLiteral("UPDATE appointment_series SET occurrence_count = ?, until_date = "
                                 "NULL, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
        q.addBindValue(split->fromIndex - 1);
        q.addBindValue(stampText(m_clock.nowUtc()));
        q.addBindValue(split->seriesId);
        if (!q.exec())
            return writeError(QStringLiteral("split the series"), q);
        batch.seriesId = newId.value();
    }
    if (rewrite) {
        q.prepare(QStringLiteral(
                "UPDATE appointment_series SET therapist_id = ?, room_id = ?, type_id = ?, "
                "first_date = ?, local_time = ?, duration_minutes = ?, until_date = ?, "
                "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
        q.addBindValue(rewrite->therapistId);
        q.addBindValue(rewrite->roomId);
        q.addBindValue(rewrite->typeId);
        q.addBindValue(dateValue(rewrite->rule.firstDate));
        q.addBindValue(rewrite->rule.localTime.toString(QStringLiteral("HH:mm")));
        q.addBindValue(rewrite->durationMinutes);
        q.addBindValue(dateValue(rewrite->rule.untilDate));
        q.addBindValue(stampText(m_clock.nowUtc()));
        q.addBindValue(rewrite->id);
        if (!q.exec())
            return writeError(QStringLiteral("change the series"), q);
        batch.seriesId = rewrite->id;
    }
    for (const Appointment &a : std::as_const(toWrite)) {
        auto stored = find(a.id);
        if (!stored)
            return stored.error();
        batch.saved << stored.value();
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, batch); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return batch;
}

Result<AppointmentBatch> AppointmentRepository::insertSeries(const RecurringSeries &series,
                                                             const QList<Appointment> &occurrences,
                                                             ConflictPolicy policy,
                                                             const ScheduleAuthor &author,
                                                             const BatchBeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    AppointmentBatch batch;
    QList<Appointment> toInsert;
    for (const Appointment &a : occurrences) {
        auto found = conflicts(a);
        if (!found)
            return found.error();
        if (found->isEmpty()) {
            toInsert << a;
            continue;
        }
        if (policy == ConflictPolicy::RefuseAll)
            return conflictError(found.value());
        batch.skipped << SkippedOccurrence{ a, found.value() };
    }
    if (toInsert.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("None of the appointments in this series is free; "
                                        "nothing was booked."));
    auto seriesId =
            ScheduleSql::insertSeries(m_database.connection(), series, author, m_clock.nowUtc());
    if (!seriesId)
        return seriesId.error();
    batch.seriesId = seriesId.value();
    QSqlQuery q(m_database.connection());
    if (!prepareAppointmentInsert(q))
        return queryError(QStringLiteral("save the series"), q);
    QList<qint64> ids;
    for (Appointment a : std::as_const(toInsert)) {
        a.seriesId = seriesId.value();
        bindAppointmentInsert(q, a, author, m_clock.nowUtc());
        if (!q.exec())
            return writeError(QStringLiteral("save the series"), q);
        ids << q.lastInsertId().toLongLong();
    }
    for (qint64 id : std::as_const(ids)) {
        auto stored = find(id);
        if (!stored)
            return stored.error();
        batch.saved << stored.value();
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, batch); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return batch;
}

} // namespace stillpoint::core
