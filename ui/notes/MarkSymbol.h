// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"
#include "core/notes/ChartLegend.h"

#include <QColor>
#include <QIcon>
#include <QPointF>

#include <optional>

class QPainter;

namespace stillpoint::ui {

// How each body-chart mark type looks: one painter function shared by the chart and its legend,
// so that the legend always shows exactly what the chart draws. Every type differs in shape as
// well as colour, so the chart reads without colour vision and in greyscale print.
namespace MarkSymbol {

// The practice's legend that charts, legends and mark editors draw and name types with: the
// defaults (an Okabe–Ito-like palette chosen to stay apart for colour-blind readers) until
// setLegend(). One practice per running app, so NotesPanel sets it when it reads the practice's
// settings and the legend dialog after the owner changes them; widgets built afterwards use it.
void setLegend(const core::ChartLegend &legend);
const core::ChartLegend &legend();

// The type's name and colour in the current legend.
QString label(core::MarkType type);
QColor colour(core::MarkType type);

// The symbol's radius in pixels for a mark of `intensity` (0..10) on a drawing `side` pixels
// square: stronger marks are larger.
qreal radius(int intensity, qreal side);

// The symbol's opacity for `intensity`: faint marks stay visible, strong ones are solid.
qreal opacity(int intensity);

enum class Look {
    Normal,
    Faded, // a previous session's mark: pale, with a dashed outline
};

// Paints the symbol of `type` centred on `centre`. A referred-pain symbol points its arrow at
// `directionDegrees` (clockwise from up), or carries no arrow when that is empty.
void paint(QPainter &painter, core::MarkType type, const QPointF &centre, qreal radius,
           std::optional<int> directionDegrees = std::nullopt, Look look = Look::Normal);

// The symbol alone as an icon `size` pixels square (legend buttons, combo boxes).
QIcon icon(core::MarkType type, int size, Look look = Look::Normal);

} // namespace MarkSymbol

} // namespace stillpoint::ui
