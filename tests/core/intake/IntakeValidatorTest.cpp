// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeValidator.h"
#include "core/demo/DemoIntakes.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

QStringList fields(const QList<Error> &errors)
{
    QStringList keys;
    for (const Error &error : errors)
        keys << error.field;
    return keys;
}

Intake complete()
{
    return DemoIntakes::sample(0, 1, QDate(2026, 3, 2));
}

} // namespace

TEST_CASE("A complete demo intake has no problem and may be signed", "[intake]")
{
    for (int profile = 0; profile < DemoIntakes::ProfileCount; ++profile) {
        INFO("profile " << profile);
        CHECK(IntakeValidator::problemsForSigning(
                      DemoIntakes::sample(profile, 1, QDate(2026, 3, 2)))
                      .isEmpty());
    }
}

TEST_CASE("Numbers out of range are named at their field", "[intake]")
{
    Intake intake = complete();
    intake.migraine.peakIntensity = 10;
    intake.migraine.headacheDaysPerMonth = 31;
    intake.migraine.migraineLikeDaysPerMonth = 31;
    CHECK(IntakeValidator::problems(intake).isEmpty());

    intake.migraine.peakIntensity = 11;
    intake.migraine.headacheDaysPerMonth = 32;
    intake.migraine.onsetAge = -1;
    const QList<Error> errors = IntakeValidator::problems(intake);
    CHECK(fields(errors).contains(QStringLiteral("migraine.peakIntensity")));
    CHECK(fields(errors).contains(QStringLiteral("migraine.headacheDaysPerMonth")));
    CHECK(fields(errors).contains(QStringLiteral("migraine.onsetAge")));
    for (const Error &error : errors) {
        if (error.field == QLatin1String("migraine.peakIntensity"))
            CHECK(error.message.contains(QStringLiteral("11 was entered")));
    }
}

TEST_CASE("Migraine-like days cannot outnumber headache days", "[intake]")
{
    Intake intake = complete();
    intake.migraine.headacheDaysPerMonth = 6;
    intake.migraine.migraineLikeDaysPerMonth = 7;
    CHECK(fields(IntakeValidator::problems(intake))
                  .contains(QStringLiteral("migraine.migraineLikeDaysPerMonth")));
}

TEST_CASE("Acute medication days are checked per row", "[intake]")
{
    Intake intake = complete();
    intake.migraine.acuteMedications << AcuteMedication{ QStringLiteral("Ibuprofen"),
                                                         AcuteMedicationKind::SimpleAnalgesic, 40 };
    CHECK(fields(IntakeValidator::problems(intake))
                  .contains(QStringLiteral("migraine.acuteMedications.1.daysPerMonth")));
}

TEST_CASE("An unanswered questionnaire item is allowed but an out-of-range answer is not",
          "[intake]")
{
    Intake intake = complete();
    intake.questionnaires[QStringLiteral("midas")].remove(QStringLiteral("3"));
    CHECK(IntakeValidator::problems(intake).isEmpty());
    intake.questionnaires[QStringLiteral("midas")][QStringLiteral("3")] = 91;
    CHECK(fields(IntakeValidator::problems(intake))
                  .contains(QStringLiteral("questionnaire.midas.3")));
}

TEST_CASE("Signing needs every red flag answered and a signed consent", "[intake]")
{
    Intake intake = complete();
    intake.redFlags.removeLast();
    intake.consent.signaturePng.clear();
    intake.consent.typedName = QStringLiteral("  ");
    const QStringList keys = fields(IntakeValidator::problemsForSigning(intake));
    CHECK(keys.contains(QStringLiteral("redFlags.head-neck-injury")));
    CHECK(keys.contains(QStringLiteral("consent.signature")));
    CHECK(keys.contains(QStringLiteral("consent.typedName")));
    // A draft keeps whatever was typed: none of these stop a draft from being saved.
    CHECK(IntakeValidator::problems(intake).isEmpty());
}

TEST_CASE("Unknown keys from a damaged or foreign intake are reported", "[intake]")
{
    Intake intake = complete();
    intake.contraindications << ContraindicationEntry{ QStringLiteral("no-such-thing"), {} };
    intake.migraine.locations << QStringLiteral("elbow");
    intake.triggers << TriggerEntry{ QStringLiteral("other"), QString(), TriggerRole::Trigger,
                                     Certainty::Sure };
    const QStringList keys = fields(IntakeValidator::problems(intake));
    CHECK(keys.contains(QStringLiteral("contraindications.no-such-thing")));
    CHECK(keys.contains(QStringLiteral("migraine.locations")));
    CHECK(keys.contains(QStringLiteral("triggers.other")));
}
