// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleSql.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace stillpoint::core {

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString localText(const QDate &date, const QTime &time)
{
    return date.toString(Qt::ISODate) + QLatin1Char('T')
            + time.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

namespace ScheduleSql {

const QString appointmentColumns = QStringLiteral(
        "a.id, a.client_id, a.therapist_id, a.room_id, a.type_id, a.start_utc, a.end_utc, "
        "a.buffer_end_utc, a.time_zone, a.local_start, a.status, a.cancelled_at, a.cancel_reason, "
        "a.cancelled_by, a.late_cancellation, a.arrived_at, a.desk_notes, a.price_cents, "
        "a.series_id, a.occurrence_index, a.created_at, a.created_by, a.changed_at, a.changed_by, "
        "a.row_version");

const QString seriesColumns = QStringLiteral(
        "id, client_id, therapist_id, room_id, type_id, interval_weeks, first_date, local_time, "
        "duration_minutes, until_date, occurrence_count, time_zone, created_at, created_by, "
        "row_version");

QString utcText(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
            .arg(date.year(), 4, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(time.hour(), 2, 10, QLatin1Char('0'))
            .arg(time.minute(), 2, 10, QLatin1Char('0'))
            .arg(time.second(), 2, 10, QLatin1Char('0'));
}

QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // The schema keeps these canonical; parse by hand, as QDateTime::fromString is slow.
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')) {
        const QStringView view(text);
        const QDate date(digits(view, 0, 4), digits(view, 5, 2), digits(view, 8, 2));
        const QTime time(digits(view, 11, 2), digits(view, 14, 2), digits(view, 17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return stampFrom(value);
}

QString stampText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime stampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

Error queryError(const QString &what, const QSqlQuery &query)
{
    return Database::storageError(what, query.lastError().databaseText());
}

Error writeError(const QString &what, const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText();
    if (text.contains(QLatin1String("already has an appointment at that time"))) {
        const bool room = text.contains(QLatin1String("the room already"));
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The %1 is already booked at that time (the practice file "
                                        "refused the change). Someone may have booked it a moment "
                                        "ago; look at the calendar again.")
                                 .arg(room ? QStringLiteral("room") : QStringLiteral("therapist")),
                         room ? QStringLiteral("room") : QStringLiteral("therapist"));
    }
    if (text.contains(QLatin1String("row_version")))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Someone else changed this a moment ago. Reload it and "
                                        "make your change again."));
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("That name is already in use; choose another."),
                         QStringLiteral("name"));
    return Database::storageError(what, text);
}

Error conflictError(const QList<ScheduleConflict> &conflicts)
{
    const ScheduleConflict &first = conflicts.constFirst();
    QString message = first.message;
    if (conflicts.size() > 1)
        message += QStringLiteral(" (%1 more conflict%2.)")
                           .arg(conflicts.size() - 1)
                           .arg(conflicts.size() > 2 ? QStringLiteral("s") : QString());
    return makeError(ErrorCode::Conflict, message,
                     first.resource == ScheduleConflict::Resource::Room
                             ? QStringLiteral("room")
                             : QStringLiteral("therapist"));
}

Appointment appointmentFrom(const QSqlQuery &query, int first)
{
    const auto at = [&query, first](int column) { return query.value(first + column); };
    Appointment a;
    a.id = at(0).toLongLong();
    a.clientId = at(1).toLongLong();
    a.therapistId = at(2).toLongLong();
    a.roomId = at(3).toLongLong();
    a.typeId = at(4).toLongLong();
    a.startUtc = utcFrom(at(5));
    a.endUtc = utcFrom(at(6));
    a.bufferEndUtc = utcFrom(at(7));
    a.timeZoneId = at(8).toString();
    const QString local = at(9).toString();
    a.localDate = QDate::fromString(local.left(10), Qt::ISODate);
    a.localTime = QTime::fromString(local.mid(11), QStringLiteral("HH:mm:ss"));
    a.status = AppointmentStatuses::fromKey(at(10).toString()).value_or(AppointmentStatus::Booked);
    a.cancelledAtUtc = stampFrom(at(11));
    a.cancelReason = at(12).toString();
    a.cancelledBy = at(13).toString() == QLatin1String("practice") ? CancelledBy::Practice
                                                                   : CancelledBy::Client;
    a.lateCancellation = at(14).toInt() != 0;
    a.arrivedAtUtc = stampFrom(at(15));
    a.deskNotes = at(16).toString();
    a.priceCents = at(17).toLongLong();
    a.seriesId = at(18).toLongLong();
    a.occurrenceIndex = at(19).toInt();
    a.createdAtUtc = stampFrom(at(20));
    a.createdBy = at(21).toString();
    a.changedAtUtc = stampFrom(at(22));
    a.changedBy = at(23).toString();
    a.rowVersion = at(24).toInt();
    return a;
}

