// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireLoader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stillpoint::core {

namespace {

const QString ResourceFolder = QStringLiteral(":/stillpoint/questionnaires/");

Error invalid(const QString &message, const QString &field = {})
{
    return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("This questionnaire definition cannot be used: %1").arg(message), field);
}

Result<QString> readText(const QJsonObject &object, const QString &key, const QString &where,
                         bool required = true)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalid(QStringLiteral("%1 has no \"%2\".").arg(where, key), key);
        return QString();
    }
    if (!value.isString())
        return invalid(QStringLiteral("\"%2\" of %1 must be text in quotes.").arg(where, key), key);
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        return invalid(QStringLiteral("\"%2\" of %1 is empty.").arg(where, key), key);
    return text;
}

Result<int> readInt(const QJsonObject &object, const QString &key, const QString &where,
                    std::optional<int> fallback = std::nullopt)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (fallback)
            return *fallback;
        return invalid(QStringLiteral("%1 has no \"%2\".").arg(where, key), key);
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number
        || std::abs(number) > QuestionnaireLoader::MaxMagnitude)
        return invalid(QStringLiteral("\"%2\" of %1 must be a whole number between -%3 and %3.")
                               .arg(where, key)
                               .arg(QuestionnaireLoader::MaxMagnitude),
                       key);
    return static_cast<int>(number);
}

Result<QJsonArray> readArray(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return invalid(QStringLiteral("%1 has no \"%2\".").arg(where, key), key);
    if (!value.isArray())
        return invalid(QStringLiteral("\"%2\" of %1 must be a list in [ ].").arg(where, key), key);
    if (value.toArray().isEmpty())
        return invalid(QStringLiteral("\"%2\" of %1 is an empty list.").arg(where, key), key);
    return value.toArray();
}

Result<QuestionnaireOption> readOption(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return invalid(QStringLiteral("%1 must be an object in { }.").arg(where),
                       QStringLiteral("options"));
    const QJsonObject object = value.toObject();
    auto label = readText(object, QStringLiteral("label"), where);
    if (!label)
        return label.error();
    auto score = readInt(object, QStringLiteral("score"), where);
    if (!score)
        return score.error();
    return QuestionnaireOption{ label.value(), score.value() };
}

