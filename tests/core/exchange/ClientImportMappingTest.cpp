// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImportMapping.h"
#include "core/exchange/ClientImportDates.h"
#include "core/exchange/CsvExportService.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

QStringList header(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromUtf8(name);
    return list;
}

QList<ImportField> fields(const ClientImportMapping &mapping)
{
    QList<ImportField> list;
    for (int i = 0; i < mapping.columnCount(); ++i)
        list << mapping.field(i);
    return list;
}

} // namespace

TEST_CASE("headers of common exports are recognised whatever their case, spaces and accents",
          "[exchange][mapping]")
{
    using F = ImportField;
    const QList<QPair<const char *, ImportField>> cases{
        { "First Name", F::GivenName },
        { "given_name", F::GivenName },
        { "Prénom", F::GivenName },
        { "Last Name", F::FamilyName },
        { "SURNAME", F::FamilyName },
        { "Nachname", F::FamilyName },
        { "Full name", F::FullName },
        { "Client Name", F::FullName },
        { "DOB", F::DateOfBirth },
        { "Date of Birth", F::DateOfBirth },
        { "Birthdate", F::DateOfBirth },
        { "Geburtsdatum", F::DateOfBirth },
        { "Mobile", F::MobilePhone },
        { "Cell Phone", F::MobilePhone },
        { "Home Phone", F::HomePhone },
        { "Business Phone", F::WorkPhone },
        { "E-mail", F::Email },
        { "E-mail Address", F::Email },
        { "email_address", F::Email },
        { "E-mail 1 - Value", F::Email },
        { "E-mail 1 - Type", F::Ignore },
        { "Zip", F::PostalCode },
        { "Emergency Contact", F::EmergencyName },
        { "Emergency contact phone", F::EmergencyPhone },
        { "GP", F::PhysicianName },
        { "Doctor's phone", F::PhysicianPhone },
        { "Notes", F::Ignore },
        { "Client number", F::Ignore },
        { "Contact by phone", F::Ignore },
        { "", F::Ignore },
    };
    for (const auto &[name, expected] : cases) {
        INFO(name);
        CHECK(ClientImportMapping::recognise(QString::fromUtf8(name)) == expected);
    }
}

TEST_CASE("every field's own label is recognised, so an export imports again as it is",
          "[exchange][mapping]")
{
    for (const ImportField field : ImportFields::all()) {
        if (field == ImportField::Ignore || field == ImportField::FullName)
            continue;
        INFO(ImportFields::label(field).toStdString());
        CHECK(ClientImportMapping::recognise(ImportFields::label(field)) == field);
    }
    const QStringList exported = CsvExportService::clientHeader();
    const ClientImportMapping mapping = ClientImportMapping::guess(exported);
    CHECK(mapping.field(0) == ImportField::Ignore); // the client number
    CHECK(mapping.columnOf(ImportField::GivenName) == 1);
    CHECK(mapping.columnOf(ImportField::FrontDeskNotes) > 0);
    CHECK(mapping.problems().isEmpty());
}

TEST_CASE("a plain phone column is the mobile unless another column is", "[exchange][mapping]")
{
    using F = ImportField;
    CHECK(fields(ClientImportMapping::guess(header({ "Name", "Phone" })))
          == QList<F>{ F::FullName, F::MobilePhone });
    CHECK(fields(ClientImportMapping::guess(header({ "Name", "Phone", "Cell" })))
          == QList<F>{ F::FullName, F::HomePhone, F::MobilePhone });
    CHECK(fields(ClientImportMapping::guess(header({ "Phone 1 - Value", "Phone 2 - Value" })))
          == QList<F>{ F::MobilePhone, F::HomePhone });
}

TEST_CASE("separate name columns win over a full name, and the first column keeps a field",
          "[exchange][mapping]")
{
    using F = ImportField;
    CHECK(fields(ClientImportMapping::guess(
                  header({ "Name", "Given Name", "Family Name", "Email", "E-mail 2" })))
          == QList<F>{ F::Ignore, F::GivenName, F::FamilyName, F::Email, F::Ignore });
}