bool prepareAppointmentInsert(QSqlQuery &query)
{
    return query.prepare(QStringLiteral(
            "INSERT INTO appointments (client_id, therapist_id, room_id, type_id, start_utc, "
            "end_utc, buffer_end_utc, time_zone, local_start, status, cancelled_at, cancel_reason, "
            "cancelled_by, late_cancellation, arrived_at, desk_notes, price_cents, series_id, "
            "occurrence_index, created_at, created_by_user_id, created_by, changed_at, "
            "changed_by_user_id, changed_by, row_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "1)"));
}

void bindAppointmentInsert(QSqlQuery &query, const Appointment &a, const ScheduleAuthor &author,
                           const QDateTime &nowUtc)
{
    const bool cancelled = a.status == AppointmentStatus::Cancelled;
    const QDateTime created = a.createdAtUtc.isValid() ? a.createdAtUtc : nowUtc;
    const QDateTime changed = a.changedAtUtc.isValid() ? a.changedAtUtc : created;
    query.bindValue(0, a.clientId);
    query.bindValue(1, a.therapistId);
    query.bindValue(2, a.roomId);
    query.bindValue(3, a.typeId);
    query.bindValue(4, utcText(a.startUtc));
    query.bindValue(5, utcText(a.endUtc));
    query.bindValue(6, utcText(a.bufferEndUtc));
    query.bindValue(7, a.timeZoneId);
    query.bindValue(8, localText(a.localDate, a.localTime));
    query.bindValue(9, AppointmentStatuses::key(a.status));
    query.bindValue(
            10,
            cancelled ? QVariant(stampText(a.cancelledAtUtc.isValid() ? a.cancelledAtUtc : nowUtc))
                      : QVariant());
    query.bindValue(11, cancelled ? textValue(a.cancelReason) : QVariant());
    query.bindValue(12,
                    cancelled ? QVariant(a.cancelledBy == CancelledBy::Practice
                                                 ? QStringLiteral("practice")
                                                 : QStringLiteral("client"))
                              : QVariant());
    query.bindValue(13, cancelled && a.lateCancellation ? 1 : 0);
    query.bindValue(14,
                    a.arrivedAtUtc.isValid() ? QVariant(stampText(a.arrivedAtUtc)) : QVariant());
    query.bindValue(15, textValue(a.deskNotes));
    query.bindValue(16, a.priceCents);
    query.bindValue(17, idValue(a.seriesId));
    query.bindValue(18, a.seriesId > 0 ? QVariant(a.occurrenceIndex) : QVariant());
    query.bindValue(19, stampText(created));
    query.bindValue(20, idValue(author.userId));
    query.bindValue(21, textValue(author.name));
    query.bindValue(22, stampText(changed));
    query.bindValue(23, idValue(author.userId));
    query.bindValue(24, textValue(author.name));
}

RecurringSeries seriesFrom(const QSqlQuery &query)
{
    RecurringSeries s;
    s.id = query.value(0).toLongLong();
    s.clientId = query.value(1).toLongLong();
    s.therapistId = query.value(2).toLongLong();
    s.roomId = query.value(3).toLongLong();
    s.typeId = query.value(4).toLongLong();
    s.rule.intervalWeeks = query.value(5).toInt();
    s.rule.firstDate = dateFrom(query.value(6));
    s.rule.localTime = QTime::fromString(query.value(7).toString(), QStringLiteral("HH:mm"));
    s.durationMinutes = query.value(8).toInt();
    s.rule.untilDate = dateFrom(query.value(9));
    s.rule.count = query.value(10).toInt();
    s.timeZoneId = query.value(11).toString();
    s.createdAtUtc = stampFrom(query.value(12));
    s.createdBy = query.value(13).toString();
    s.rowVersion = query.value(14).toInt();
    return s;
}

Result<qint64> insertSeries(const QSqlDatabase &db, const RecurringSeries &s,
                            const ScheduleAuthor &author, const QDateTime &nowUtc)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "INSERT INTO appointment_series (client_id, therapist_id, room_id, type_id, "
            "interval_weeks, first_date, local_time, duration_minutes, until_date, "
            "occurrence_count, time_zone, created_at, created_by_user_id, created_by, updated_at, "
            "row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const QDateTime created = s.createdAtUtc.isValid() ? s.createdAtUtc : nowUtc;
    query.addBindValue(s.clientId);
    query.addBindValue(s.therapistId);
    query.addBindValue(s.roomId);
    query.addBindValue(s.typeId);
    query.addBindValue(s.rule.intervalWeeks);
    query.addBindValue(dateValue(s.rule.firstDate));
    query.addBindValue(s.rule.localTime.toString(QStringLiteral("HH:mm")));
    query.addBindValue(s.durationMinutes);
    query.addBindValue(dateValue(s.rule.untilDate));
    query.addBindValue(s.rule.count > 0 ? QVariant(s.rule.count) : QVariant());
    query.addBindValue(s.timeZoneId);
    query.addBindValue(stampText(created));
    query.addBindValue(idValue(author.userId));
    query.addBindValue(textValue(author.name));
    query.addBindValue(stampText(created));
    if (!query.exec())
        return writeError(QStringLiteral("save the series"), query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertTherapist(const QSqlDatabase &db, const Therapist &therapist,
                               const QDateTime &nowUtc)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO therapists (user_id, display_name, active, "
                                 "created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, 1)"));
    query.addBindValue(therapist.userId);
    query.addBindValue(therapist.displayName.trimmed());
    query.addBindValue(therapist.active ? 1 : 0);
    query.addBindValue(stampText(nowUtc));
    query.addBindValue(stampText(nowUtc));
    if (!query.exec()) {
        if (query.lastError().databaseText().contains(QLatin1String("therapists.user_id")))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("That account already has a therapist record."),
                             QStringLiteral("user"));
        return writeError(QStringLiteral("save the therapist"), query);
    }
    return query.lastInsertId().toLongLong();
}

