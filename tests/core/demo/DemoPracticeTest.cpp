// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPractice.h"
#include "core/assess/HeadacheHistoryChecklist.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/ClientValidator.h"
#include "core/intake/IntakeRepository.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeValidator.h"
#include "core/security/AuditTrail.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSet>
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

TEST_CASE("the demo practice's clients come with varied signed intakes and some red flags",
          "[demo]")
{
    test::TestDatabase t;
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value());
    REQUIRE(DemoPractice::populate(t.db(), 120, clock).ok());
    const Session therapist{ 2, QStringLiteral("therapist"), QString(), Role::Therapist, {} };
    IntakeService intakes(t.db(), clock);
    IntakeRepository repository(t.db(), clock);

    int withIntake = 0;
    int withDraft = 0;
    int blocking = 0;
    int cleared = 0;
    int renewed = 0;
    QSet<QString> outcomes;
    for (qint64 clientId = 1; clientId <= 120; ++clientId) {
        const QList<IntakeSummary> history = repository.history(clientId).value();
        if (history.isEmpty())
            continue;
        ++withIntake;
        int signedCount = 0;
        for (const IntakeSummary &summary : history) {
            if (summary.status == IntakeStatus::Draft)
                ++withDraft;
            if (summary.status != IntakeStatus::Signed)
                continue;
            ++signedCount;
            const Intake intake = repository.find(summary.id).value();
            CHECK(IntakeValidator::problemsForSigning(intake).isEmpty());
            const auto checklist = HeadacheHistoryChecklist::evaluate(intake.migraine);
            outcomes << HeadacheHistoryChecklist::outcomeLabel(checklist.sets.at(0).outcome);
        }
        renewed += signedCount > 1 ? 1 : 0;
        for (const RedFlagAlert &alert : repository.alerts(clientId).value())
            (alert.isBlocking() ? blocking : cleared) += 1;
        CHECK_FALSE(repository.administrations(clientId).value().isEmpty());
    }
    CHECK(withIntake > 90);
    CHECK(withDraft > 0);
    CHECK(blocking > 0);
    CHECK(cleared > 0);
    CHECK(renewed > 0);
    CHECK(outcomes.size() >= 3); // meets, probable, not met among the demo histories
    CHECK(intakes.blockingAlert(therapist, 1).ok());
}