Result<QuestionnaireItem> readItem(const QJsonValue &value, qsizetype index)
{
    QString where = QStringLiteral("item %1").arg(index + 1);
    if (!value.isObject())
        return invalid(QStringLiteral("%1 must be an object in { }.").arg(where),
                       QStringLiteral("items"));
    const QJsonObject object = value.toObject();
    QuestionnaireItem item;

    auto id = readText(object, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    item.id = id.value();
    where = QStringLiteral("item \"%1\"").arg(item.id);

    auto label = readText(object, QStringLiteral("label"), where);
    if (!label)
        return label.error();
    item.label = label.value();

    auto kind = readText(object, QStringLiteral("kind"), where);
    if (!kind)
        return kind.error();
    if (kind.value() == QLatin1String("days"))
        item.kind = AnswerKind::Days;
    else if (kind.value() == QLatin1String("scale"))
        item.kind = AnswerKind::Scale;
    else if (kind.value() == QLatin1String("choice"))
        item.kind = AnswerKind::Choice;
    else
        return invalid(QStringLiteral("%1 has the unknown kind \"%2\"; use \"days\", \"scale\" or "
                                      "\"choice\".")
                               .arg(where, kind.value()),
                       QStringLiteral("kind"));

    if (item.kind == AnswerKind::Choice) {
        auto options = readArray(object, QStringLiteral("options"), where);
        if (!options)
            return options.error();
        if (options->size() > QuestionnaireLoader::MaxOptions)
            return invalid(QStringLiteral("%1 has %2 options; at most %3 are allowed.")
                                   .arg(where)
                                   .arg(options->size())
                                   .arg(QuestionnaireLoader::MaxOptions),
                           QStringLiteral("options"));
        for (qsizetype i = 0; i < options->size(); ++i) {
            auto option = readOption(options->at(i),
                                     QStringLiteral("option %1 of %2").arg(i + 1).arg(where));
            if (!option)
                return option.error();
            item.options << option.value();
        }
        return item;
    }

    auto minimum = readInt(object, QStringLiteral("min"), where, 0);
    if (!minimum)
        return minimum.error();
    auto maximum = readInt(object, QStringLiteral("max"), where);
    if (!maximum)
        return maximum.error();
    item.minimum = minimum.value();
    item.maximum = maximum.value();
    if (item.minimum > item.maximum)
        return invalid(QStringLiteral("%1 has \"min\" %2 above \"max\" %3.")
                               .arg(where)
                               .arg(item.minimum)
                               .arg(item.maximum),
                       QStringLiteral("max"));
    if (item.kind == AnswerKind::Days && item.minimum < 0)
        return invalid(QStringLiteral("%1 counts days but its \"min\" is %2; days cannot be "
                                      "negative.")
                               .arg(where)
                               .arg(item.minimum),
                       QStringLiteral("min"));
    return item;
}

Result<GradeBand> readBand(const QJsonValue &value, qsizetype index)
{
    const QString where = QStringLiteral("band %1").arg(index + 1);
    if (!value.isObject())
        return invalid(QStringLiteral("%1 must be an object in { }.").arg(where),
                       QStringLiteral("bands"));
    const QJsonObject object = value.toObject();
    GradeBand band;
    auto minimum = readInt(object, QStringLiteral("min"), where);
    if (!minimum)
        return minimum.error();
    auto maximum = readInt(object, QStringLiteral("max"), where);
    if (!maximum)
        return maximum.error();
    auto grade = readText(object, QStringLiteral("grade"), where, false);
    if (!grade)
        return grade.error();
    auto label = readText(object, QStringLiteral("label"), where);
    if (!label)
        return label.error();
    band = GradeBand{ minimum.value(), maximum.value(), grade.value(), label.value() };
    if (band.minimum > band.maximum)
        return invalid(QStringLiteral("%1 (\"%2\") has \"min\" %3 above \"max\" %4.")
                               .arg(where, band.label)
                               .arg(band.minimum)
                               .arg(band.maximum),
                       QStringLiteral("bands"));
    return band;
}

QString describe(const GradeBand &band)
{
    return QStringLiteral("\"%1\" (%2 to %3)").arg(band.label).arg(band.minimum).arg(band.maximum);
}

// Bands, sorted by score, must cover every possible total exactly once.
Status checkBands(const QuestionnaireDefinition &definition)
{
    const QString field = QStringLiteral("bands");
    const int lowest = definition.lowestTotal();
    const int highest = definition.highestTotal();
    const auto &bands = definition.bands;
    if (bands.constFirst().minimum > lowest)
        return invalid(QStringLiteral("no band covers totals %1 to %2; the lowest band %3 must "
                                      "start at the lowest possible total, %1.")
                               .arg(lowest)
                               .arg(bands.constFirst().minimum - 1)
                               .arg(describe(bands.constFirst())),
                       field);
    if (bands.constFirst().minimum < lowest)
        return invalid(QStringLiteral("band %1 starts below the lowest possible total, %2.")
                               .arg(describe(bands.constFirst()))
                               .arg(lowest),
                       field);
    for (qsizetype i = 1; i < bands.size(); ++i) {
        const GradeBand &previous = bands.at(i - 1);
        const GradeBand &band = bands.at(i);
        if (band.minimum <= previous.maximum)
            return invalid(QStringLiteral("bands %1 and %2 overlap: a total of %3 would be in "
                                          "both.")
                                   .arg(describe(previous), describe(band))
                                   .arg(band.minimum),
                           field);
        if (band.minimum > previous.maximum + 1)
            return invalid(QStringLiteral("there is a gap between bands %1 and %2: no band "
                                          "covers totals %3 to %4.")
                                   .arg(describe(previous), describe(band))
                                   .arg(previous.maximum + 1)
                                   .arg(band.minimum - 1),
                           field);
    }
    if (bands.constLast().maximum < highest)
        return invalid(QStringLiteral("no band covers totals %1 to %2; the highest band %3 must "
                                      "end at the highest possible total, %2.")
                               .arg(bands.constLast().maximum + 1)
                               .arg(highest)
                               .arg(describe(bands.constLast())),
                       field);
    if (bands.constLast().maximum > highest)
        return invalid(QStringLiteral("band %1 ends above the highest possible total, %2.")
                               .arg(describe(bands.constLast()))
                               .arg(highest),
                       field);
    return Status::success();
}

} // namespace

