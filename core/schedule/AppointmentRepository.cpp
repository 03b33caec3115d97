// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/AppointmentRepository.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace stillpoint::core {

using namespace ScheduleSql;

namespace {

// The client's name as a calendar may show it.
const QString firstNameSql = QStringLiteral("COALESCE(NULLIF(c.preferred_name, ''), c.given_name)");

const QString calendarColumns =
        QStringLiteral("a.id, a.therapist_id, a.room_id, a.type_id, a.client_id, a.series_id, "
                       "a.start_utc, a.end_utc, a.buffer_end_utc, a.status, a.late_cancellation, "
                       "%1, ty.name, r.name, t.display_name, ty.colour, a.row_version")
                .arg(firstNameSql);

const QString calendarJoins = QStringLiteral(
        "FROM appointments a JOIN clients c ON c.id = a.client_id "
        "JOIN appointment_types ty ON ty.id = a.type_id JOIN rooms r ON r.id = a.room_id "
        "JOIN therapists t ON t.id = a.therapist_id");

CalendarItem calendarItemFrom(const QSqlQuery &q)
{
    CalendarItem item;
    item.appointmentId = q.value(0).toLongLong();
    item.therapistId = q.value(1).toLongLong();
    item.roomId = q.value(2).toLongLong();
    item.typeId = q.value(3).toLongLong();
    item.clientId = q.value(4).toLongLong();
    item.seriesId = q.value(5).toLongLong();
    item.startUtc = utcFrom(q.value(6));
    item.endUtc = utcFrom(q.value(7));
    item.bufferEndUtc = utcFrom(q.value(8));
    item.status =
            AppointmentStatuses::fromKey(q.value(9).toString()).value_or(AppointmentStatus::Booked);
    item.lateCancellation = q.value(10).toInt() != 0;
    item.clientFirstName = q.value(11).toString();
    item.typeName = q.value(12).toString();
    item.roomName = q.value(13).toString();
    item.therapistName = q.value(14).toString();
    item.colour = q.value(15).toString();
    item.rowVersion = q.value(16).toInt();
    return item;
}

// Appointments last at most a day with their buffer (a CHECK in the schema), so one that reaches
// into [from, …) starts no earlier than a day before: the bound that lets the start index work.
QString lowerStartBound(const QDateTime &fromUtc)
{
    return utcText(fromUtc.addDays(-1));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Error stale()
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Someone else changed this appointment a moment ago. Look at "
                                    "the calendar again and make your change once more."));
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("Appointment %1 does not exist; it may belong to another "
                                    "practice file.")
                             .arg(id));
}

} // namespace

AppointmentRepository::AppointmentRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<Appointment> AppointmentRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
            QStringLiteral("SELECT %1 FROM appointments a WHERE a.id = ?").arg(appointmentColumns));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("read the appointment"), q);
    if (!q.next())
        return notFound(id);
    return appointmentFrom(q);
}

Result<AppointmentDetails> AppointmentRepository::details(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1, CASE WHEN c.family_name = '' THEN %2 ELSE %2 || ' ' || "
                             "c.family_name END, %2, t.display_name, r.name, ty.name, ty.colour "
                             "%3 WHERE a.id = ?")
                      .arg(appointmentColumns, firstNameSql, calendarJoins));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("read the appointment"), q);
    if (!q.next())
        return notFound(id);
    AppointmentDetails details;
    details.appointment = appointmentFrom(q);
    details.clientName = q.value(25).toString();
    details.clientFirstName = q.value(26).toString();
    details.therapistName = q.value(27).toString();
    details.roomName = q.value(28).toString();
    details.typeName = q.value(29).toString();
    details.colour = q.value(30).toString();
    return details;
}

Result<QList<CalendarItem>> AppointmentRepository::calendar(const CalendarQuery &query) const
{
    QString where = QStringLiteral("a.start_utc >= ? AND a.start_utc < ? AND a.end_utc > ?");
    if (!query.includeCancelled)
        where += QStringLiteral(" AND a.status <> 'cancelled'");
    if (!query.therapistIds.isEmpty())
        where += QStringLiteral(" AND a.therapist_id IN (%1)")
                         .arg(placeholders(query.therapistIds.size()));
    if (!query.roomIds.isEmpty())
        where += QStringLiteral(" AND a.room_id IN (%1)").arg(placeholders(query.roomIds.size()));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY a.start_utc, a.therapist_id, a.id")
                      .arg(calendarColumns, calendarJoins, where));
    q.addBindValue(lowerStartBound(query.fromUtc));
    q.addBindValue(utcText(query.toUtc));
    q.addBindValue(utcText(query.fromUtc));
    for (qint64 id : query.therapistIds)
        q.addBindValue(id);
    for (qint64 id : query.roomIds)
        q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("read the calendar"), q);
    QList<CalendarItem> items;
    while (q.next())
        items << calendarItemFrom(q);
    return items;
}

