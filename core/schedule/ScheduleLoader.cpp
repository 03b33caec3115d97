// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleLoader.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace stillpoint::core {

using namespace ScheduleSql;

namespace {

Error badReference(const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("The schedule refers to a %1 it does not contain.").arg(what));
}

} // namespace

Result<int> ScheduleLoader::load(Database &database, const Clock &clock,
                                 const ScheduleBundle &bundle, const ScheduleAuthor &author,
                                 const BeforeCommit &beforeCommit)
{
    Transaction transaction(database);
    if (!transaction.status())
        return transaction.status().error();
    const QSqlDatabase db = database.connection();
    const QDateTime now = clock.nowUtc();

    QList<qint64> therapists;
    for (const ScheduleBundle::TherapistRecord &record : bundle.therapists) {
        auto id = insertTherapist(db, record.therapist, now);
        if (!id)
            return id.error();
        if (Status status = replaceHours(db, id.value(), record.hours); !status)
            return status.error();
        for (TimeOff away : record.timeOff) {
            away.therapistId = id.value();
            if (auto stored = insertTimeOff(db, away, author, now); !stored)
                return stored.error();
        }
        therapists << id.value();
    }
    QList<qint64> rooms;
    for (const Room &room : bundle.rooms) {
        auto id = insertRoom(db, room, now);
        if (!id)
            return id.error();
        rooms << id.value();
    }
    QList<qint64> types;
    for (const AppointmentType &type : bundle.types) {
        auto id = insertType(db, type, now);
        if (!id)
            return id.error();
        types << id.value();
    }
    const auto resolve = [&](int therapist, int room, int type, qint64 &therapistId, qint64 &roomId,
                             qint64 &typeId) -> Status {
        if (therapist < 0 || therapist >= therapists.size())
            return badReference(QStringLiteral("therapist"));
        if (room < 0 || room >= rooms.size())
            return badReference(QStringLiteral("room"));
        if (type < 0 || type >= types.size())
            return badReference(QStringLiteral("appointment type"));
        therapistId = therapists.at(therapist);
        roomId = rooms.at(room);
        typeId = types.at(type);
        return {};
    };
    QList<qint64> series;
    for (const ScheduleBundle::SeriesRecord &record : bundle.series) {
        RecurringSeries s = record.series;
        if (Status status = resolve(record.therapist, record.room, record.type, s.therapistId,
                                    s.roomId, s.typeId);
            !status)
            return status.error();
        auto id = insertSeries(db, s, author, now);
        if (!id)
            return id.error();
        series << id.value();
    }
    QSqlQuery insert(db);
    if (!prepareAppointmentInsert(insert))
        return queryError(QStringLiteral("save the appointments"), insert);
    for (const ScheduleBundle::AppointmentRecord &record : bundle.appointments) {
        Appointment a = record.appointment;
        if (Status status = resolve(record.therapist, record.room, record.type, a.therapistId,
                                    a.roomId, a.typeId);
            !status)
            return status.error();
        if (record.series >= series.size())
            return badReference(QStringLiteral("series"));
        a.seriesId = record.series >= 0 ? series.at(record.series) : 0;
        bindAppointmentInsert(insert, a, author, now);
        if (!insert.exec())
            return writeError(QStringLiteral("save the appointments"), insert);
    }
    QSqlQuery waitlist(db);
    waitlist.prepare(QStringLiteral(
            "INSERT INTO waitlist_entries (client_id, therapist_id, type_id, weekdays, "
            "parts_of_day, notes, added_on, expires_on, status, created_at, created_by, "
            "updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    for (const ScheduleBundle::WaitlistRecord &record : bundle.waitlist) {
        if (record.therapist >= therapists.size())
            return badReference(QStringLiteral("therapist"));
        if (record.type < 0 || record.type >= types.size())
            return badReference(QStringLiteral("appointment type"));
        const WaitlistEntry &e = record.entry;
        waitlist.bindValue(0, e.clientId);
        waitlist.bindValue(
                1, record.therapist >= 0 ? QVariant(therapists.at(record.therapist)) : QVariant());
        waitlist.bindValue(2, types.at(record.type));
        waitlist.bindValue(3, e.weekdays);
        waitlist.bindValue(4, e.partsOfDay);
        waitlist.bindValue(5, textValue(e.notes));
        waitlist.bindValue(6, dateValue(e.addedOn));
        waitlist.bindValue(7, dateValue(e.expiresOn));
        waitlist.bindValue(8, WaitlistStatuses::key(e.status));
        waitlist.bindValue(9, stampText(now));
        waitlist.bindValue(10, textValue(author.name));
        waitlist.bindValue(11, stampText(now));
        if (!waitlist.exec())
            return writeError(QStringLiteral("save the waitlist"), waitlist);
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return static_cast<int>(bundle.appointments.size());
}

} // namespace stillpoint::core
