// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteJson.h"
#include "tests/core/notes/NotePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>
#include <cstring>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

NoteContent roundTrip(const NoteContent &content)
{
    auto read = NoteJson::read(NoteJson::write(content));
    REQUIRE(read.ok());
    return read.value();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

TEST_CASE("every view, mark type and side round-trips through the note's JSON", "[notes][json]")
{
    NoteContent content;
    for (BodyView view : BodyChartCatalog::views()) {
        for (MarkType type : BodyChartCatalog::markTypes()) {
            for (BodySide side : BodyChartCatalog::sides()) {
                BodyMark mark;
                mark.view = view;
                mark.type = type;
                mark.side = side;
                mark.x = 0.123456789;
                mark.y = 0.987654321;
                mark.intensity = static_cast<int>(content.marks.size() % 11);
                mark.muscle = QStringLiteral("suboccipitals");
                content.marks << mark;
            }
        }
    }
    const NoteContent back = roundTrip(content);
    CHECK(back.marks == content.marks);
    CHECK(back == content);
}

TEST_CASE("a mark's position reads back bit for bit", "[notes][json]")
{
    QList<double> values{ 0.0,
                          1.0,
                          0.5,
                          0.123456789,
                          1.0 / 3.0,
                          0.1 + 0.2,
                          1e-17,
                          0.999999999999,
                          std::nextafter(0.5, 1.0),
                          2.0 / 7.0,
                          5e-324,
                          0.30000000000000004 };
    QRandomGenerator random(42);
    for (int i = 0; i < 2000; ++i)
        values << random.generateDouble();
    NoteContent content;
    for (qsizetype i = 0; i + 1 < values.size(); i += 2) {
        BodyMark mark;
        mark.x = values.at(i);
        mark.y = values.at(i + 1);
        mark.pressurePainThreshold = 0.1 + values.at(i) * 19.9;
        content.marks << mark;
    }
    const NoteContent back = roundTrip(content);
    REQUIRE(back.marks.size() == content.marks.size());
    for (qsizetype i = 0; i < content.marks.size(); ++i) {
        INFO("mark " << i);
        CHECK(sameBits(back.marks.at(i).x, content.marks.at(i).x));
        CHECK(sameBits(back.marks.at(i).y, content.marks.at(i).y));
        CHECK(sameBits(*back.marks.at(i).pressurePainThreshold,
                       *content.marks.at(i).pressurePainThreshold));
    }
}

TEST_CASE("optional numbers stay absent, and zero stays zero", "[notes][json]")
{
    BodyMark bare;
    bare.type = MarkType::ReferredPain;
    BodyMark zero = bare;
    zero.directionDegrees = 0;
    zero.pressurePainThreshold = 0.0;
    zero.intensity = 0;
    NoteContent content;
    content.marks = { bare, zero };
    content.subjective.painBefore = 0;
    const NoteContent back = roundTrip(content);
    CHECK_FALSE(back.marks.at(0).directionDegrees.has_value());
    CHECK_FALSE(back.marks.at(0).pressurePainThreshold.has_value());
    CHECK(back.marks.at(1).directionDegrees == 0);
    CHECK(back.marks.at(1).pressurePainThreshold == 0.0);
    CHECK(back.marks.at(1).intensity == 0);
    CHECK(back.subjective.painBefore == 0);
    CHECK_FALSE(back.assessment.painAfter.has_value());
    CHECK_FALSE(back.subjective.headacheDaysSinceLastVisit.has_value());
    CHECK_FALSE(back.plan.nextVisit.has_value());
    CHECK(back == content);
}

TEST_CASE("a whole note round-trips and writes the same bytes again", "[notes][json]")
{
    NoteContent content = test::NotePractice::sampleContent();
    content.subjective.contraindicationChecks = {
        ContraindicationCheck{ QStringLiteral("varicose-veins"), Answer::Yes,
                               QStringLiteral("Left calf") },
        ContraindicationCheck{ QStringLiteral("anticoagulants"), Answer::No, QString() },
        ContraindicationCheck{ QStringLiteral("fever"), Answer::Unknown, QString() },
    };
    content.objective.rangeOfMotion << RangeOfMotion{ CervicalMotion::Flexion, 0 }
                                    << RangeOfMotion{ CervicalMotion::LateralFlexionRight, 120 };
    content.objective.position = ClientPosition::SideLyingLeft;
    content.objective.techniques << TechniqueUse{
        QStringLiteral("practice:7"), QStringLiteral("jaw"), 5, Pressure::Light
    } << TechniqueUse{ QStringLiteral("Free text technique"), QString(), 240, Pressure::Deep };
    content.plan.referrals = QStringLiteral("Physiotherapist for \"posture\" <review>");
    const QByteArray json = NoteJson::write(content);
    const NoteContent back = roundTrip(content);
    CHECK(back == content);
    CHECK(NoteJson::write(back) == json);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("format")).toInt() == 1);
    CHECK(root.contains(QStringLiteral("subjective")));
    CHECK(root.contains(QStringLiteral("marks")));
    CHECK(json.contains("\"view\":\"head_neck_back\""));
    CHECK(json.contains("\"type\":\"referred_pain\""));
    CHECK(json.contains("\"muscle\":\"upper_trapezius\""));
    CHECK(json.contains("\"x\":0.123456789"));
}