Result<QuestionnaireDefinition> QuestionnaireLoader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("it is not valid JSON (%1 at character %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("the file must hold one JSON object in { }."));
    const QJsonObject root = document.object();
    const QString where = QStringLiteral("the questionnaire");
    QuestionnaireDefinition definition;

    auto id = readText(root, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    definition.id = id.value();
    auto title = readText(root, QStringLiteral("title"), where);
    if (!title)
        return title.error();
    definition.title = title.value();
    auto version = readInt(root, QStringLiteral("version"), where);
    if (!version)
        return version.error();
    definition.version = version.value();
    auto licence = readText(root, QStringLiteral("licence"), where);
    if (!licence)
        return licence.error();
    definition.licence = licence.value();

    auto items = readArray(root, QStringLiteral("items"), where);
    if (!items)
        return items.error();
    if (items->size() > MaxItems)
        return invalid(QStringLiteral("it has %1 items; at most %2 are allowed.")
                               .arg(items->size())
                               .arg(MaxItems),
                       QStringLiteral("items"));
    for (qsizetype i = 0; i < items->size(); ++i) {
        auto item = readItem(items->at(i), i);
        if (!item)
            return item.error();
        if (definition.item(item->id))
            return invalid(QStringLiteral("two items have the id \"%1\"; each id must be unique.")
                                   .arg(item->id),
                           QStringLiteral("items"));
        definition.items << item.value();
    }

    const QJsonValue scoringValue = root.value(QStringLiteral("scoring"));
    if (!scoringValue.isObject())
        return invalid(QStringLiteral("the questionnaire has no \"scoring\" object saying which "
                                      "items count and how."),
                       QStringLiteral("scoring"));
    const QJsonObject scoring = scoringValue.toObject();
    const QString scoringWhere = QStringLiteral("\"scoring\"");
    auto rule = readText(scoring, QStringLiteral("rule"), scoringWhere);
    if (!rule)
        return rule.error();
    if (rule.value() != QLatin1String("sum"))
        return invalid(QStringLiteral("the scoring rule \"%1\" is unknown; only \"sum\" is "
                                      "supported.")
                               .arg(rule.value()),
                       QStringLiteral("rule"));
    definition.rule = ScoringRule::Sum;
    auto scoredIds = readArray(scoring, QStringLiteral("items"), scoringWhere);
    if (!scoredIds)
        return scoredIds.error();
    for (const QJsonValue &value : scoredIds.value()) {
        const QString itemId = value.toString();
        const auto it = std::ranges::find(definition.items, itemId, &QuestionnaireItem::id);
        if (!value.isString() || it == definition.items.end())
            return invalid(QStringLiteral("\"scoring\" counts the item \"%1\", which the "
                                          "questionnaire does not have.")
                                   .arg(value.isString() ? itemId : QStringLiteral("(not text)")),
                           QStringLiteral("scoring"));
        if (it->scored)
            return invalid(QStringLiteral("\"scoring\" counts the item \"%1\" twice.").arg(itemId),
                           QStringLiteral("scoring"));
        it->scored = true;
    }

    auto bands = readArray(root, QStringLiteral("bands"), where);
    if (!bands)
        return bands.error();
    for (qsizetype i = 0; i < bands->size(); ++i) {
        auto band = readBand(bands->at(i), i);
        if (!band)
            return band.error();
        definition.bands << band.value();
    }
    std::ranges::stable_sort(definition.bands, {}, &GradeBand::minimum);
    if (const Status status = checkBands(definition); !status)
        return status.error();
    return definition;
}

QStringList QuestionnaireLoader::builtInIds()
{
    return { QStringLiteral("midas"), QStringLiteral("hit6") };
}

Result<QuestionnaireDefinition> QuestionnaireLoader::builtIn(const QString &id)
{
    // Compiled in, so read once: scoring thousands of administrations must not parse each time.
    static QMutex mutex;
    static QHash<QString, QuestionnaireDefinition> loaded;
    const QMutexLocker locker(&mutex);
    if (const auto cached = loaded.constFind(id); cached != loaded.cend())
        return cached.value();
    auto read = readBuiltIn(id);
    if (read)
        loaded.insert(id, read.value());
    return read;
}

Result<QuestionnaireDefinition> QuestionnaireLoader::readBuiltIn(const QString &id)
{
    if (!builtInIds().contains(id))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Stillpoint has no built-in questionnaire \"%1\"; it has "
                                        "%2.")
                                 .arg(id, builtInIds().join(QStringLiteral(", "))));
    QFile file(ResourceFolder + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("The built-in questionnaire \"%1\" is missing from this "
                                        "build of Stillpoint (%2). Reinstall Stillpoint.")
                                 .arg(id, file.errorString()));
    auto definition = fromJson(file.readAll());
    if (definition && definition->id != id)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The built-in questionnaire file for \"%1\" holds \"%2\".")
                                 .arg(id, definition->id));
    return definition;
}

} // namespace stillpoint::core
