// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleSetupRepository.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace stillpoint::core {

using namespace ScheduleSql;

namespace {

const QString therapistColumns = QStringLiteral("id, user_id, display_name, active, row_version");
const QString roomColumns = QStringLiteral("id, name, notes, active, row_version");
const QString typeColumns = QStringLiteral(
        "id, name, default_minutes, buffer_minutes, colour, price_cents, active, row_version");

Therapist therapistFrom(const QSqlQuery &q)
{
    return Therapist{ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toInt() != 0, q.value(4).toInt() };
}

Room roomFrom(const QSqlQuery &q)
{
    return Room{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toInt() != 0, q.value(4).toInt() };
}

AppointmentType typeFrom(const QSqlQuery &q)
{
    return AppointmentType{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                            q.value(3).toInt(),      q.value(4).toString(), q.value(5).toLongLong(),
                            q.value(6).toInt() != 0, q.value(7).toInt() };
}

Status finish(Transaction &transaction, const ScheduleSetupRepository::BeforeCommit &beforeCommit,
              qint64 recordId)
{
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, recordId); !status)
            return status;
    }
    return transaction.commit();
}

Error notFound(const QString &what, qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("%1 %2 does not exist; it may belong to another practice "
                                    "file.")
                             .arg(what)
                             .arg(id));
}

Error stale()
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Someone else changed this a moment ago. Reload it and make "
                                    "your change again."));
}

// Runs a single-row SELECT by id and reads it with `read`.
template<typename T, typename Reader>
Result<T> one(const Database &database, const QString &sql, qint64 id, const QString &what,
              Reader read)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("read %1").arg(what.toLower()), q);
    if (!q.next())
        return notFound(what, id);
    return read(q);
}

template<typename T, typename Reader>
Result<QList<T>> many(const Database &database, const QString &sql, const QString &what,
                      Reader read)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return queryError(QStringLiteral("list the %1").arg(what), q);
    QList<T> list;
    while (q.next())
        list << read(q);
    return list;
}

} // namespace

ScheduleSetupRepository::ScheduleSetupRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<bool> ScheduleSetupRepository::isBookableUser(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND active = 1 AND "
                             "role IN ('therapist', 'owner'))"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return queryError(QStringLiteral("look up the account"), q);
    return q.value(0).toBool();
}

Result<Therapist> ScheduleSetupRepository::createTherapist(const Therapist &therapist,
                                                           const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto id = insertTherapist(m_database.connection(), therapist, m_clock.nowUtc());
    if (!id)
        return id.error();
    if (Status status = finish(transaction, beforeCommit, id.value()); !status)
        return status.error();
    return this->therapist(id.value());
}

Result<Therapist> ScheduleSetupRepository::updateTherapist(const Therapist &therapist,
                                                           const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE therapists SET display_name = ?, active = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(therapist.displayName.trimmed());
    q.addBindValue(therapist.active ? 1 : 0);
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(therapist.id);
    q.addBindValue(therapist.rowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("save the therapist"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = this->therapist(therapist.id);
        return exists ? stale() : exists.error();
    }
    if (Status status = finish(transaction, beforeCommit, therapist.id); !status)
        return status.error();
    return this->therapist(therapist.id);
}

Result<Therapist> ScheduleSetupRepository::therapist(qint64 id) const
{
    return one<Therapist>(
            m_database,
            QStringLiteral("SELECT %1 FROM therapists WHERE id = ?").arg(therapistColumns), id,
            QStringLiteral("Therapist"), therapistFrom);
}

Result<QList<Therapist>> ScheduleSetupRepository::therapists(bool includeInactive) const
{
    return many<Therapist>(
            m_database,
            QStringLiteral("SELECT %1 FROM therapists %2 ORDER BY display_name, id")
                    .arg(therapistColumns,
                         includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
            QStringLiteral("therapists"), therapistFrom);
}

Status ScheduleSetupRepository::setWorkingHours(qint64 therapistId,
                                                const QList<WorkingInterval> &hours,
                                                const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    if (auto exists = therapist(therapistId); !exists)
        return exists.error();
    if (Status status = replaceHours(m_database.connection(), therapistId, hours); !status)
        return status;
    return finish(transaction, beforeCommit, therapistId);
}

Result<QList<WorkingInterval>> ScheduleSetupRepository::workingHours(qint64 therapistId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT weekday, start_minute, end_minute FROM therapist_hours WHERE "
                             "therapist_id = ? ORDER BY weekday, start_minute"));
    q.addBindValue(therapistId);
    if (!q.exec())
        return queryError(QStringLiteral("read the working hours"), q);
    QList<WorkingInterval> hours;
    while (q.next())
        hours << WorkingInterval{ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() };
    return hours;
}

Result<TimeOff> ScheduleSetupRepository::addTimeOff(const TimeOff &timeOff,
                                                    const ScheduleAuthor &author,
                                                    const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (auto exists = therapist(timeOff.therapistId); !exists)
        return exists.error();
    auto id = insertTimeOff(m_database.connection(), timeOff, author, m_clock.nowUtc());
    if (!id)
        return id.error();
    if (Status status = finish(transaction, beforeCommit, id.value()); !status)
        return status.error();
    TimeOff stored = timeOff;
    stored.id = id.value();
    stored.startUtc = utcFrom(utcText(timeOff.startUtc));
    stored.endUtc = utcFrom(utcText(timeOff.endUtc));
    stored.reason = timeOff.reason.trimmed();
    return stored;
}