TEST_CASE("a note from a newer Stillpoint or a damaged one is refused, unknown keys are ignored",
          "[notes][json]")
{
    auto newer = NoteJson::read(QByteArrayLiteral("{\"format\":2}"));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == ErrorCode::TooNew);
    CHECK(NoteJson::read(QByteArrayLiteral("{\"format\":0}")).error().code == ErrorCode::TooNew);
    auto damaged = NoteJson::read(QByteArrayLiteral("{\"format\":1,"));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::Storage);
    CHECK(NoteJson::read(QByteArrayLiteral("[1]")).error().code == ErrorCode::Storage);

    auto extra = NoteJson::read(QByteArrayLiteral(
            "{\"format\":1,\"future\":true,\"marks\":[{\"view\":\"face_jaw\",\"x\":0.25,"
            "\"y\":0.75,\"type\":\"numbness\",\"intensity\":2,\"colour\":\"red\"}]}"));
    REQUIRE(extra.ok());
    REQUIRE(extra->marks.size() == 1);
    CHECK(extra->marks.constFirst().view == BodyView::FaceJaw);
    CHECK(extra->marks.constFirst().type == MarkType::Numbness);
    CHECK(extra->marks.constFirst().x == 0.25);
    CHECK(extra->marks.constFirst().side == BodySide::NotApplicable);
    CHECK(NoteJson::read(QByteArrayLiteral("{\"format\":1}")).value() == NoteContent{});
}

TEST_CASE("the catalogs' keys read back to what they name", "[notes][json]")
{
    for (BodyView view : BodyChartCatalog::views())
        CHECK(BodyChartCatalog::viewFromKey(BodyChartCatalog::viewKey(view)) == view);
    for (MarkType type : BodyChartCatalog::markTypes())
        CHECK(BodyChartCatalog::markTypeFromKey(BodyChartCatalog::markTypeKey(type)) == type);
    for (BodySide side : BodyChartCatalog::sides())
        CHECK(BodyChartCatalog::sideFromKey(BodyChartCatalog::sideKey(side)) == side);
    for (CervicalMotion motion : NoteCatalog::motions())
        CHECK(NoteCatalog::motionFromKey(NoteCatalog::motionKey(motion)) == motion);
    CHECK_FALSE(BodyChartCatalog::viewFromKey(QStringLiteral("feet")).has_value());
    CHECK(BodyChartCatalog::viewKey(BodyView::UpperBackShoulders) == QStringLiteral("upper_back"));

    const auto &muscles = BodyChartCatalog::muscles();
    CHECK(muscles.size() >= 20);
    QStringList keys;
    for (const MuscleInfo &muscle : muscles) {
        CHECK_FALSE(muscle.views.isEmpty());
        CHECK_FALSE(keys.contains(muscle.key));
        keys << muscle.key;
    }
    for (const char *key : { "upper_trapezius", "suboccipitals", "sternocleidomastoid",
                             "temporalis", "masseter", "levator_scapulae", "splenius_capitis" })
        CHECK(keys.contains(QLatin1String(key)));
    CHECK(BodyChartCatalog::muscleLabel(QStringLiteral("temporalis"))
          == QStringLiteral("Temporalis"));
    CHECK(BodyChartCatalog::muscleLabel(QStringLiteral("unknown")) == QStringLiteral("unknown"));
    const QStringList seeded{ QStringLiteral("deep_tissue"),
                              QStringLiteral("trigger_point_therapy"),
                              QStringLiteral("myofascial_release"),
                              QStringLiteral("stretching"),
                              QStringLiteral("swedish"),
                              QStringLiteral("craniosacral"),
                              QStringLiteral("lymphatic_drainage") };
    QStringList actual;
    for (const Technique &technique : NoteCatalog::seededTechniques())
        actual << technique.key;
    CHECK(actual == seeded);
}

TEST_CASE("carry-forward keeps only the plan and the marks, and the intake's contraindications "
          "become today's checks",
          "[notes]")
{
    const NoteContent previous = test::NotePractice::sampleContent();
    const NoteContent carried = NoteContents::carriedForward(previous);
    CHECK(carried.plan == previous.plan);
    CHECK(carried.marks == previous.marks);
    NoteContent expected;
    expected.plan = previous.plan;
    expected.marks = previous.marks;
    CHECK(carried == expected);

    Intake intake;
    intake.contraindications = { ContraindicationEntry{ QStringLiteral("varicose-veins"),
                                                        QStringLiteral("Left calf") },
                                 ContraindicationEntry{ QStringLiteral("my-own"), QString() } };
    const auto checks = NoteContents::checksFromIntake(intake);
    REQUIRE(checks.size() == 2);
    CHECK(checks.at(0).key == QStringLiteral("varicose-veins"));
    CHECK(checks.at(0).stillApplies == Answer::Unknown);
    CHECK(checks.at(1).key == QStringLiteral("my-own"));
    CHECK(NoteContents::checksFromIntake(Intake{}).isEmpty());
}
