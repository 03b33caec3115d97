// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteValidator.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace stillpoint::core;

namespace {

QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields << error.field;
    return fields;
}

QStringList problemFields(const NoteContent &content)
{
    return fieldsOf(NoteValidator::problems(content));
}

// A note that may be signed.
SessionNote signable()
{
    SessionNote note;
    note.sessionDate = QDate(2026, 3, 3);
    note.content.subjective.clientReport = QStringLiteral("Better week");
    return note;
}

} // namespace

TEST_CASE("pain before and after must be 0 to 10", "[notes][validator]")
{
    const auto check = [](std::optional<int> value, bool ok) {
        NoteContent content;
        content.subjective.painBefore = value;
        content.assessment.painAfter = value;
        const QStringList fields = problemFields(content);
        INFO(value.value_or(-999));
        CHECK(fields.contains(QStringLiteral("subjective.painBefore")) == !ok);
        CHECK(fields.contains(QStringLiteral("assessment.painAfter")) == !ok);
    };
    check(-1, false);
    check(0, true);
    check(10, true);
    check(11, false);
    check(std::nullopt, true);

    NoteContent content;
    content.subjective.headacheDaysSinceLastVisit = 367;
    CHECK(problemFields(content)
          == QStringList{ QStringLiteral("subjective.headacheDaysSinceLastVisit") });
    content.subjective.headacheDaysSinceLastVisit = 366;
    CHECK(problemFields(content).isEmpty());
}

TEST_CASE("range of motion is 0 to 120 degrees, once per direction", "[notes][validator]")
{
    NoteContent content;
    content.objective.rangeOfMotion = { { CervicalMotion::Flexion, -1 },
                                        { CervicalMotion::Extension, 0 },
                                        { CervicalMotion::RotationLeft, 120 },
                                        { CervicalMotion::RotationRight, 121 },
                                        { CervicalMotion::Extension, 50 } };
    CHECK(problemFields(content)
          == QStringList{ QStringLiteral("objective.rangeOfMotion.0.degrees"),
                          QStringLiteral("objective.rangeOfMotion.3.degrees"),
                          QStringLiteral("objective.rangeOfMotion.4.motion") });
}

TEST_CASE("a technique needs a name and 1 to 240 minutes", "[notes][validator]")
{
    NoteContent content;
    content.objective.techniques = {
        { QStringLiteral("deep_tissue"), QStringLiteral("neck"), 0, Pressure::Firm },
        { QStringLiteral("swedish"), QString(), 1, Pressure::Light },
        { QStringLiteral("stretching"), QString(), 240, Pressure::Moderate },
        { QStringLiteral("craniosacral"), QString(), 241, Pressure::Light },
        { QStringLiteral("  "), QString(), 10, Pressure::Light },
    };
    CHECK(problemFields(content)
          == QStringList{ QStringLiteral("objective.techniques.0.minutes"),
                          QStringLiteral("objective.techniques.3.minutes"),
                          QStringLiteral("objective.techniques.4.technique") });
}

