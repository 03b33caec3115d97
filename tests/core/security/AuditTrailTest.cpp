// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

void writeEvents(AuditTrail &trail, int count)
{
    for (int i = 0; i < count; ++i) {
        AuditEvent e;
        e.operation = QStringLiteral("client.read");
        e.username = QStringLiteral("maria");
        e.clientId = 100 + i;
        REQUIRE(trail.record(e).ok());
    }
}

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("an untouched audit trail verifies", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    CHECK(trail.verify().value().ok());
    writeEvents(trail, 5);
    const AuditVerification result = trail.verify().value();
    CHECK(result.ok());
    CHECK(result.rowsChecked == 5);
    const auto rows = trail.entries(AuditFilter{}).value();
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(4).previousHash == AuditTrail::genesisHash());
    CHECK(rows.at(3).previousHash == rows.at(4).hash);
}

TEST_CASE("the database refuses to change or delete audit rows", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 2);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET username = 'eve'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    CHECK(trail.verify().value().rowsChecked == 2);
}

TEST_CASE("verify names the first row edited behind Stillpoint's back", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 6);
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(t.db(), QStringLiteral("UPDATE audit_log SET client_id = 999 WHERE id = 4"));
    const AuditVerification result = trail.verify().value();
    CHECK_FALSE(result.ok());
    CHECK(result.firstBrokenId == 4);
    CHECK(result.problem.contains(QLatin1String("changed")));
}

TEST_CASE("verify notices a deleted row", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 6);
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
    const AuditVerification result = trail.verify().value();
    CHECK_FALSE(result.ok());
    CHECK(result.firstBrokenId == 4);
    CHECK(result.problem.contains(QLatin1String("row 3 is missing")));
}

TEST_CASE("the audit trail can be filtered by user client operation and date", "[security][audit]")
{
    test::TestDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    AuditTrail trail(t.db(), clock);
    writeEvents(trail, 3);
    clock.advanceSeconds(3600);
    AuditEvent signIn;
    signIn.operation = QStringLiteral("session.sign-in");
    signIn.username = QStringLiteral("desk");
    signIn.outcome = AuditOutcome::Failed;
    REQUIRE(trail.record(signIn).ok());

    AuditFilter byClient;
    byClient.clientId = 101;
    CHECK(trail.entries(byClient).value().size() == 1);
    AuditFilter byOperation;
    byOperation.operation = QStringLiteral("session.sign-in");
    REQUIRE(trail.entries(byOperation).value().size() == 1);
    CHECK(trail.entries(byOperation).value().constFirst().event.outcome == AuditOutcome::Failed);
    AuditFilter lastHalfHour;
    lastHalfHour.fromUtc = clock.nowUtc().addSecs(-1800);
    CHECK(trail.entries(lastHalfHour).value().size() == 1);
}

TEST_CASE("verify notices rows swapped into another order", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 6);
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    // swap rows 2 and 5 wholesale (ids stay, contents move)
    exec(t.db(), QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"));
    exec(t.db(), QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 5"));
    exec(t.db(), QStringLiteral("UPDATE audit_log SET id = 5 WHERE id = -2"));
    const AuditVerification result = trail.verify().value();
    CHECK_FALSE(result.ok());
    CHECK(result.firstBrokenId == 2);
}

TEST_CASE("verify notices that the newest rows were cut off", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 6);
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id >= 5"));
    const AuditVerification result = trail.verify().value();
    CHECK_FALSE(result.ok());
    CHECK(result.firstBrokenId == 5);
    CHECK(result.problem.contains(QLatin1String("rows 5 to 6 were removed from the end")));
}

TEST_CASE("the record of the newest audit row cannot be moved back or removed", "[security][audit]")
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    writeEvents(trail, 3);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_head SET last_id = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_head")));
    CHECK(trail.verify().value().ok());
}
