// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientValidator.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

const QDate today(2026, 11, 24);

Client validClient()
{
    Client c;
    c.givenName = QStringLiteral("Zoë");
    c.familyName = QStringLiteral("Martin");
    c.dateOfBirth = QDate(1984, 3, 7);
    c.email = QStringLiteral("zoe@example.org");
    c.mobilePhone = QStringLiteral("(541) 555-0123");
    return c;
}

QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

TEST_CASE("a complete client passes validation", "[clients][validation]")
{
    CHECK(ClientValidator::validate(validClient(), today).isEmpty());
}

TEST_CASE("a client without a given name is refused with a message naming the field",
          "[clients][validation]")
{
    Client c = validClient();
    c.givenName = QStringLiteral("   ");
    const auto errors = ClientValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().field == QLatin1String(ClientField::GivenName));
    CHECK(errors.constFirst().message.contains(QLatin1String("Given name is required")));
    CHECK(errors.constFirst().code == ErrorCode::InvalidInput);
}

TEST_CASE("an invalid email is refused and the message shows what was typed",
          "[clients][validation]")
{
    for (const char *bad : { "zoe@", "zoe.example.org", "zoe@example", "zo e@example.org",
                             "zoe@@example.org", "zoe@example..org" }) {
        Client c = validClient();
        c.email = QString::fromLatin1(bad);
        const auto errors = ClientValidator::validate(c, today);
        INFO(bad);
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().field == QLatin1String(ClientField::Email));
        CHECK(errors.constFirst().message.startsWith(QLatin1String("Email")));
        CHECK(errors.constFirst().message.contains(QString::fromLatin1(bad)));
    }
    CHECK(ClientValidator::isValidEmail(
            QStringLiteral("anne-marie.o'brien+mt@mail.example.co.uk")));
}

TEST_CASE("phone numbers must look like phone numbers", "[clients][validation]")
{
    CHECK(ClientValidator::isValidPhone(QStringLiteral("+1 (541) 555-0123")));
    CHECK(ClientValidator::isValidPhone(QStringLiteral("020 7946 0958")));
    CHECK_FALSE(ClientValidator::isValidPhone(QStringLiteral("call me")));
    CHECK_FALSE(ClientValidator::isValidPhone(QStringLiteral("12345")));
    CHECK_FALSE(ClientValidator::isValidPhone(QStringLiteral("1234567890123456")));

    Client c = validClient();
    c.homePhone = QStringLiteral("555-CALL");
    c.physician.phone = QStringLiteral("x");
    const auto errors = ClientValidator::validate(c, today);
    CHECK(fieldsOf(errors)
          == QStringList{ QString::fromLatin1(ClientField::HomePhone),
                          QString::fromLatin1(ClientField::PhysicianPhone) });
    CHECK(errors.constFirst().message.startsWith(QLatin1String("Home phone")));
}

TEST_CASE("a date of birth must be in the past and plausible", "[clients][validation]")
{
    Client c = validClient();
    c.dateOfBirth = today;
    auto errors = ClientValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().field == QLatin1String(ClientField::DateOfBirth));
    CHECK(errors.constFirst().message.contains(QLatin1String("not in the past")));

    c.dateOfBirth = today.addDays(-1);
    CHECK(ClientValidator::validate(c, today).isEmpty());

    c.dateOfBirth = QDate(1850, 1, 1);
    errors = ClientValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().message.contains(QLatin1String("more than 130 years")));

    c.dateOfBirth = QDate(); // unknown is allowed
    CHECK(ClientValidator::validate(c, today).isEmpty());
}

TEST_CASE("dates are typed year-month-day and malformed ones are explained",
          "[clients][validation]")
{
    auto parsed = ClientValidator::parseDate(QStringLiteral(" 1984-03-07 "),
                                             QStringLiteral("Date of birth"));
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == QDate(1984, 3, 7));

    auto slashes = ClientValidator::parseDate(QStringLiteral("07/03/1984"),
                                              QStringLiteral("Date of birth"));
    REQUIRE_FALSE(slashes.ok());
    CHECK(slashes.error().message.contains(QLatin1String("Date of birth \"07/03/1984\"")));
    CHECK(slashes.error().message.contains(QLatin1String("1984-03-07")));

    auto impossible = ClientValidator::parseDate(QStringLiteral("2023-02-30"),
                                                 QStringLiteral("Date of birth"));
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.error().message.contains(QLatin1String("not a day of the calendar")));

    auto empty = ClientValidator::parseDate(QString(), QStringLiteral("Date of birth"));
    REQUIRE(empty.ok());
    CHECK(empty.value().isNull());
}

TEST_CASE("an emergency phone needs a name and empty alerts are refused", "[clients][validation]")
{
    Client c = validClient();
    c.emergencyContact.phone = QStringLiteral("(541) 555-0199");
    c.alerts << ClientAlert{ 0, QStringLiteral("  "), true };
    const auto errors = ClientValidator::validate(c, today);
    CHECK(fieldsOf(errors)
          == QStringList{ QString::fromLatin1(ClientField::EmergencyName),
                          QString::fromLatin1(ClientField::Alerts) });
}

TEST_CASE("overlong text is refused with its length", "[clients][validation]")
{
    Client c = validClient();
    c.familyName = QString(201, QLatin1Char('x'));
    const auto errors = ClientValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().field == QLatin1String(ClientField::FamilyName));
    CHECK(errors.constFirst().message.contains(QLatin1String("201 characters")));
}
