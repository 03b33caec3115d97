// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/ChartLegend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace stillpoint::core {

namespace {

bool isColour(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}

const ChartLegendEntry *find(const QList<ChartLegendEntry> &entries, MarkType type)
{
    for (const ChartLegendEntry &entry : entries) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString ChartLegend::defaultColour(MarkType type)
{
    switch (type) {
    case MarkType::TriggerPoint:
        return QStringLiteral("#d55e00"); // vermilion
    case MarkType::TenderPoint:
        return QStringLiteral("#0066b0"); // blue
    case MarkType::Hypertonicity:
        return QStringLiteral("#008a66"); // bluish green
    case MarkType::Pain:
        return QStringLiteral("#b41f5a"); // crimson
    case MarkType::ReferredPain:
        return QStringLiteral("#6a3db0"); // violet
    case MarkType::Numbness:
        return QStringLiteral("#7a5a00"); // dark ochre
    }
    return QStringLiteral("#000000");
}

ChartLegend ChartLegend::defaults()
{
    ChartLegend legend;
    for (MarkType type : BodyChartCatalog::markTypes())
        legend.entries << ChartLegendEntry{ type, BodyChartCatalog::markTypeLabel(type),
                                            defaultColour(type) };
    return legend;
}

QString ChartLegend::label(MarkType type) const
{
    const ChartLegendEntry *entry = find(entries, type);
    return entry && !entry->label.trimmed().isEmpty() ? entry->label.trimmed()
                                                      : BodyChartCatalog::markTypeLabel(type);
}

QString ChartLegend::colour(MarkType type) const
{
    const ChartLegendEntry *entry = find(entries, type);
    return entry && isColour(entry->colour) ? entry->colour.toLower() : defaultColour(type);
}

QList<ChartLegendEntry> ChartLegend::complete() const
{
    QList<ChartLegendEntry> all;
    for (MarkType type : BodyChartCatalog::markTypes())
        all << ChartLegendEntry{ type, label(type), colour(type) };
    return all;
}

QList<Error> ChartLegend::problems() const
{
    QList<Error> found;
    QSet<QString> seen;
    for (const ChartLegendEntry &entry : entries) {
        const QString key = BodyChartCatalog::markTypeKey(entry.type);
        const QString label = entry.label.trimmed();
        const QString defaultLabel = BodyChartCatalog::markTypeLabel(entry.type);
        if (label.isEmpty() || label.size() > MaxLabelLength)
            found << makeError(ErrorCode::InvalidInput,
                               QStringLiteral("The name for \"%1\" must be 1 to %2 characters.")
                                       .arg(defaultLabel)
                                       .arg(MaxLabelLength),
                               QStringLiteral("legend.%1.label").arg(key));
        else if (seen.contains(label.toCaseFolded()))
            found << makeError(ErrorCode::InvalidInput,
                               QStringLiteral("\"%1\" names two mark types: give \"%2\" a name "
                                              "of its own.")
                                       .arg(label, defaultLabel),
                               QStringLiteral("legend.%1.label").arg(key));
        seen.insert(label.toCaseFolded());
        if (!isColour(entry.colour))
            found << makeError(ErrorCode::InvalidInput,
                               QStringLiteral("The colour for \"%1\" must be written #rrggbb, "
                                              "for example #d55e00.")
                                       .arg(defaultLabel),
                               QStringLiteral("legend.%1.colour").arg(key));
    }
    return found;
}

QByteArray ChartLegend::toJson() const
{
    QJsonArray array;
    for (const ChartLegendEntry &entry : entries)
        array.append(
                QJsonObject{ { QStringLiteral("type"), BodyChartCatalog::markTypeKey(entry.type) },
                             { QStringLiteral("label"), entry.label.trimmed() },
                             { QStringLiteral("colour"), entry.colour.toLower() } });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ChartLegend ChartLegend::fromJson(const QByteArray &json)
{
    ChartLegend legend;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto type =
                BodyChartCatalog::markTypeFromKey(object.value(QStringLiteral("type")).toString());
        if (!type || find(legend.entries, *type))
            continue;
        ChartLegendEntry entry{ *type, object.value(QStringLiteral("label")).toString().trimmed(),
                                object.value(QStringLiteral("colour")).toString() };
        if (entry.label.isEmpty() || entry.label.size() > MaxLabelLength)
            entry.label = BodyChartCatalog::markTypeLabel(*type);
        if (!isColour(entry.colour))
            entry.colour = defaultColour(*type);
        legend.entries << entry;
    }
    return legend;
}

} // namespace stillpoint::core