TEST_CASE("a column named or numbered on the command line gets the field, which leaves its old "
          "column",
          "[exchange][mapping]")
{
    const QStringList columns = header({ "Vorname", "Tel", "Handynummer", "Notiz" });
    ClientImportMapping mapping = ClientImportMapping::guess(columns);
    CHECK(mapping.field(1) == ImportField::MobilePhone);
    REQUIRE(mapping.apply(QStringLiteral("handynummer=mobile-phone"), columns).ok());
    CHECK(mapping.field(2) == ImportField::MobilePhone);
    CHECK(mapping.field(1) == ImportField::Ignore);
    REQUIRE(mapping.apply(QStringLiteral("2=home-phone"), columns).ok());
    CHECK(mapping.field(1) == ImportField::HomePhone);
    REQUIRE(mapping.apply(QStringLiteral("Notiz = front-desk-notes"), columns).ok());
    CHECK(mapping.field(3) == ImportField::FrontDeskNotes);
    REQUIRE(mapping.apply(QStringLiteral("Vorname=ignore"), columns).ok());
    CHECK(mapping.problems().size() == 1);
    CHECK(mapping.problems().constFirst().message.contains(QStringLiteral("given names")));

    const auto unknownColumn = mapping.apply(QStringLiteral("Phone=mobile-phone"), columns);
    REQUIRE_FALSE(unknownColumn.ok());
    CHECK(unknownColumn.error().message.contains(QStringLiteral("\"Handynummer\"")));
    const auto unknownField = mapping.apply(QStringLiteral("Tel=fax"), columns);
    REQUIRE_FALSE(unknownField.ok());
    CHECK(unknownField.error().message.contains(QStringLiteral("mobile-phone")));
    CHECK_FALSE(mapping.apply(QStringLiteral("no equals sign"), columns).ok());
    CHECK_FALSE(mapping.apply(QStringLiteral("9=email"), columns).ok());

    const QStringList twins = header({ "Phone", "Phone" });
    ClientImportMapping both(2);
    const auto ambiguous = both.apply(QStringLiteral("phone=email"), twins);
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().message.contains(QStringLiteral("number")));
}

TEST_CASE("field and date-order keys round-trip", "[exchange][mapping]")
{
    for (const ImportField field : ImportFields::all())
        CHECK(ImportFields::fromKey(ImportFields::key(field)) == field);
    for (const DateOrder order : DateOrders::all())
        CHECK(DateOrders::fromKey(DateOrders::key(order)) == order);
    CHECK_FALSE(ImportFields::fromKey(QStringLiteral("shoe-size")));
    CHECK(DateOrders::fromKey(QStringLiteral("DMY")) == DateOrder::DayMonthYear);
}

TEST_CASE("a column of dates decides its own order", "[exchange][dates]")
{
    const auto decide = [](std::initializer_list<const char *> values) {
        return ClientImportDates::decide(header(values));
    };
    CHECK(decide({ "1984-03-07", "", "1990-12-01" }).order == DateOrder::YearMonthDay);
    CHECK(decide({ "03/04/1985", "25/12/1970" }).order == DateOrder::DayMonthYear);
    CHECK(decide({ "03/04/1985", "12/25/1970" }).order == DateOrder::MonthDayYear);
    CHECK(decide({ "7.3.1984", "03/04/1985" }).order == DateOrder::DayMonthYear);
    CHECK(decide({ "01/01/1990", "05/05/1980" }).order == DateOrder::DayMonthYear);

    const DateColumnVerdict ambiguous = decide({ "", "03/04/1985", "11/12/1970" });
    CHECK(ambiguous.ambiguous);
    CHECK(ambiguous.order == DateOrder::Automatic);
    CHECK(ambiguous.example == QStringLiteral("03/04/1985"));

    const DateColumnVerdict mixed = decide({ "25/12/1970", "12/25/1970", "31/01/1980" });
    CHECK(mixed.conflicting);
    CHECK(mixed.order == DateOrder::DayMonthYear);
}

TEST_CASE("dates are read in the usual forms and refused with a reason otherwise",
          "[exchange][dates]")
{
    using D = DateOrder;
    CHECK(ClientImportDates::parse(QStringLiteral("1984-03-07"), D::Automatic).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("1984/3/7"), D::MonthDayYear).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("1984-03-07 00:00:00"), D::Automatic).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("1984-03-07T00:00:00Z"), D::Automatic).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("7.3.1984"), D::MonthDayYear).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("07/03/1984"), D::DayMonthYear).value()
          == QDate(1984, 3, 7));
    CHECK(ClientImportDates::parse(QStringLiteral("07-03-1984"), D::MonthDayYear).value()
          == QDate(1984, 7, 3));
    CHECK(ClientImportDates::parse(QStringLiteral(" "), D::Automatic).value().isNull());

    const auto message = [](const char *text, DateOrder order) {
        const auto parsed = ClientImportDates::parse(QString::fromLatin1(text), order);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == QStringLiteral("dateOfBirth"));
        return parsed.error().message;
    };
    CHECK(message("03/04/1985", D::Automatic).contains(QStringLiteral("could be")));
    CHECK(message("03/04/1985", D::YearMonthDay).contains(QStringLiteral("year-month-day")));
    CHECK(message("29/02/1983", D::DayMonthYear).contains(QStringLiteral("not a day")));
    CHECK(message("07/03/84", D::DayMonthYear).contains(QStringLiteral("two-digit")));
    CHECK(message("March 7, 1984", D::DayMonthYear).contains(QStringLiteral("not a date")));
    CHECK(message("1984-02-30", D::Automatic).contains(QStringLiteral("not a day")));
}