Result<QList<CalendarItem>> AppointmentRepository::clientAppointments(qint64 clientId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE a.client_id = ? ORDER BY a.start_utc DESC, a.id")
                      .arg(calendarColumns, calendarJoins));
    q.addBindValue(clientId);
    if (!q.exec())
        return queryError(QStringLiteral("read the client's appointments"), q);
    QList<CalendarItem> items;
    while (q.next())
        items << calendarItemFrom(q);
    return items;
}

Result<AttendanceCounts> AppointmentRepository::attendance(qint64 clientId,
                                                           const QDateTime &nowUtc) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(status = 'completed'), 0), "
            "COALESCE(SUM(status IN ('booked', 'confirmed', 'arrived') AND end_utc > ?), 0), "
            "COALESCE(SUM(status = 'no-show'), 0), "
            "COALESCE(SUM(status = 'cancelled' AND cancelled_by = 'client'), 0), "
            "COALESCE(SUM(status = 'cancelled' AND late_cancellation = 1), 0) "
            "FROM appointments WHERE client_id = ?"));
    q.addBindValue(utcText(nowUtc));
    q.addBindValue(clientId);
    if (!q.exec() || !q.next())
        return queryError(QStringLiteral("count the client's appointments"), q);
    return AttendanceCounts{ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
                             q.value(3).toInt(), q.value(4).toInt() };
}

Result<QList<ScheduleConflict>> AppointmentRepository::conflicts(const Appointment &proposed,
                                                                 const QSet<qint64> &excluded) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
            QStringLiteral("SELECT a.id, a.therapist_id, a.room_id, a.start_utc, a.buffer_end_utc, "
                           "t.display_name, r.name, %1, ty.name %2 "
                           "WHERE (a.therapist_id = ? OR a.room_id = ?) "
                           "AND a.status NOT IN ('cancelled', 'no-show') "
                           "AND a.start_utc >= ? AND a.start_utc < ? AND a.buffer_end_utc > ? "
                           "ORDER BY a.start_utc, a.id")
                    .arg(firstNameSql, calendarJoins));
    q.addBindValue(proposed.therapistId);
    q.addBindValue(proposed.roomId);
    q.addBindValue(lowerStartBound(proposed.startUtc));
    q.addBindValue(utcText(proposed.bufferEndUtc));
    q.addBindValue(utcText(proposed.startUtc));
    if (!q.exec())
        return queryError(QStringLiteral("look for overlapping appointments"), q);
    const QTimeZone zone(proposed.timeZoneId.toUtf8());
    QList<ScheduleConflict> found;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id == proposed.id || excluded.contains(id))
            continue;
        ScheduleConflict conflict;
        conflict.appointmentId = id;
        conflict.startUtc = utcFrom(q.value(3));
        conflict.bufferEndUtc = utcFrom(q.value(4));
        conflict.clientFirstName = q.value(7).toString();
        conflict.typeName = q.value(8).toString();
        const QString what = QStringLiteral("%1's %2 %3 until %4 on %5")
                                     .arg(conflict.clientFirstName,
                                          Availability::localTimeText(conflict.startUtc, zone),
                                          conflict.typeName,
                                          Availability::localTimeText(conflict.bufferEndUtc, zone),
                                          Availability::localDateText(conflict.startUtc, zone));
        if (q.value(1).toLongLong() == proposed.therapistId) {
            conflict.resource = ScheduleConflict::Resource::Therapist;
            conflict.resourceName = q.value(5).toString();
            conflict.message =
                    QStringLiteral("%1 is booked with %2.").arg(conflict.resourceName, what);
            found << conflict;
        }
        if (q.value(2).toLongLong() == proposed.roomId) {
            conflict.resource = ScheduleConflict::Resource::Room;
            conflict.resourceName = q.value(6).toString();
            conflict.message =
                    QStringLiteral("%1 is taken by %2.").arg(conflict.resourceName, what);
            found << conflict;
        }
    }
    return found;
}

namespace {

Result<QHash<qint64, QList<TimeSpan>>> busyBy(const Database &database, const QString &column,
                                              const QDateTime &fromUtc, const QDateTime &toUtc,
                                              qint64 excluded)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // `column` is one of two fixed names, never input.
    q.prepare(QStringLiteral("SELECT a.%1, a.start_utc, a.buffer_end_utc FROM appointments a "
                             "WHERE a.status NOT IN ('cancelled', 'no-show') AND a.start_utc >= ? "
                             "AND a.start_utc < ? AND a.buffer_end_utc > ? AND a.id <> ? "
                             "ORDER BY a.start_utc")
                      .arg(column));
    q.addBindValue(lowerStartBound(fromUtc));
    q.addBindValue(utcText(toUtc));
    q.addBindValue(utcText(fromUtc));
    q.addBindValue(excluded);
    if (!q.exec())
        return queryError(QStringLiteral("read the booked times"), q);
    QHash<qint64, QList<TimeSpan>> busy;
    while (q.next())
        busy[q.value(0).toLongLong()] << TimeSpan{ utcFrom(q.value(1)), utcFrom(q.value(2)) };
    return busy;
}

} // namespace

