// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPractice.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/ClientValidator.h"
#include "core/security/AuditTrail.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

TEST_CASE("the same demo seed always gives the same practice", "[demo]")
{
    const QDate today(2026, 11, 24);
    CHECK(DemoPractice::makeClients(200, today) == DemoPractice::makeClients(200, today));
    CHECK(DemoPractice::makeClients(200, today, 1) != DemoPractice::makeClients(200, today, 2));
}

TEST_CASE("the demo practice is varied with accents and archived clients and alerts and all valid",
          "[demo]")
{
    const QDate today(2026, 11, 24);
    const QList<Client> clients = DemoPractice::makeClients(500, today);
    int archived = 0;
    int accented = 0;
    int withAlerts = 0;
    for (const Client &c : clients) {
        archived += c.archived ? 1 : 0;
        withAlerts += c.alerts.isEmpty() ? 0 : 1;
        const QString name = c.givenName + c.familyName;
        accented += name.toLatin1() != name.toUtf8() ? 1 : 0;
        INFO(c.displayName().toStdString());
        CHECK(ClientValidator::validate(c, today).isEmpty());
    }
    CHECK(archived > 10);
    CHECK(archived < 100);
    CHECK(accented > 50);
    CHECK(withAlerts > 10);
}

TEST_CASE("populating a demo practice stores the clients", "[demo]")
{
    test::TestDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    auto added = DemoPractice::populate(t.db(), 300, clock);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(added.value() == 300);
    ClientQuery all;
    all.includeArchived = true;
    CHECK(ClientRepository(t.db()).count(all).value() == 300);
    AuditFilter demoRows;
    demoRows.operation = QStringLiteral("demo.create");
    const auto rows = AuditTrail(t.db()).entries(demoRows).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().event.detail == QLatin1String("300 demo clients"));
    CHECK_FALSE(DemoPractice::populate(t.db(), 0, clock).ok());
}
