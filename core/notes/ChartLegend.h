// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/BodyChart.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stillpoint::core {

// What the practice calls each body-chart mark type and the colour it is drawn in. The symbol's
// shape stays fixed per type, so a chart still reads without colour and in greyscale print;
// the marks themselves store only the type, so renaming a type changes no note.
struct ChartLegendEntry
{
    MarkType type = MarkType::TriggerPoint;
    QString label; // "Trigger point"
    QString colour; // "#d55e00"

    friend bool operator==(const ChartLegendEntry &, const ChartLegendEntry &) = default;
};

// The practice's legend (PracticeSettings::bodyChartLegend). An empty legend, or one missing a
// type, means the catalogue's label and the default colour for it.
struct ChartLegend
{
    static constexpr int MaxLabelLength = 40;

    QList<ChartLegendEntry> entries;

    // Every type in the catalogue's order with its default label and colour.
    static ChartLegend defaults();
    // The default colour of a type (a palette chosen to stay apart for colour-blind readers).
    static QString defaultColour(MarkType type);

    QString label(MarkType type) const;
    QString colour(MarkType type) const;
    // Every type, in the catalogue's order, as this legend shows it.
    QList<ChartLegendEntry> complete() const;

    // Labels 1..MaxLabelLength characters and different from each other, colours "#rrggbb".
    // Each problem names its field ("legend.pain.label").
    QList<Error> problems() const;

    QByteArray toJson() const;
    // What was stored; entries that are unreadable or unknown fall back to the defaults, so a
    // damaged setting never stops a chart from drawing.
    static ChartLegend fromJson(const QByteArray &json);

    friend bool operator==(const ChartLegend &, const ChartLegend &) = default;
};

} // namespace stillpoint::core