Result<QHash<qint64, QList<TimeSpan>>>
AppointmentRepository::busyByTherapist(const QDateTime &fromUtc, const QDateTime &toUtc,
                                       qint64 excluded) const
{
    return busyBy(m_database, QStringLiteral("therapist_id"), fromUtc, toUtc, excluded);
}

Result<QHash<qint64, QList<TimeSpan>>> AppointmentRepository::busyByRoom(const QDateTime &fromUtc,
                                                                         const QDateTime &toUtc,
                                                                         qint64 excluded) const
{
    return busyBy(m_database, QStringLiteral("room_id"), fromUtc, toUtc, excluded);
}

Result<RecurringSeries> AppointmentRepository::series(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM appointment_series WHERE id = ?").arg(seriesColumns));
    q.addBindValue(seriesId);
    if (!q.exec())
        return queryError(QStringLiteral("read the series"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Series %1 does not exist.").arg(seriesId));
    return seriesFrom(q);
}

Result<QList<Appointment>> AppointmentRepository::seriesAppointments(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM appointments a WHERE a.series_id = ? ORDER BY "
                             "a.occurrence_index")
                      .arg(appointmentColumns));
    q.addBindValue(seriesId);
    if (!q.exec())
        return queryError(QStringLiteral("read the series"), q);
    QList<Appointment> list;
    while (q.next())
        list << appointmentFrom(q);
    return list;
}

Result<Appointment> AppointmentRepository::insert(const Appointment &appointment,
                                                  const ScheduleAuthor &author,
                                                  const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (appointment.blocksTime()) {
        auto found = conflicts(appointment);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return conflictError(found.value());
    }
    QSqlQuery q(m_database.connection());
    if (!prepareAppointmentInsert(q))
        return queryError(QStringLiteral("save the appointment"), q);
    bindAppointmentInsert(q, appointment, author, m_clock.nowUtc());
    if (!q.exec())
        return writeError(QStringLiteral("save the appointment"), q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, id); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return find(id);
}

Status AppointmentRepository::writeUpdate(const Appointment &a, const ScheduleAuthor &author)
{
    const bool cancelled = a.status == AppointmentStatus::Cancelled;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE appointments SET client_id = ?, therapist_id = ?, room_id = ?, type_id = ?, "
            "start_utc = ?, end_utc = ?, buffer_end_utc = ?, time_zone = ?, local_start = ?, "
            "status = ?, cancelled_at = ?, cancel_reason = ?, cancelled_by = ?, "
            "late_cancellation = ?, arrived_at = ?, desk_notes = ?, price_cents = ?, "
            "changed_at = ?, changed_by_user_id = ?, changed_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(a.clientId);
    q.addBindValue(a.therapistId);
    q.addBindValue(a.roomId);
    q.addBindValue(a.typeId);
    q.addBindValue(utcText(a.startUtc));
    q.addBindValue(utcText(a.endUtc));
    q.addBindValue(utcText(a.bufferEndUtc));
    q.addBindValue(a.timeZoneId);
    q.addBindValue(QString(a.localDate.toString(Qt::ISODate) + QLatin1Char('T')
                           + a.localTime.toString(QStringLiteral("HH:mm:ss"))));
    q.addBindValue(AppointmentStatuses::key(a.status));
    q.addBindValue(cancelled ? QVariant(stampText(a.cancelledAtUtc.isValid() ? a.cancelledAtUtc
                                                                             : m_clock.nowUtc()))
                             : QVariant());
    q.addBindValue(cancelled ? textValue(a.cancelReason) : QVariant());
    q.addBindValue(cancelled ? QVariant(a.cancelledBy == CancelledBy::Practice
                                                ? QStringLiteral("practice")
                                                : QStringLiteral("client"))
                             : QVariant());
    q.addBindValue(cancelled && a.lateCancellation ? 1 : 0);
    q.addBindValue(a.arrivedAtUtc.isValid() ? QVariant(stampText(a.arrivedAtUtc)) : QVariant());
    q.addBindValue(textValue(a.deskNotes));
    q.addBindValue(a.priceCents);
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(idValue(author.userId));
    q.addBindValue(textValue(author.name));
    q.addBindValue(a.id);
    q.addBindValue(a.rowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("save the appointment"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = find(a.id);
        return exists ? stale() : exists.error();
    }
    return {};
}

Result<Appointment> AppointmentRepository::update(const Appointment &appointment,
                                                  const ScheduleAuthor &author,
                                                  const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (appointment.blocksTime()) {
        auto found = conflicts(appointment);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return conflictError(found.value());
    }
    if (Status status = writeUpdate(appointment, author); !status)
        return status.error();
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, appointment.id); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return find(appointment.id);
}

} // namespace stillpoint::core
