// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/LargePractice.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/DiaryValidator.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The schema as SQLite keeps it: every table, index and trigger with its exact text.
QStringList schema(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, ifnull(sql, '') FROM "
                                  "sqlite_master ORDER BY type, name")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
    return rows;
}

// A practice a few hundred times smaller than the large one, with the same shape.
LargePracticeSize tiny()
{
    LargePracticeSize size;
    size.clients = 80;
    size.therapists = 3;
    size.years = 1;
    size.appointments = 900;
    size.notes = 200;
    size.diaryEntries = 1500;
    size.auditRows = 300;
    return size;
}

} // namespace

TEST_CASE("the large practice generator is deterministic and keeps every rule",
          "[demo][largepractice]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc()));
    test::TestDatabase first;
    test::TestDatabase second;
    test::TestDatabase migrated; // a normally migrated, empty file
    const QStringList steps{ QStringLiteral("users"),        QStringLiteral("audit history"),
                             QStringLiteral("clients"),      QStringLiteral("intakes and scores"),
                             QStringLiteral("appointments"), QStringLiteral("session notes"),
                             QStringLiteral("diaries") };
    QStringList reported;
    const auto made = LargePractice::populate(
            first.db(), tiny(), clock, DemoPractice::DefaultSeed,
            [&reported](const QString &step, qint64, qint64) { reported << step; });
    REQUIRE(made.ok());
    CHECK(reported == steps);
    const auto again = LargePractice::populate(second.db(), tiny(), clock);
    REQUIRE(again.ok());

    // The same size, seed and day give the same practice. (Blocks, not sections: sections would
    // generate the practices again for each.)
    {
        CHECK(made->clients == again->clients);
        CHECK(made->appointments == again->appointments);
        CHECK(made->notes == again->notes);
        CHECK(made->diaryEntries == again->diaryEntries);
        CHECK(made->auditRows == again->auditRows);
        const auto sum = LargePractice::checksum(first.db());
        REQUIRE(sum.ok());
        CHECK(sum.value() == LargePractice::checksum(second.db()).value());
        CHECK(sum.value().size() == 64);
    }

    // The counts asked for are written.
    {
        CHECK(made->clients == 80);
        CHECK(made->appointments == 900);
        CHECK(made->diaryEntries == 1500);
        CHECK(made->intakes > 40);
        // Clients whose red flag still blocks get no notes, so the target is a ceiling.
        CHECK(made->notes >= 100);
        CHECK(made->notes <= 200 + 80);
        // The history, the demo's own rows and one row per step.
        CHECK(made->auditRows > 300);
        CHECK(scalar(first.db(), QStringLiteral("SELECT count(*) FROM therapists")) == 3);
        CHECK(scalar(first.db(), QStringLiteral("SELECT count(*) FROM rooms")) == 3);
    }

    // No two active appointments of a therapist or a room overlap.
    {
        for (const char *resource : { "therapist_id", "room_id" }) {
            CHECK(scalar(first.db(),
                         QStringLiteral("SELECT count(*) FROM appointments a JOIN appointments b "
                                        "ON a.id < b.id AND a.%1 = b.%1 "
                                        "AND a.start_utc < b.buffer_end_utc "
                                        "AND b.start_utc < a.buffer_end_utc "
                                        "WHERE a.status NOT IN ('cancelled', 'no-show') "
                                        "AND b.status NOT IN ('cancelled', 'no-show')")
                                 .arg(QLatin1String(resource)))
                  == 0);
        }
        // Past visits happened (or were missed); coming ones are booked.
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM appointments WHERE status = "
                                    "'completed' AND end_utc > '2026-11-24T17:00:00Z'"))
              == 0);
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM appointments WHERE status IN "
                                    "('booked', 'confirmed')"))
              > 0);
    }

    // Notes are signed by the visit's therapist, one open draft at most.
    {
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM session_notes WHERE status = 'signed' "
                                    "AND signed_at IS NOT NULL AND length(signed_by) > 0"))
              >= made->notes - 1);
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM session_notes WHERE status = 'draft'"))
              <= 1);
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM session_notes n JOIN appointments a ON "
                                    "a.id = n.appointment_id WHERE a.status <> 'completed'"))
              == 0);
        // The body chart: every signed note has marks.
        CHECK(scalar(first.db(),
                     QStringLiteral("SELECT count(*) FROM session_notes WHERE status = 'signed' "
                                    "AND content NOT LIKE '%\"marks\":[{%'"))
              == 0);
    }

    // Every diary row passes the diary's validator.
    {
        QSqlQuery q(first.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT client_id FROM diary_entries")));
        QList<qint64> clients;
        while (q.next())
            clients << q.value(0).toLongLong();
        REQUIRE(!clients.isEmpty());
        DiaryRepository diaries(first.db(), clock);
        qint64 checked = 0;
        for (qint64 client : std::as_const(clients)) {
            const auto rows = diaries.entries(client);
            REQUIRE(rows.ok());
            for (const DiaryEntry &row : rows.value()) {
                const QList<Error> problems = DiaryValidator::validate(row, clock.today());
                INFO("client " << client << " on " << row.date.toString(Qt::ISODate).toStdString());
                CHECK(problems.isEmpty());
                ++checked;
            }
        }
        CHECK(checked == made->diaryEntries);
    }

    // The file passes the app's own checks and keeps the migrated schema.
    {
        const auto verified = AuditTrail(first.db(), clock).verify();
        REQUIRE(verified.ok());
        CHECK(verified->ok());
        CHECK(verified->rowsChecked == made->auditRows);
        QSqlQuery q(first.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
        CHECK(schema(first.db()) == schema(migrated.db()));
    }

    // A file with users or clients is refused.
    {
        const auto refused = LargePractice::populate(first.db(), tiny(), clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
}
