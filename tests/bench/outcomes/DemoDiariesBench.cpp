// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoDiaries.h"
#include "core/demo/DemoPractice.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

// What the diaries add to making the 10,000-client demo practice: the whole practice is made
// once, then its diaries are removed and written again, timed on their own.
TEST_CASE("demo diaries for the demo practice of 10000 clients", "[!benchmark][outcomes][demo]")
{
    test::TestDatabase t;
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(DemoPractice::populate(t.db(), 10000, clock).ok());
    const qint64 whole = timer.elapsed();

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT client_id) FROM "
                                  "diary_entries")));
    REQUIRE(q.next());
    const int rows = q.value(0).toInt();
    const int clients = q.value(1).toInt();
    REQUIRE(q.exec(QStringLiteral("DELETE FROM diary_entries")));
    timer.restart();
    REQUIRE(DemoDiaries::populate(t.db(), clock, DemoPractice::DefaultSeed).value() == rows);
    const qint64 diaries = timer.elapsed();
    WARN("10,000 demo clients: whole practice " << whole << " ms, of which diaries about "
                                                << diaries << " ms (" << rows << " rows for "
                                                << clients << " clients)");
}
