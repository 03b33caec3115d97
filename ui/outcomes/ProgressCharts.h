// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/ProgressService.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

class QChart;

namespace stillpoint::ui {

// One chart of a client's progress, or why it cannot be drawn: a chart without enough data says
// so in words instead of drawing an empty or zero line.
struct ProgressChart
{
    QString id; // "headacheDays", "intensity", "medication", "midas", "hit6", "sessionPain"
    QString title;
    std::unique_ptr<QChart> chart; // null when there is nothing to draw
    QString emptyText; // why not, when chart is null

    bool hasChart() const { return chart != nullptr; }
};

// The charts of the progress page and the progress report, built from what core computed (no
// figure is computed here): headache days per 28-day window, mean and highest intensity, acute
// medication days per calendar month against the overuse threshold, MIDAS and HIT-6 totals over
// the grade bands of their definitions, and pain before and after each signed session.
namespace ProgressCharts {
std::vector<ProgressChart> make(const core::ClientProgress &progress);
// The chart drawn on white at `size` (logical pixels) with `scale` device pixels per pixel, for
// paper. The chart is laid out at that size first.
QImage render(QChart &chart, const QSize &size, qreal scale = 2.0);
} // namespace ProgressCharts

} // namespace stillpoint::ui
