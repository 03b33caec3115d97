// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/ProgressCharts.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QDir>
#include <QImage>
#include <QValueAxis>

#include <cmath>

using namespace stillpoint;

namespace {

// The totals axis of a score chart: the value axis on the left.
QValueAxis *totalsAxis(QChart &chart)
{
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            return values;
    }
    return nullptr;
}

// The totals the axis labels, as the chart draws them: from the anchor, every interval, inside
// the range.
QList<int> tickTotals(const QValueAxis &axis)
{
    QList<int> totals;
    const qreal first = axis.tickAnchor()
            + std::ceil((axis.min() - axis.tickAnchor()) / axis.tickInterval())
                    * axis.tickInterval();
    for (qreal value = first; value <= axis.max() + 1e-9; value += axis.tickInterval())
        totals << int(std::lround(value));
    return totals;
}

} // namespace

TEST_CASE("the MIDAS and HIT-6 charts mark round totals on their axis", "[ui][outcomes][charts]")
{
    core::ClientProgress progress;
    progress.hit6 = { { QDate(2026, 3, 2), 64, 3, {}, QStringLiteral("Severe impact") },
                      { QDate(2026, 9, 14), 55, 1, {}, QStringLiteral("Some impact") } };
    progress.midas = { { QDate(2026, 3, 2), 24, 3, QStringLiteral("IV"),
                         QStringLiteral("Severe disability") } };
    const std::vector<ui::ProgressChart> charts = ui::ProgressCharts::make(progress);
    for (const auto &[id, expected] :
         { std::pair{ QStringLiteral("hit6"), QList<int>{ 40, 50, 60, 70 } },
           std::pair{ QStringLiteral("midas"), QList<int>{ 0, 10, 20, 30 } } }) {
        INFO(id.toStdString());
        const auto chart = std::find_if(charts.cbegin(), charts.cend(),
                                        [&id](const ui::ProgressChart &c) { return c.id == id; });
        REQUIRE(chart != charts.cend());
        REQUIRE(chart->hasChart());
        QValueAxis *axis = totalsAxis(*chart->chart);
        REQUIRE(axis);
        CHECK(axis->tickType() == QValueAxis::TicksDynamic);
        CHECK(tickTotals(*axis).mid(0, expected.size()) == expected);
        for (const int total : tickTotals(*axis))
            CHECK(total % 5 == 0);
    }
}

TEST_CASE("picture of the MIDAS and HIT-6 charts", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        SUCCEED("STILLPOINT_SCREENSHOT_DIR is not set: no pictures");
        return;
    }
    core::ClientProgress progress;
    progress.hit6 = { { QDate(2026, 3, 2), 64, 3, {}, QStringLiteral("Severe impact") },
                      { QDate(2026, 6, 1), 58, 2, {}, QStringLiteral("Substantial impact") },
                      { QDate(2026, 9, 14), 49, 0, {}, QStringLiteral("Little or no impact") } };
    progress.midas = {
        { QDate(2026, 3, 2), 24, 3, QStringLiteral("IV"), QStringLiteral("Severe disability") },
        { QDate(2026, 9, 14), 9, 1, QStringLiteral("II"), QStringLiteral("Mild disability") }
    };
    std::vector<ui::ProgressChart> charts = ui::ProgressCharts::make(progress);
    for (ui::ProgressChart &chart : charts) {
        if (chart.hasChart()
            && (chart.id == QStringLiteral("midas") || chart.id == QStringLiteral("hit6")))
            CHECK(ui::ProgressCharts::render(*chart.chart, QSize(460, 260), 1.0)
                          .save(QDir(folder).filePath(
                                  QStringLiteral("chart-%1.png").arg(chart.id))));
    }
}
