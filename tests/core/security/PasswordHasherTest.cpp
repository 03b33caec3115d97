// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PasswordHasher.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <sodium.h>

using namespace stillpoint::core;

TEST_CASE("a password hash verifies the right password only", "[security]")
{
    auto hash = PasswordHasher::hash(QStringLiteral("lavender-Öl-42"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith("$argon2id$"));
    CHECK(PasswordHasher::verify(hash.value(), QStringLiteral("lavender-Öl-42")));
    CHECK_FALSE(PasswordHasher::verify(hash.value(), QStringLiteral("lavender-ol-42")));
    CHECK_FALSE(PasswordHasher::verify(QByteArray(), QStringLiteral("lavender-Öl-42")));
    // two hashes of one password differ (each has its own salt)
    CHECK(PasswordHasher::hash(QStringLiteral("lavender-Öl-42")).value() != hash.value());
}

TEST_CASE("a short password is refused with the minimum length", "[security]")
{
    const Status status = PasswordHasher::checkStrength(QStringLiteral("short"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QLatin1String("at least 8 characters")));
    CHECK(PasswordHasher::checkStrength(QStringLiteral("long enough")).ok());
    CHECK_FALSE(PasswordHasher::checkStrength(QStringLiteral("          ")).ok());
}

TEST_CASE("a hash made with weaker parameters is due for rehashing", "[security]")
{
    REQUIRE(sodium_init() >= 0);
    char weak[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(weak, "password1", 9, crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN)
            == 0);
    CHECK(PasswordHasher::needsRehash(QByteArray(weak)));
    CHECK(PasswordHasher::verify(QByteArray(weak), QStringLiteral("password1")));
    CHECK_FALSE(
            PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("password1")).value()));
}
