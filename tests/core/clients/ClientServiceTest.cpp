// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientService.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct Practice
{
    test::TestDatabase t;
    FixedClock clock{ QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    Authenticator auth{ t.db(), clock };
    ClientService clients{ t.db(), clock };
    Session owner;
    Session desk;

    Practice()
    {
        owner = auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("UTC"),
                                        QStringLiteral("maria"), QString(),
                                        QStringLiteral("owner password"))
                        .value();
        REQUIRE(auth.addUser(owner, QStringLiteral("desk"), QString(), Role::FrontDesk,
                             QStringLiteral("desk password"))
                        .ok());
        desk = auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password")).value();
    }

    QList<AuditEntry> audit(const QString &operation)
    {
        AuditFilter filter;
        filter.operation = operation;
        return AuditTrail(t.db(), clock).entries(filter).value();
    }
};

Client zoe()
{
    Client c;
    c.givenName = QStringLiteral("Zoë");
    c.familyName = QStringLiteral("Martin");
    c.alerts << ClientAlert{ 0, QStringLiteral("Needs a ground-floor room"), true }
             << ClientAlert{ 0, QStringLiteral("Therapist-only note"), false };
    return c;
}

} // namespace

TEST_CASE("creating changing archiving and opening a client are each audited with the client",
          "[clients][service][audit]")
{
    Practice p;
    Client created = p.clients.create(p.owner, zoe()).value();
    created.email = QStringLiteral("zoe@example.org");
    created = p.clients.update(p.owner, created).value();
    created = p.clients.setArchived(p.owner, created.id, true, created.rowVersion).value();
    REQUIRE(p.clients.find(p.owner, created.id).ok());

    for (const char *operation :
         { "client.create", "client.update", "client.archive", "client.read" }) {
        const auto rows = p.audit(QString::fromLatin1(operation));
        INFO(operation);
        REQUIRE(rows.size() == 1);
        CHECK(rows.constFirst().event.clientId == created.id);
        CHECK(rows.constFirst().event.username == QLatin1String("maria"));
        CHECK(rows.constFirst().event.outcome == AuditOutcome::Allowed);
    }
    CHECK(AuditTrail(p.t.db()).verify().value().ok());
}

TEST_CASE("a change that fails validation leaves neither the change nor an audit row",
          "[clients][service][audit]")
{
    Practice p;
    Client bad = zoe();
    bad.email = QStringLiteral("not-an-email");
    REQUIRE_FALSE(p.clients.create(p.owner, bad).ok());
    CHECK(p.audit(QStringLiteral("client.create")).isEmpty());
    CHECK(p.clients.count(p.owner, ClientQuery{}).value() == 0);
}

TEST_CASE("the front desk sees only front-desk alerts and its saves keep the others",
          "[clients][service]")
{
    Practice p;
    const Client stored = p.clients.create(p.owner, zoe()).value();
    REQUIRE(stored.alerts.size() == 2);

    Client seenByDesk = p.clients.find(p.desk, stored.id).value();
    REQUIRE(seenByDesk.alerts.size() == 1);
    CHECK(seenByDesk.alerts.constFirst().text == QLatin1String("Needs a ground-floor room"));

    seenByDesk.mobilePhone = QStringLiteral("(541) 555-0123");
    seenByDesk.alerts << ClientAlert{ 0, QStringLiteral("Pays by card"), false };
    const Client afterDesk = p.clients.update(p.desk, seenByDesk).value();
    CHECK(afterDesk.alerts.size() == 2); // both visible to the desk

    const Client seenByOwner = p.clients.find(p.owner, stored.id).value();
    QStringList texts;
    for (const ClientAlert &alert : seenByOwner.alerts)
        texts << alert.text + (alert.frontDeskVisible ? QStringLiteral(" [desk]") : QString());
    CHECK(texts
          == QStringList{ QStringLiteral("Needs a ground-floor room [desk]"),
                          QStringLiteral("Pays by card [desk]"),
                          QStringLiteral("Therapist-only note") });
    CHECK(seenByOwner.mobilePhone == QLatin1String("(541) 555-0123"));
}

TEST_CASE("a session that is not signed in is refused and the refusal is audited",
          "[clients][service][audit]")
{
    Practice p;
    const Session nobody;
    auto refused = p.clients.search(nobody, ClientQuery{});
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == ErrorCode::Denied);
    const auto rows = p.audit(QStringLiteral("client.search"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().event.outcome == AuditOutcome::Denied);
}