Status replaceHours(const QSqlDatabase &db, qint64 therapistId, const QList<WorkingInterval> &hours)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM therapist_hours WHERE therapist_id = ?"));
    query.addBindValue(therapistId);
    if (!query.exec())
        return queryError(QStringLiteral("change the working hours"), query);
    query.prepare(
            QStringLiteral("INSERT INTO therapist_hours (therapist_id, weekday, start_minute, "
                           "end_minute) VALUES (?, ?, ?, ?)"));
    for (const WorkingInterval &interval : hours) {
        query.bindValue(0, therapistId);
        query.bindValue(1, interval.weekday);
        query.bindValue(2, interval.startMinute);
        query.bindValue(3, interval.endMinute);
        if (!query.exec())
            return queryError(QStringLiteral("save the working hours"), query);
    }
    return {};
}

Result<qint64> insertTimeOff(const QSqlDatabase &db, const TimeOff &timeOff,
                             const ScheduleAuthor &author, const QDateTime &nowUtc)
{
    QSqlQuery query(db);
    query.prepare(
            QStringLiteral("INSERT INTO therapist_time_off (therapist_id, start_utc, end_utc, "
                           "reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(timeOff.therapistId);
    query.addBindValue(utcText(timeOff.startUtc));
    query.addBindValue(utcText(timeOff.endUtc));
    query.addBindValue(textValue(timeOff.reason.trimmed()));
    query.addBindValue(stampText(nowUtc));
    query.addBindValue(textValue(author.name));
    if (!query.exec())
        return writeError(QStringLiteral("save the time off"), query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertRoom(const QSqlDatabase &db, const Room &room, const QDateTime &nowUtc)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO rooms (name, notes, active, created_at, updated_at, "
                                 "row_version) VALUES (?, ?, ?, ?, ?, 1)"));
    query.addBindValue(room.name.trimmed());
    query.addBindValue(textValue(room.notes.trimmed()));
    query.addBindValue(room.active ? 1 : 0);
    query.addBindValue(stampText(nowUtc));
    query.addBindValue(stampText(nowUtc));
    if (!query.exec())
        return writeError(QStringLiteral("save the room"), query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertType(const QSqlDatabase &db, const AppointmentType &type,
                          const QDateTime &nowUtc)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "INSERT INTO appointment_types (name, default_minutes, buffer_minutes, colour, "
            "price_cents, active, created_at, updated_at, row_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    query.addBindValue(type.name.trimmed());
    query.addBindValue(type.defaultMinutes);
    query.addBindValue(type.bufferMinutes);
    query.addBindValue(type.colour.trimmed().toLower());
    query.addBindValue(type.priceCents);
    query.addBindValue(type.active ? 1 : 0);
    query.addBindValue(stampText(nowUtc));
    query.addBindValue(stampText(nowUtc));
    if (!query.exec())
        return writeError(QStringLiteral("save the appointment type"), query);
    return query.lastInsertId().toLongLong();
}

} // namespace ScheduleSql

} // namespace stillpoint::core
