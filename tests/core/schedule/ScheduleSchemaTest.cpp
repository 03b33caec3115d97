// SPDX-License-Identifier: GPL-3.0-or-later
// The database's own guard: even SQL that bypasses core cannot double-book.
#include "core/storage/Database.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct RawResult
{
    bool ok = false;
    QString error;
};

// Inserts an appointment with plain SQL: [start, end) and the buffer end in UTC text.
RawResult insertRaw(test::SchedulePractice &p, qint64 therapistId, qint64 roomId,
                    const QString &start, const QString &end, const QString &bufferEnd,
                    const QString &status = QStringLiteral("booked"))
{
    QSqlQuery q(p.t.db().connection());
    q.prepare(QStringLiteral(
            "INSERT INTO appointments (client_id, therapist_id, room_id, type_id, start_utc, "
            "end_utc, buffer_end_utc, time_zone, local_start, status, cancelled_at, cancelled_by, "
            "created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Europe/London', "
            "'2026-03-02T10:00:00', ?, ?, ?, '2026-03-01T00:00:00.000Z', "
            "'2026-03-01T00:00:00.000Z')"));
    const bool cancelled = status == QLatin1String("cancelled");
    q.addBindValue(p.ines);
    q.addBindValue(therapistId);
    q.addBindValue(roomId);
    q.addBindValue(p.treatment60.id);
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(bufferEnd);
    q.addBindValue(status);
    q.addBindValue(cancelled ? QVariant(QStringLiteral("2026-03-01T00:00:00.000Z")) : QVariant());
    q.addBindValue(cancelled ? QVariant(QStringLiteral("client")) : QVariant());
    RawResult result;
    result.ok = q.exec();
    result.error = q.lastError().databaseText();
    return result;
}

bool execRaw(test::SchedulePractice &p, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(p.t.db().connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().databaseText();
    return ok;
}

} // namespace

TEST_CASE("the database refuses a raw insert that overlaps a therapist's or a room's time",
          "[schedule]")
{
    test::SchedulePractice p;
    // Theo in Room 1, 10:00–11:00 with its buffer to 11:15 (London is on UTC in early March).
    REQUIRE(insertRaw(p, p.theo.id, p.room1.id, QStringLiteral("2026-03-02T10:00:00Z"),
                      QStringLiteral("2026-03-02T11:00:00Z"),
                      QStringLiteral("2026-03-02T11:15:00Z"))
                    .ok);

    const RawResult therapist = insertRaw(
            p, p.theo.id, p.room2.id, QStringLiteral("2026-03-02T11:00:00Z"),
            QStringLiteral("2026-03-02T11:30:00Z"), QStringLiteral("2026-03-02T11:30:00Z"));
    CHECK_FALSE(therapist.ok);
    CHECK(therapist.error.contains(QStringLiteral("the therapist already has an appointment")));

    const RawResult room = insertRaw(
            p, p.olivia.id, p.room1.id, QStringLiteral("2026-03-02T11:10:00Z"),
            QStringLiteral("2026-03-02T11:40:00Z"), QStringLiteral("2026-03-02T11:40:00Z"));
    CHECK_FALSE(room.ok);
    CHECK(room.error.contains(QStringLiteral("the room already has an appointment")));

    // Wholly inside, and wholly around.
    CHECK_FALSE(insertRaw(p, p.theo.id, p.room2.id, QStringLiteral("2026-03-02T10:15:00Z"),
                          QStringLiteral("2026-03-02T10:30:00Z"),
                          QStringLiteral("2026-03-02T10:30:00Z"))
                        .ok);
    CHECK_FALSE(insertRaw(p, p.olivia.id, p.room1.id, QStringLiteral("2026-03-02T09:00:00Z"),
                          QStringLiteral("2026-03-02T12:00:00Z"),
                          QStringLiteral("2026-03-02T12:00:00Z"))
                        .ok);

    // Back to back on both sides is fine, and so is a cancelled one on top.
    CHECK(insertRaw(p, p.theo.id, p.room1.id, QStringLiteral("2026-03-02T11:15:00Z"),
                    QStringLiteral("2026-03-02T12:00:00Z"), QStringLiteral("2026-03-02T12:15:00Z"))
                  .ok);
    CHECK(insertRaw(p, p.theo.id, p.room1.id, QStringLiteral("2026-03-02T09:00:00Z"),
                    QStringLiteral("2026-03-02T09:45:00Z"), QStringLiteral("2026-03-02T10:00:00Z"))
                  .ok);
    CHECK(insertRaw(p, p.theo.id, p.room1.id, QStringLiteral("2026-03-02T10:00:00Z"),
                    QStringLiteral("2026-03-02T11:00:00Z"), QStringLiteral("2026-03-02T11:15:00Z"),
                    QStringLiteral("cancelled"))
                  .ok);
    // An instant that is not canonical UTC text is refused (text order must be time order).
    const RawResult sloppy = insertRaw(
            p, p.olivia.id, p.room2.id, QStringLiteral("2026-03-02 15:00"),
            QStringLiteral("2026-03-02T16:00:00Z"), QStringLiteral("2026-03-02T16:00:00Z"));
    CHECK_FALSE(sloppy.ok);
    CHECK(sloppy.error.contains(QStringLiteral("CHECK constraint failed")));
}

