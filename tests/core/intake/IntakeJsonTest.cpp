// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeJson.h"
#include "core/demo/DemoIntakes.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

TEST_CASE("Every demo intake profile survives a round trip through its stored form", "[intake]")
{
    for (int profile = 0; profile < DemoIntakes::ProfileCount; ++profile) {
        INFO("profile " << profile);
        Intake written = DemoIntakes::sample(profile, 7, QDate(2026, 3, 2));
        written.consent.signaturePng.clear(); // stored in its own column, not in the document
        Intake read;
        read.clientId = 7;
        read.intakeDate = QDate(2026, 3, 2);
        REQUIRE(IntakeJson::read(IntakeJson::write(written), read).ok());
        CHECK(read == written);
    }
}

TEST_CASE("An unanswered number stays unanswered and a zero stays zero", "[intake]")
{
    Intake intake;
    intake.migraine.attacksPerMonth = 0;
    intake.migraine.typicalDurationHours = 4.5;
    intake.migraine.nausea = Answer::No;
    Intake read;
    REQUIRE(IntakeJson::read(IntakeJson::write(intake), read).ok());
    CHECK(read.migraine.attacksPerMonth == std::optional<int>(0));
    CHECK_FALSE(read.migraine.headacheDaysPerMonth.has_value());
    CHECK(read.migraine.typicalDurationHours == std::optional<double>(4.5));
    CHECK(read.migraine.nausea == Answer::No);
    CHECK(read.migraine.vomiting == Answer::Unknown);
}

TEST_CASE("A damaged or newer intake document is refused with a message", "[intake]")
{
    Intake intake;
    intake.id = 12;
    const Status garbage = IntakeJson::read("{not json", intake);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().message.contains(QStringLiteral("Intake 12")));

    const Status newer = IntakeJson::read(R"({"format": 99})", intake);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == ErrorCode::TooNew);
    CHECK(newer.error().message.contains(QStringLiteral("newer Stillpoint")));
}
