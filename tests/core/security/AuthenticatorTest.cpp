// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Authenticator.h"
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QString ownerPassword = QStringLiteral("correct horse");

struct Practice
{
    test::TestDatabase t;
    FixedClock clock{ QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    Authenticator auth{ t.db(), clock };
    Session owner;

    Practice()
    {
        auto created = auth.initializePractice(
                QStringLiteral("Calm Hands Massage"), QStringLiteral("Europe/London"),
                QStringLiteral("maria"), QStringLiteral("Maria L."), ownerPassword);
        REQUIRE(created.ok());
        owner = created.value();
    }

    QList<AuditEntry> audit(const QString &operation = {})
    {
        AuditFilter filter;
        filter.operation = operation;
        return AuditTrail(t.db(), clock).entries(filter).value();
    }
};

} // namespace

TEST_CASE("a new practice has no owner until it is initialized", "[security][auth]")
{
    test::TestDatabase t;
    Authenticator auth(t.db());
    CHECK_FALSE(auth.isInitialized().value());
    auto bad = auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("Mars/Olympus"),
                                       QStringLiteral("maria"), QString(), ownerPassword);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QLatin1String("timeZone"));
    CHECK_FALSE(auth.isInitialized().value());
}

TEST_CASE("the owner created at setup can sign in and a second setup is refused",
          "[security][auth]")
{
    Practice p;
    CHECK(p.owner.role == Role::Owner);
    CHECK(p.auth.isInitialized().value());
    auto again = p.auth.initializePractice(QStringLiteral("Other"), QStringLiteral("UTC"),
                                           QStringLiteral("eve"), QString(), ownerPassword);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    auto session = p.auth.signIn(QStringLiteral("MARIA"), ownerPassword); // names ignore case
    REQUIRE(session.ok());
    CHECK(session->username == QLatin1String("maria"));
    CHECK(session->displayName == QLatin1String("Maria L."));
    CHECK(p.audit(QStringLiteral("session.sign-in")).size() == 1);
}

TEST_CASE("a wrong password is refused and audited without saying which part was wrong",
          "[security][auth]")
{
    Practice p;
    auto wrong = p.auth.signIn(QStringLiteral("maria"), QStringLiteral("incorrect horse"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QLatin1String("user name or password is wrong")));
    auto unknown = p.auth.signIn(QStringLiteral("mallory"), ownerPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message);

    const auto attempts = p.audit(QStringLiteral("session.sign-in"));
    REQUIRE(attempts.size() == 2);
    CHECK(attempts.at(0).event.outcome == AuditOutcome::Failed); // newest first
    CHECK(attempts.at(0).event.username == QLatin1String("mallory"));
    CHECK(attempts.at(1).event.detail == QLatin1String("wrong password"));
}

TEST_CASE("repeated wrong passwords hold the account for a growing time", "[security][auth]")
{
    CHECK(Authenticator::delayAfterFailures(2) == 0);
    CHECK(Authenticator::delayAfterFailures(3) == 5);
    CHECK(Authenticator::delayAfterFailures(4) == 10);
    CHECK(Authenticator::delayAfterFailures(5) == 20);
    CHECK(Authenticator::delayAfterFailures(50) == 300);

    Practice p;
    for (int i = 0; i < 3; ++i)
        REQUIRE_FALSE(p.auth.signIn(QStringLiteral("maria"), QStringLiteral("nope nope")).ok());
    // held: even the right password is refused until the delay has passed
    auto held = p.auth.signIn(QStringLiteral("maria"), ownerPassword);
    REQUIRE_FALSE(held.ok());
    CHECK(held.error().message.contains(QLatin1String("Wait 5 seconds")));
    p.clock.advanceSeconds(6);
    REQUIRE(p.auth.signIn(QStringLiteral("maria"), ownerPassword).ok());
    // success resets the count: the next wrong password brings no delay
    REQUIRE_FALSE(p.auth.signIn(QStringLiteral("maria"), QStringLiteral("nope nope")).ok());
    CHECK(p.auth.signIn(QStringLiteral("maria"), ownerPassword).ok());
}

TEST_CASE("the owner manages users and a disabled user cannot sign in", "[security][auth]")
{
    Practice p;
    auto added = p.auth.addUser(p.owner, QStringLiteral("desk"), QStringLiteral("Front desk"),
                                Role::FrontDesk, QStringLiteral("desk password"));
    REQUIRE(added.ok());
    CHECK(added->role == Role::FrontDesk);
    CHECK(p.auth.users(p.owner).value().size() == 2);

    auto duplicate = p.auth.addUser(p.owner, QStringLiteral("DESK"), QString(), Role::Therapist,
                                    QStringLiteral("another password"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QLatin1String("already a user called DESK")));

    REQUIRE(p.auth.setActive(p.owner, QStringLiteral("desk"), false).ok());
    auto disabled = p.auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password"));
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().message.contains(QLatin1String("disabled")));
    CHECK_FALSE(p.auth.setActive(p.owner, QStringLiteral("maria"), false).ok());

    REQUIRE(p.auth.setActive(p.owner, QStringLiteral("desk"), true).ok());
    REQUIRE(p.auth.resetPassword(p.owner, QStringLiteral("desk"), QStringLiteral("new desk pw"))
                    .ok());
    CHECK_FALSE(p.auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password")).ok());
    CHECK(p.auth.signIn(QStringLiteral("desk"), QStringLiteral("new desk pw")).ok());
}

TEST_CASE("a front-desk user cannot manage users and the attempt is audited as denied",
          "[security][auth]")
{
    Practice p;
    REQUIRE(p.auth.addUser(p.owner, QStringLiteral("desk"), QString(), Role::FrontDesk,
                           QStringLiteral("desk password"))
                    .ok());
    const Session desk =
            p.auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password")).value();
    auto refused = p.auth.addUser(desk, QStringLiteral("sneaky"), QString(), Role::Owner,
                                  QStringLiteral("sneaky password"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Denied);
    CHECK(refused.error().message.contains(QLatin1String("Front desk accounts may not")));
    CHECK_FALSE(p.auth.users(desk).ok());

    const auto denied = p.audit(QStringLiteral("users.manage"));
    REQUIRE(denied.size() >= 2);
    CHECK(denied.at(0).event.outcome == AuditOutcome::Denied);
    CHECK(denied.at(0).event.username == QLatin1String("desk"));
}
