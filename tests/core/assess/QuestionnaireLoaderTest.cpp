// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireLoader.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stillpoint::core;

namespace {

QJsonObject option(const char *label, int score)
{
    return QJsonObject{ { QStringLiteral("label"), QString::fromUtf8(label) },
                        { QStringLiteral("score"), score } };
}

QJsonObject band(int minimum, int maximum, const char *label)
{
    return QJsonObject{ { QStringLiteral("min"), minimum },
                        { QStringLiteral("max"), maximum },
                        { QStringLiteral("label"), QString::fromUtf8(label) } };
}

// A small valid definition: two choice items scored 0 or 1 each, so totals run 0 to 2.
QJsonObject validDefinition()
{
    const QJsonArray options{ option("No", 0), option("Yes", 1) };
    const QJsonArray items{
        QJsonObject{ { QStringLiteral("id"), QStringLiteral("q1") },
                     { QStringLiteral("label"), QStringLiteral("Neck stiffness") },
                     { QStringLiteral("kind"), QStringLiteral("choice") },
                     { QStringLiteral("options"), options } },
        QJsonObject{ { QStringLiteral("id"), QStringLiteral("q2") },
                     { QStringLiteral("label"), QStringLiteral("Shoulder pain") },
                     { QStringLiteral("kind"), QStringLiteral("choice") },
                     { QStringLiteral("options"), options } },
    };
    return QJsonObject{
        { QStringLiteral("id"), QStringLiteral("neck") },
        { QStringLiteral("title"), QStringLiteral("Neck check") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("licence"), QStringLiteral("Written for the tests.") },
        { QStringLiteral("items"), items },
        { QStringLiteral("scoring"),
          QJsonObject{ { QStringLiteral("rule"), QStringLiteral("sum") },
                       { QStringLiteral("items"),
                         QJsonArray{ QStringLiteral("q1"), QStringLiteral("q2") } } } },
        { QStringLiteral("bands"), QJsonArray{ band(0, 1, "Low"), band(2, 2, "High") } },
    };
}

Result<QuestionnaireDefinition> load(const QJsonObject &object)
{
    return QuestionnaireLoader::fromJson(QJsonDocument(object).toJson());
}

// Replaces the options of the first item.
QJsonObject withFirstItemOptions(const QJsonArray &options)
{
    QJsonObject definition = validDefinition();
    QJsonArray items = definition.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("options"), options);
    items.replace(0, first);
    definition.insert(QStringLiteral("items"), items);
    return definition;
}

QJsonObject withBands(const QJsonArray &bands)
{
    QJsonObject definition = validDefinition();
    definition.insert(QStringLiteral("bands"), bands);
    return definition;
}

} // namespace

TEST_CASE("a valid definition file loads with its items bands and scored items", "[assess][loader]")
{
    const auto definition = load(validDefinition());
    REQUIRE(definition.ok());
    CHECK(definition->id == QStringLiteral("neck"));
    CHECK(definition->items.size() == 2);
    CHECK(definition->items.at(0).kind == AnswerKind::Choice);
    CHECK(definition->items.at(0).scored);
    CHECK(definition->lowestTotal() == 0);
    CHECK(definition->highestTotal() == 2);
    CHECK(definition->bands.size() == 2);
}

TEST_CASE("malformed JSON is refused with a message saying so", "[assess][loader]")
{
    const auto definition =
            QuestionnaireLoader::fromJson(QByteArrayLiteral("{ \"id\": \"midas\", "));
    REQUIRE_FALSE(definition.ok());
    CHECK(definition.error().code == ErrorCode::InvalidInput);
    CHECK(definition.error().message.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("an empty file and a JSON list are refused", "[assess][loader]")
{
    CHECK_FALSE(QuestionnaireLoader::fromJson(QByteArray()).ok());
    CHECK_FALSE(QuestionnaireLoader::fromJson(QByteArrayLiteral("[1, 2]")).ok());
}

TEST_CASE("a definition without items is refused naming the missing field", "[assess][loader]")
{
    QJsonObject definition = validDefinition();
    definition.remove(QStringLiteral("items"));
    const auto result = load(definition);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("items"));
    CHECK(result.error().message.contains(QStringLiteral("has no \"items\"")));

    definition.insert(QStringLiteral("items"), QJsonArray());
    const auto empty = load(definition);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("empty list")));
}