TEST_CASE("marks lie on the drawing with intensity 0 to 10, a direction only for referred pain "
          "and a pressure-pain threshold of 0.1 to 20",
          "[notes][validator]")
{
    const auto problemsOf = [](const BodyMark &mark) {
        NoteContent content;
        content.marks = { mark };
        return problemFields(content);
    };
    BodyMark mark;
    CHECK(problemsOf(mark).isEmpty());

    for (double edge : { 0.0, 1.0 }) {
        BodyMark m = mark;
        m.x = edge;
        m.y = edge;
        CHECK(problemsOf(m).isEmpty());
    }
    for (double outside : { -0.0001, 1.0001, std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity() }) {
        BodyMark m = mark;
        m.x = outside;
        CHECK(problemsOf(m) == QStringList{ QStringLiteral("marks.0.x") });
        m = mark;
        m.y = outside;
        CHECK(problemsOf(m) == QStringList{ QStringLiteral("marks.0.y") });
    }
    for (const auto &[intensity, ok] : { std::pair{ -1, false }, std::pair{ 0, true },
                                         std::pair{ 10, true }, std::pair{ 11, false } }) {
        BodyMark m = mark;
        m.intensity = intensity;
        CHECK(problemsOf(m).isEmpty() == ok);
    }

    BodyMark referred = mark;
    referred.type = MarkType::ReferredPain;
    CHECK(problemsOf(referred).isEmpty()); // the direction may be left out
    for (const auto &[degrees, ok] : { std::pair{ -1, false }, std::pair{ 0, true },
                                       std::pair{ 359, true }, std::pair{ 360, false } }) {
        referred.directionDegrees = degrees;
        CHECK(problemsOf(referred).isEmpty() == ok);
    }
    BodyMark pointing = mark;
    pointing.directionDegrees = 90;
    CHECK(problemsOf(pointing) == QStringList{ QStringLiteral("marks.0.direction") });

    for (const auto &[ppt, ok] : { std::pair{ 0.09, false }, std::pair{ 0.1, true },
                                   std::pair{ 20.0, true }, std::pair{ 20.01, false } }) {
        BodyMark m = mark;
        m.pressurePainThreshold = ppt;
        INFO(ppt);
        CHECK(problemsOf(m).isEmpty() == ok);
    }
    BodyMark unknownMuscle = mark;
    unknownMuscle.muscle = QStringLiteral("gluteus_maximus_typo");
    CHECK(problemsOf(unknownMuscle) == QStringList{ QStringLiteral("marks.0.muscle") });

    NoteContent two;
    BodyMark bad = mark;
    bad.intensity = 12;
    two.marks = { mark, bad };
    CHECK(problemFields(two) == QStringList{ QStringLiteral("marks.1.intensity") });
}

TEST_CASE("signing needs a session date and something written in S, O, A or P",
          "[notes][validator]")
{
    CHECK(NoteValidator::problemsForSigning(signable()).isEmpty());

    SessionNote undated = signable();
    undated.sessionDate = QDate();
    CHECK(fieldsOf(NoteValidator::problemsForSigning(undated))
          == QStringList{ QStringLiteral("sessionDate") });

    SessionNote empty = signable();
    empty.content.subjective.clientReport = QStringLiteral("   ");
    // Marks alone are not a note.
    empty.content.marks = { BodyMark{} };
    CHECK(fieldsOf(NoteValidator::problemsForSigning(empty))
          == QStringList{ QStringLiteral("soap") });

    const auto writtenIn = [](const std::function<void(NoteContent &)> &write) {
        SessionNote note = signable();
        note.content.subjective.clientReport.clear();
        write(note.content);
        return NoteValidator::problemsForSigning(note).isEmpty();
    };
    CHECK(writtenIn([](NoteContent &c) { c.objective.palpation = QStringLiteral("Tight"); }));
    CHECK(writtenIn([](NoteContent &c) { c.assessment.response = QStringLiteral("Good"); }));
    CHECK(writtenIn([](NoteContent &c) { c.plan.homeCare = QStringLiteral("Stretch"); }));
    CHECK(writtenIn([](NoteContent &c) { c.subjective.painBefore = 0; }));
    CHECK(writtenIn([](NoteContent &c) {
        c.objective.techniques = { { QStringLiteral("swedish"), QString(), 30, Pressure::Light } };
    }));

    SessionNote early = signable();
    early.content.plan.nextVisit = QDate(2026, 3, 2);
    CHECK(fieldsOf(NoteValidator::problemsForSigning(early))
          == QStringList{ QStringLiteral("plan.nextVisit") });
    early.content.plan.nextVisit = QDate(2026, 3, 3);
    CHECK(NoteValidator::problemsForSigning(early).isEmpty());

    SessionNote several = signable();
    several.content.subjective.painBefore = 11;
    several.content.assessment.painAfter = -1;
    const QList<Error> problems = NoteValidator::problemsForSigning(several);
    REQUIRE(problems.size() == 2);
    for (const Error &error : problems) {
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(problems.constFirst().message.contains(QStringLiteral("11")));
}
