// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireScorer.h"
#include "core/assess/QuestionnaireLoader.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <array>

using namespace stillpoint::core;

namespace {

QuestionnaireDefinition builtIn(const char *id)
{
    auto definition = QuestionnaireLoader::builtIn(QString::fromLatin1(id));
    REQUIRE(definition.ok());
    return std::move(definition).value();
}

QuestionnaireAnswers midasAnswers(int missedWork, int workHalved, int missedHousework,
                                  int houseworkHalved, int missedSocial)
{
    return { { QStringLiteral("1"), missedWork },
             { QStringLiteral("2"), workHalved },
             { QStringLiteral("3"), missedHousework },
             { QStringLiteral("4"), houseworkHalved },
             { QStringLiteral("5"), missedSocial } };
}

// Answers to HIT-6 items 1 to 6 as option indexes: 0 Never, 1 Rarely, 2 Sometimes, 3 Very often,
// 4 Always.
QuestionnaireAnswers hit6Answers(const std::array<int, 6> &choices)
{
    QuestionnaireAnswers answers;
    for (std::size_t i = 0; i < choices.size(); ++i)
        answers.insert(QString::number(i + 1), choices.at(i));
    return answers;
}

QuestionnaireScore scored(const QuestionnaireDefinition &definition,
                          const QuestionnaireAnswers &answers)
{
    const auto score = QuestionnaireScorer::score(definition, answers);
    if (!score.ok())
        FAIL(score.error().message.toStdString());
    return score.value();
}

} // namespace

TEST_CASE("MIDAS 0 days is grade I little or no disability", "[assess][scorer][midas]")
{
    const auto score = scored(builtIn("midas"), midasAnswers(0, 0, 0, 0, 0));
    CHECK(score.total == 0);
    CHECK(score.grade == QStringLiteral("I"));
    CHECK(score.gradeLabel == QStringLiteral("Little or no disability"));
    CHECK(score.bandIndex == 0);
    CHECK(score.minimumPossible == 0);
    CHECK(score.maximumPossible == 450);
}

TEST_CASE("MIDAS 5 is grade I and 6 is grade II", "[assess][scorer][midas]")
{
    const auto midas = builtIn("midas");
    const auto five = scored(midas, midasAnswers(1, 1, 1, 1, 1));
    CHECK(five.total == 5);
    CHECK(five.grade == QStringLiteral("I"));
    const auto six = scored(midas, midasAnswers(2, 1, 1, 1, 1));
    CHECK(six.total == 6);
    CHECK(six.grade == QStringLiteral("II"));
    CHECK(six.gradeLabel == QStringLiteral("Mild disability"));
    CHECK(six.bandIndex == 1);
}

TEST_CASE("MIDAS 10 is grade II and 11 is grade III", "[assess][scorer][midas]")
{
    const auto midas = builtIn("midas");
    const auto ten = scored(midas, midasAnswers(0, 0, 0, 0, 10));
    CHECK(ten.total == 10);
    CHECK(ten.grade == QStringLiteral("II"));
    const auto eleven = scored(midas, midasAnswers(0, 0, 0, 0, 11));
    CHECK(eleven.total == 11);
    CHECK(eleven.grade == QStringLiteral("III"));
    CHECK(eleven.gradeLabel == QStringLiteral("Moderate disability"));
}

TEST_CASE("MIDAS 20 is grade III and 21 is grade IV", "[assess][scorer][midas]")
{
    const auto midas = builtIn("midas");
    const auto twenty = scored(midas, midasAnswers(4, 4, 4, 4, 4));
    CHECK(twenty.total == 20);
    CHECK(twenty.grade == QStringLiteral("III"));
    const auto twentyOne = scored(midas, midasAnswers(5, 4, 4, 4, 4));
    CHECK(twentyOne.total == 21);
    CHECK(twentyOne.grade == QStringLiteral("IV"));
    CHECK(twentyOne.gradeLabel == QStringLiteral("Severe disability"));
    CHECK(twentyOne.bandIndex == 3);
}

TEST_CASE("MIDAS 90 days on every item gives the maximum 450 at grade IV",
          "[assess][scorer][midas]")
{
    const auto score = scored(builtIn("midas"), midasAnswers(90, 90, 90, 90, 90));
    CHECK(score.total == 450);
    CHECK(score.total == score.maximumPossible);
    CHECK(score.grade == QStringLiteral("IV"));
}

TEST_CASE("MIDAS headache days and pain items A and B do not change the score",
          "[assess][scorer][midas]")
{
    const auto midas = builtIn("midas");
    QuestionnaireAnswers answers = midasAnswers(1, 1, 1, 1, 1);
    const auto without = scored(midas, answers);
    answers.insert(QStringLiteral("A"), 90);
    answers.insert(QStringLiteral("B"), 10);
    const auto with = scored(midas, answers);
    CHECK(without.total == 5);
    CHECK(with == without);
}

TEST_CASE("MIDAS 91 days is refused naming the item and the allowed range",
          "[assess][scorer][midas]")
{
    const auto score = QuestionnaireScorer::score(builtIn("midas"), midasAnswers(91, 0, 0, 0, 0));
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().code == ErrorCode::InvalidInput);
    CHECK(score.error().field == QStringLiteral("1"));
    CHECK(score.error().message.contains(QStringLiteral("Days of work or school missed")));
    CHECK(score.error().message.contains(QStringLiteral("0 to 90 days")));
}