TEST_CASE("a definition without a title or bands or scoring is refused", "[assess][loader]")
{
    for (const QString &key : { QStringLiteral("title"), QStringLiteral("bands"),
                                QStringLiteral("scoring"), QStringLiteral("licence") }) {
        QJsonObject definition = validDefinition();
        definition.remove(key);
        const auto result = load(definition);
        INFO(key.toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(key));
    }
}

TEST_CASE("a gap between bands is refused naming the uncovered totals", "[assess][loader]")
{
    const auto result = load(withBands(QJsonArray{ band(0, 0, "Low"), band(2, 2, "High") }));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("bands"));
    CHECK(result.error().message.contains(QStringLiteral("gap")));
    CHECK(result.error().message.contains(QStringLiteral("totals 1 to 1")));
}

TEST_CASE("overlapping bands are refused naming both bands", "[assess][loader]")
{
    const auto result = load(withBands(QJsonArray{ band(0, 1, "Low"), band(1, 2, "High") }));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("overlap")));
    CHECK(result.error().message.contains(QStringLiteral("\"Low\"")));
    CHECK(result.error().message.contains(QStringLiteral("\"High\"")));
}

TEST_CASE("bands that miss the lowest or highest possible total are refused", "[assess][loader]")
{
    CHECK_FALSE(load(withBands(QJsonArray{ band(1, 2, "Only") })).ok());
    CHECK_FALSE(load(withBands(QJsonArray{ band(0, 1, "Only") })).ok());
    CHECK_FALSE(load(withBands(QJsonArray{ band(0, 3, "Only") })).ok());
    CHECK_FALSE(load(withBands(QJsonArray{ band(2, 0, "Backwards") })).ok());
}

TEST_CASE("bands listed out of order are accepted and sorted by score", "[assess][loader]")
{
    const auto result = load(withBands(QJsonArray{ band(2, 2, "High"), band(0, 1, "Low") }));
    REQUIRE(result.ok());
    CHECK(result->bands.at(0).label == QStringLiteral("Low"));
}

TEST_CASE("an option without a score is refused naming the option and item", "[assess][loader]")
{
    const auto result = load(withFirstItemOptions(QJsonArray{
            option("No", 0), QJsonObject{ { QStringLiteral("label"), QStringLiteral("Yes") } } }));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("score"));
    CHECK(result.error().message.contains(QStringLiteral("option 2 of item \"q1\"")));
}

TEST_CASE("a fractional or text score is refused", "[assess][loader]")
{
    QJsonObject half = option("Yes", 0);
    half.insert(QStringLiteral("score"), 0.5);
    CHECK_FALSE(load(withFirstItemOptions(QJsonArray{ option("No", 0), half })).ok());
    QJsonObject text = option("Yes", 0);
    text.insert(QStringLiteral("score"), QStringLiteral("1"));
    CHECK_FALSE(load(withFirstItemOptions(QJsonArray{ option("No", 0), text })).ok());
}

TEST_CASE("an unknown answer kind is refused listing the known kinds", "[assess][loader]")
{
    QJsonObject definition = validDefinition();
    QJsonArray items = definition.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("kind"), QStringLiteral("slider"));
    items.replace(0, first);
    definition.insert(QStringLiteral("items"), items);
    const auto result = load(definition);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("unknown kind \"slider\"")));
}

TEST_CASE("an item with an empty label or a duplicate id is refused", "[assess][loader]")
{
    QJsonObject definition = validDefinition();
    QJsonArray items = definition.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("label"), QStringLiteral("  "));
    items.replace(0, first);
    definition.insert(QStringLiteral("items"), items);
    CHECK_FALSE(load(definition).ok());

    definition = validDefinition();
    items = definition.value(QStringLiteral("items")).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("id"), QStringLiteral("q1"));
    items.replace(1, second);
    definition.insert(QStringLiteral("items"), items);
    const auto duplicate = load(definition);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("unique")));
}