Status ScheduleSetupRepository::removeTimeOff(qint64 timeOffId, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM therapist_time_off WHERE id = ?"));
    q.addBindValue(timeOffId);
    if (!q.exec())
        return queryError(QStringLiteral("remove the time off"), q);
    if (q.numRowsAffected() != 1)
        return notFound(QStringLiteral("Time off"), timeOffId);
    return finish(transaction, beforeCommit, timeOffId);
}

Result<QList<TimeOff>> ScheduleSetupRepository::timeOff(qint64 therapistId,
                                                        const QDateTime &fromUtc,
                                                        const QDateTime &toUtc) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, therapist_id, start_utc, end_utc, reason FROM "
                             "therapist_time_off WHERE (? = 0 OR therapist_id = ?) AND start_utc "
                             "< ? AND end_utc > ? ORDER BY start_utc, id"));
    q.addBindValue(therapistId);
    q.addBindValue(therapistId);
    q.addBindValue(utcText(toUtc));
    q.addBindValue(utcText(fromUtc));
    if (!q.exec())
        return queryError(QStringLiteral("read the time off"), q);
    QList<TimeOff> list;
    while (q.next())
        list << TimeOff{ q.value(0).toLongLong(), q.value(1).toLongLong(), utcFrom(q.value(2)),
                         utcFrom(q.value(3)), q.value(4).toString() };
    return list;
}

Result<Room> ScheduleSetupRepository::createRoom(const Room &room, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto id = insertRoom(m_database.connection(), room, m_clock.nowUtc());
    if (!id)
        return id.error();
    if (Status status = finish(transaction, beforeCommit, id.value()); !status)
        return status.error();
    return this->room(id.value());
}

Result<Room> ScheduleSetupRepository::updateRoom(const Room &room, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE rooms SET name = ?, notes = ?, active = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(room.name.trimmed());
    q.addBindValue(textValue(room.notes.trimmed()));
    q.addBindValue(room.active ? 1 : 0);
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(room.id);
    q.addBindValue(room.rowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("save the room"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = this->room(room.id);
        return exists ? stale() : exists.error();
    }
    if (Status status = finish(transaction, beforeCommit, room.id); !status)
        return status.error();
    return this->room(room.id);
}

Result<Room> ScheduleSetupRepository::room(qint64 id) const
{
    return one<Room>(m_database,
                     QStringLiteral("SELECT %1 FROM rooms WHERE id = ?").arg(roomColumns), id,
                     QStringLiteral("Room"), roomFrom);
}

Result<QList<Room>> ScheduleSetupRepository::rooms(bool includeInactive) const
{
    return many<Room>(
            m_database,
            QStringLiteral("SELECT %1 FROM rooms %2 ORDER BY name, id")
                    .arg(roomColumns,
                         includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
            QStringLiteral("rooms"), roomFrom);
}

Result<AppointmentType> ScheduleSetupRepository::createType(const AppointmentType &type,
                                                            const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto id = insertType(m_database.connection(), type, m_clock.nowUtc());
    if (!id)
        return id.error();
    if (Status status = finish(transaction, beforeCommit, id.value()); !status)
        return status.error();
    return this->type(id.value());
}

Result<AppointmentType> ScheduleSetupRepository::updateType(const AppointmentType &type,
                                                            const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE appointment_types SET name = ?, default_minutes = ?, buffer_minutes = ?, "
            "colour = ?, price_cents = ?, active = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(type.name.trimmed());
    q.addBindValue(type.defaultMinutes);
    q.addBindValue(type.bufferMinutes);
    q.addBindValue(type.colour.trimmed().toLower());
    q.addBindValue(type.priceCents);
    q.addBindValue(type.active ? 1 : 0);
    q.addBindValue(stampText(m_clock.nowUtc()));
    q.addBindValue(type.id);
    q.addBindValue(type.rowVersion);
    if (!q.exec())
        return writeError(QStringLiteral("save the appointment type"), q);
    if (q.numRowsAffected() != 1) {
        auto exists = this->type(type.id);
        return exists ? stale() : exists.error();
    }
    if (Status status = finish(transaction, beforeCommit, type.id); !status)
        return status.error();
    return this->type(type.id);
}

Result<AppointmentType> ScheduleSetupRepository::type(qint64 id) const
{
    return one<AppointmentType>(
            m_database,
            QStringLiteral("SELECT %1 FROM appointment_types WHERE id = ?").arg(typeColumns), id,
            QStringLiteral("Appointment type"), typeFrom);
}

Result<QList<AppointmentType>> ScheduleSetupRepository::types(bool includeInactive) const
{
    return many<AppointmentType>(
            m_database,
            QStringLiteral("SELECT %1 FROM appointment_types %2 ORDER BY name, id")
                    .arg(typeColumns,
                         includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
            QStringLiteral("appointment types"), typeFrom);
}

} // namespace stillpoint::core
