// SPDX-License-Identifier: GPL-3.0-or-later
// Several connections booking at once, as several desks (or a desk and a therapist's laptop on a
// database server one day) would: no overlap may slip through, and SQLite's "database is
// locked" must never reach anyone (BEGIN IMMEDIATE with a busy timeout queues the writers).
#include "core/schedule/AppointmentService.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct WorkerResult
{
    int booked = 0;
    int refused = 0; // a collision, reported as such
    QStringList failures; // anything else: must stay empty
};

// One writer on its own connection, booking random quarter-hour slots in one week.
void bookAtRandom(const QString &path, const Session &session, const QList<qint64> &therapists,
                  const QList<qint64> &rooms, const QList<qint64> &clients, qint64 typeId,
                  const QDateTime &weekStartUtc, quint32 seed, int attempts, WorkerResult &result)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        result.failures << opened.error().message;
        return;
    }
    Database &db = *opened.value();
    const FixedClock clock(weekStartUtc.addDays(-1));
    AppointmentService service(db, clock);
    QRandomGenerator random(seed);
    for (int i = 0; i < attempts; ++i) {
        BookingRequest request;
        request.clientId = clients.at(random.bounded(static_cast<int>(clients.size())));
        request.therapistId = therapists.at(random.bounded(static_cast<int>(therapists.size())));
        request.roomId = rooms.at(random.bounded(static_cast<int>(rooms.size())));
        request.typeId = typeId;
        // Monday to Friday, 09:00 to 16:00, on the quarter hour: crowded on purpose.
        request.startUtc = weekStartUtc.addDays(random.bounded(5))
                                   .addSecs(9 * 3600 + 900 * qint64(random.bounded(28)));
        request.acknowledgeWarnings = true;
        auto booked = service.book(session, request);
        if (booked.ok() && booked->saved)
            ++result.booked;
        else if (!booked.ok() && booked.error().code == ErrorCode::Conflict)
            ++result.refused;
        else
            result.failures << (booked.ok() ? QStringLiteral("not saved") : booked.error().message);
    }
}

// Raw inserts, each its own autocommit transaction: only the trigger stands in the way.
void insertAtRandom(const QString &path, qint64 therapistId, qint64 roomId, qint64 clientId,
                    qint64 typeId, quint32 seed, int attempts, WorkerResult &result)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        result.failures << opened.error().message;
        return;
    }
    Database &db = *opened.value();
    QRandomGenerator random(seed);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO appointments (client_id, therapist_id, room_id, type_id, start_utc, "
            "end_utc, buffer_end_utc, time_zone, local_start, status, created_at, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'UTC', ?, 'booked', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')"));
    for (int i = 0; i < attempts; ++i) {
        const QDateTime start(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        const QDateTime at = start.addSecs(600 * qint64(random.bounded(60)));
        const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'");
        q.bindValue(0, clientId);
        q.bindValue(1, therapistId);
        q.bindValue(2, roomId);
        q.bindValue(3, typeId);
        q.bindValue(4, at.toString(format));
        q.bindValue(5, at.addSecs(2700).toString(format));
        q.bindValue(6, at.addSecs(3600).toString(format));
        q.bindValue(7, at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        if (q.exec())
            ++result.booked;
        else if (q.lastError().databaseText().contains(
                         QStringLiteral("already has an appointment")))
            ++result.refused;
        else
            result.failures << q.lastError().databaseText();
    }
}

// Pairs of active appointments that share a therapist or a room and overlap, buffers included.
int overlaps(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id "
                           "AND (a.therapist_id = b.therapist_id OR a.room_id = b.room_id) "
                           "AND a.start_utc < b.buffer_end_utc AND b.start_utc < a.buffer_end_utc "
                           "WHERE a.status NOT IN ('cancelled', 'no-show') "
                           "AND b.status NOT IN ('cancelled', 'no-show')")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("several connections booking at once leave no overlap and never see a lock",
          "[schedule][concurrency]")
{
    test::SchedulePractice p;
    const QDate nextMonday = test::SchedulePractice::monday.addDays(7);
    const QDateTime weekStart = p.at(nextMonday, QTime(0, 0));
    const QList<qint64> therapists{ p.theo.id, p.olivia.id };
    const QList<qint64> rooms{ p.room1.id, p.room2.id };
    const QList<qint64> clients{ p.ines, p.jamal, p.kai };
    constexpr int Writers = 6;
    constexpr int Attempts = 40;

    QList<WorkerResult> results(Writers);
    {
        std::vector<std::thread> threads;
        for (int i = 0; i < Writers; ++i) {
            // Each writer signs in as someone who may book.
            const Session &who = i % 3 == 0 ? p.owner : i % 3 == 1 ? p.therapist : p.desk;
            threads.emplace_back(bookAtRandom, p.t.path(), who, therapists, rooms, clients,
                                 p.treatment60.id, weekStart, 1000U + quint32(i), Attempts,
                                 std::ref(results[i]));
        }
        for (std::thread &thread : threads)
            thread.join();
    }
    int booked = 0;
    int refused = 0;
    for (const WorkerResult &result : std::as_const(results)) {
        INFO(result.failures.join(QStringLiteral("; ")).toStdString());
        CHECK(result.failures.isEmpty());
        booked += result.booked;
        refused += result.refused;
    }
    WARN(Writers << " writers: " << booked << " booked, " << refused << " refused as overlaps");
    CHECK(booked + refused == Writers * Attempts);
    CHECK(booked > 10);
    CHECK(refused > 10); // crowded enough that writers really collided
    CHECK(overlaps(p.t.db()) == 0);
    CalendarQuery week{ weekStart, weekStart.addDays(7), {}, {}, false };
    CHECK(p.appointments.calendar(p.desk, week)->size() == booked);
    CHECK(AuditTrail(p.t.db(), p.clock).verify().value().ok());
}

TEST_CASE("raw writers racing on one therapist and room are stopped by the trigger alone",
          "[schedule][concurrency]")
{
    test::SchedulePractice p;
    constexpr int Writers = 4;
    QList<WorkerResult> results(Writers);
    {
        std::vector<std::thread> threads;
        for (int i = 0; i < Writers; ++i)
            threads.emplace_back(insertAtRandom, p.t.path(), p.theo.id, p.room1.id, p.ines,
                                 p.treatment60.id, 77U + quint32(i), 30, std::ref(results[i]));
        for (std::thread &thread : threads)
            thread.join();
    }
    int booked = 0;
    for (const WorkerResult &result : std::as_const(results)) {
        INFO(result.failures.join(QStringLiteral("; ")).toStdString());
        CHECK(result.failures.isEmpty());
        booked += result.booked;
    }
    CHECK(booked > 0);
    CHECK(booked <= 10); // one-hour blocks in a ten-hour window
    CHECK(overlaps(p.t.db()) == 0);
}