TEST_CASE("the database refuses a raw update that makes an overlap", "[schedule]")
{
    test::SchedulePractice p;
    REQUIRE(insertRaw(p, p.theo.id, p.room1.id, QStringLiteral("2026-03-02T10:00:00Z"),
                      QStringLiteral("2026-03-02T11:00:00Z"),
                      QStringLiteral("2026-03-02T11:15:00Z"))
                    .ok);
    REQUIRE(insertRaw(p, p.olivia.id, p.room2.id, QStringLiteral("2026-03-02T10:00:00Z"),
                      QStringLiteral("2026-03-02T11:00:00Z"),
                      QStringLiteral("2026-03-02T11:15:00Z"))
                    .ok);
    REQUIRE(insertRaw(p, p.theo.id, p.room2.id, QStringLiteral("2026-03-02T13:00:00Z"),
                      QStringLiteral("2026-03-02T14:00:00Z"),
                      QStringLiteral("2026-03-02T14:15:00Z"), QStringLiteral("cancelled"))
                    .ok);
    QString error;
    // Olivia's appointment moved into Room 1 at the same time.
    CHECK_FALSE(execRaw(p,
                        QStringLiteral("UPDATE appointments SET room_id = %1, row_version = "
                                       "row_version + 1 WHERE therapist_id = %2")
                                .arg(p.room1.id)
                                .arg(p.olivia.id),
                        &error));
    CHECK(error.contains(QStringLiteral("the room already has an appointment")));
    // Olivia's given to Theo.
    CHECK_FALSE(execRaw(p,
                        QStringLiteral("UPDATE appointments SET therapist_id = %1, row_version = "
                                       "row_version + 1 WHERE therapist_id = %2")
                                .arg(p.theo.id)
                                .arg(p.olivia.id),
                        &error));
    CHECK(error.contains(QStringLiteral("the therapist already has an appointment")));
    // Theo's stretched over Olivia's room time? No: stretched into its own later one is fine
    // when that one is cancelled, and reinstating the cancelled one into an overlap is refused.
    CHECK(execRaw(p,
                  QStringLiteral("UPDATE appointments SET end_utc = '2026-03-02T13:00:00Z', "
                                 "buffer_end_utc = '2026-03-02T13:15:00Z', row_version = "
                                 "row_version + 1 WHERE therapist_id = %1 AND status = 'booked'")
                          .arg(p.theo.id)));
    CHECK_FALSE(execRaw(p,
                        QStringLiteral("UPDATE appointments SET status = 'booked', cancelled_at = "
                                       "NULL, cancelled_by = NULL, row_version = row_version + 1 "
                                       "WHERE status = 'cancelled'"),
                        &error));
    CHECK(error.contains(QStringLiteral("already has an appointment")));
    // And nothing is deleted, even by hand.
    CHECK_FALSE(execRaw(p, QStringLiteral("DELETE FROM appointments"), &error));
    CHECK(error.contains(QStringLiteral("never deleted")));
}

TEST_CASE("the overlap checks and the week view use the start indexes", "[schedule]")
{
    test::SchedulePractice p;
    QSqlQuery q(p.t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT 1 FROM appointments a WHERE a.therapist_id = 1 "
            "AND a.status NOT IN ('cancelled', 'no-show') AND a.start_utc >= "
            "'2026-03-01T00:00:00Z' "
            "AND a.start_utc < '2026-03-02T11:15:00Z' AND a.buffer_end_utc > "
            "'2026-03-02T10:00:00Z'")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    CHECK(plan.contains(QStringLiteral("appointments_therapist_start (therapist_id=? AND "
                                       "start_utc>? AND start_utc<?)")));
    REQUIRE(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT 1 FROM appointments a WHERE a.room_id = 1 "
            "AND a.start_utc >= '2026-03-01T00:00:00Z' AND a.start_utc < '2026-03-02T11:15:00Z'")));
    plan.clear();
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    CHECK(plan.contains(QStringLiteral("appointments_room_start")));
}