TEST_CASE("MIDAS negative days are refused", "[assess][scorer][midas]")
{
    const auto score = QuestionnaireScorer::score(builtIn("midas"), midasAnswers(0, 0, -1, 0, 0));
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("3"));
    CHECK(score.error().message.contains(QStringLiteral("-1")));
}

TEST_CASE("MIDAS pain above 10 is refused even though it is unscored", "[assess][scorer][midas]")
{
    QuestionnaireAnswers answers = midasAnswers(0, 0, 0, 0, 0);
    answers.insert(QStringLiteral("B"), 11);
    const auto score = QuestionnaireScorer::score(builtIn("midas"), answers);
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("B"));
    CHECK(score.error().message.contains(QStringLiteral("0 to 10")));
}

TEST_CASE("an unanswered scored item is refused naming it", "[assess][scorer]")
{
    QuestionnaireAnswers answers = midasAnswers(0, 0, 0, 0, 0);
    answers.remove(QStringLiteral("4"));
    const auto score = QuestionnaireScorer::score(builtIn("midas"), answers);
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("4"));
    CHECK(score.error().message.contains(QStringLiteral("not answered")));
    CHECK(score.error().message.contains(QStringLiteral("Days household productivity")));
}

TEST_CASE("an answer to an unknown item is refused", "[assess][scorer]")
{
    QuestionnaireAnswers answers = midasAnswers(0, 0, 0, 0, 0);
    answers.insert(QStringLiteral("6"), 1);
    const auto score = QuestionnaireScorer::score(builtIn("midas"), answers);
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("6"));
}

TEST_CASE("HIT-6 all Never is the minimum 36 with little or no impact", "[assess][scorer][hit6]")
{
    const auto score = scored(builtIn("hit6"), hit6Answers({ 0, 0, 0, 0, 0, 0 }));
    CHECK(score.total == 36);
    CHECK(score.total == score.minimumPossible);
    CHECK(score.gradeLabel == QStringLiteral("Little or no impact"));
    CHECK(score.grade.isEmpty());
    CHECK(score.maximumPossible == 78);
}

TEST_CASE("HIT-6 49 is little or no impact and 50 is some impact", "[assess][scorer][hit6]")
{
    const auto hit6 = builtIn("hit6");
    const auto fortyNine = scored(hit6, hit6Answers({ 4, 2, 1, 0, 0, 0 }));
    CHECK(fortyNine.total == 49);
    CHECK(fortyNine.gradeLabel == QStringLiteral("Little or no impact"));
    const auto fifty = scored(hit6, hit6Answers({ 4, 4, 0, 0, 0, 0 }));
    CHECK(fifty.total == 50);
    CHECK(fifty.gradeLabel == QStringLiteral("Some impact"));
}

TEST_CASE("HIT-6 55 is some impact and 56 is substantial impact", "[assess][scorer][hit6]")
{
    const auto hit6 = builtIn("hit6");
    const auto fiftyFive = scored(hit6, hit6Answers({ 4, 4, 3, 0, 0, 0 }));
    CHECK(fiftyFive.total == 55);
    CHECK(fiftyFive.gradeLabel == QStringLiteral("Some impact"));
    const auto fiftySix = scored(hit6, hit6Answers({ 4, 4, 2, 1, 0, 0 }));
    CHECK(fiftySix.total == 56);
    CHECK(fiftySix.gradeLabel == QStringLiteral("Substantial impact"));
}

TEST_CASE("HIT-6 59 is substantial impact and 60 is severe impact", "[assess][scorer][hit6]")
{
    const auto hit6 = builtIn("hit6");
    const auto fiftyNine = scored(hit6, hit6Answers({ 4, 4, 4, 1, 0, 0 }));
    CHECK(fiftyNine.total == 59);
    CHECK(fiftyNine.gradeLabel == QStringLiteral("Substantial impact"));
    const auto sixty = scored(hit6, hit6Answers({ 4, 4, 3, 3, 0, 0 }));
    CHECK(sixty.total == 60);
    CHECK(sixty.gradeLabel == QStringLiteral("Severe impact"));
    CHECK(sixty.bandIndex == 3);
}

TEST_CASE("HIT-6 all Always is the maximum 78 with severe impact", "[assess][scorer][hit6]")
{
    const auto score = scored(builtIn("hit6"), hit6Answers({ 4, 4, 4, 4, 4, 4 }));
    CHECK(score.total == 78);
    CHECK(score.total == score.maximumPossible);
    CHECK(score.gradeLabel == QStringLiteral("Severe impact"));
}

TEST_CASE("HIT-6 option index 5 is refused naming the item and the options",
          "[assess][scorer][hit6]")
{
    const auto score =
            QuestionnaireScorer::score(builtIn("hit6"), hit6Answers({ 0, 5, 0, 0, 0, 0 }));
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("2"));
    CHECK(score.error().message.contains(QStringLiteral("Headaches limit daily activities")));
    CHECK(score.error().message.contains(QStringLiteral("0 (Never) to 4 (Always)")));
}

TEST_CASE("HIT-6 negative option index is refused", "[assess][scorer][hit6]")
{
    const auto score =
            QuestionnaireScorer::score(builtIn("hit6"), hit6Answers({ 0, 0, 0, 0, 0, -1 }));
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == QStringLiteral("6"));
}