TEST_CASE("scoring an unknown item or with an unknown rule is refused", "[assess][loader]")
{
    QJsonObject definition = validDefinition();
    definition.insert(QStringLiteral("scoring"),
                      QJsonObject{ { QStringLiteral("rule"), QStringLiteral("sum") },
                                   { QStringLiteral("items"),
                                     QJsonArray{ QStringLiteral("q1"), QStringLiteral("q9") } } });
    const auto unknownItem = load(definition);
    REQUIRE_FALSE(unknownItem.ok());
    CHECK(unknownItem.error().message.contains(QStringLiteral("\"q9\"")));

    definition.insert(
            QStringLiteral("scoring"),
            QJsonObject{ { QStringLiteral("rule"), QStringLiteral("average") },
                         { QStringLiteral("items"), QJsonArray{ QStringLiteral("q1") } } });
    const auto unknownRule = load(definition);
    REQUIRE_FALSE(unknownRule.ok());
    CHECK(unknownRule.error().message.contains(QStringLiteral("\"average\"")));
}

TEST_CASE("a days item with min above max or negative days is refused", "[assess][loader]")
{
    QJsonObject definition = validDefinition();
    QJsonArray items = definition.value(QStringLiteral("items")).toArray();
    items.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("d") },
                              { QStringLiteral("label"), QStringLiteral("Days") },
                              { QStringLiteral("kind"), QStringLiteral("days") },
                              { QStringLiteral("min"), 10 },
                              { QStringLiteral("max"), 5 } });
    definition.insert(QStringLiteral("items"), items);
    CHECK_FALSE(load(definition).ok());

    QJsonObject negative = items.last().toObject();
    negative.insert(QStringLiteral("min"), -1);
    items.replace(items.size() - 1, negative);
    definition.insert(QStringLiteral("items"), items);
    CHECK_FALSE(load(definition).ok());
}

TEST_CASE("built-in MIDAS and HIT-6 load and every item has a label", "[assess][loader]")
{
    for (const QString &id : QuestionnaireLoader::builtInIds()) {
        INFO(id.toStdString());
        const auto definition = QuestionnaireLoader::builtIn(id);
        REQUIRE(definition.ok());
        CHECK(definition->id == id);
        CHECK_FALSE(definition->title.isEmpty());
        CHECK_FALSE(definition->licence.isEmpty());
        for (const QuestionnaireItem &item : definition->items) {
            CHECK_FALSE(item.label.trimmed().isEmpty());
            for (const QuestionnaireOption &o : item.options)
                CHECK_FALSE(o.label.trimmed().isEmpty());
        }
    }
}

TEST_CASE("built-in MIDAS has five scored day items and two unscored ones", "[assess][loader]")
{
    const auto midas = QuestionnaireLoader::builtIn(QStringLiteral("midas"));
    REQUIRE(midas.ok());
    REQUIRE(midas->items.size() == 7);
    int scored = 0;
    for (const QuestionnaireItem &item : midas->items) {
        if (item.scored) {
            ++scored;
            CHECK(item.kind == AnswerKind::Days);
            CHECK(item.maximum == 90);
        }
    }
    CHECK(scored == 5);
    CHECK_FALSE(midas->item(QStringLiteral("A"))->scored);
    CHECK_FALSE(midas->item(QStringLiteral("B"))->scored);
    CHECK(midas->item(QStringLiteral("B"))->maximum == 10);
    CHECK(midas->highestTotal() == 450);
}

TEST_CASE("built-in HIT-6 has six items scored 6 8 10 11 13", "[assess][loader]")
{
    const auto hit6 = QuestionnaireLoader::builtIn(QStringLiteral("hit6"));
    REQUIRE(hit6.ok());
    REQUIRE(hit6->items.size() == 6);
    for (const QuestionnaireItem &item : hit6->items) {
        CHECK(item.scored);
        REQUIRE(item.options.size() == 5);
        CHECK(item.options.at(0).score == 6);
        CHECK(item.options.at(1).score == 8);
        CHECK(item.options.at(2).score == 10);
        CHECK(item.options.at(3).score == 11);
        CHECK(item.options.at(4).score == 13);
    }
    CHECK(hit6->lowestTotal() == 36);
    CHECK(hit6->highestTotal() == 78);
}

TEST_CASE("an unknown built-in questionnaire is not found", "[assess][loader]")
{
    const auto result = QuestionnaireLoader::builtIn(QStringLiteral("ndi"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
}
