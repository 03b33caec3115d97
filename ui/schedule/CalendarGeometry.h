// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/schedule/CalendarPlan.h"

#include <QRectF>

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {

// Where things are on the calendar grid for a given width: the time gutter on the left, equal
// columns after it, and `hourHeight` pixels per hour from the plan's first minute. Shared by the
// grid, its header and the painter so they always line up.
class CalendarGeometry
{
public:
    static constexpr int GutterWidth = 58;

    CalendarGeometry() = default;
    CalendarGeometry(int width, const CalendarPlan &plan, int hourHeight)
        : m_width(width), m_columns(int(plan.columns().size())), m_firstMinute(plan.firstMinute()),
          m_lastMinute(plan.lastMinute()), m_hourHeight(hourHeight)
    { }

    int columns() const { return m_columns; }
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    int hourHeight() const { return m_hourHeight; }
    double columnWidth() const
    {
        return m_columns > 0 ? double(m_width - GutterWidth) / m_columns : 0.0;
    }
    double columnLeft(int column) const { return GutterWidth + column * columnWidth(); }
    double y(int minute) const { return (minute - m_firstMinute) * m_hourHeight / 60.0; }
    int height() const { return int(std::ceil(y(m_lastMinute))) + 1; }

    // The column under an x, or -1 in the gutter or beyond the last column.
    int columnAt(double x) const
    {
        if (x < GutterWidth || m_columns == 0)
            return -1;
        const int column = int((x - GutterWidth) / columnWidth());
        return column < m_columns ? column : -1;
    }
    // The minute under a y (not snapped), within the shown hours.
    int minuteAt(double yPosition) const
    {
        const int minute = m_firstMinute + int(std::floor(yPosition * 60.0 / m_hourHeight));
        return std::clamp(minute, m_firstMinute, m_lastMinute - 1);
    }

    QRectF columnRect(int column) const
    {
        return { columnLeft(column), 0.0, columnWidth(), double(height()) };
    }
    QRectF slotRect(int column, int startMinute, int endMinute) const
    {
        return { columnLeft(column) + 2, y(startMinute), columnWidth() - 5,
                 y(endMinute) - y(startMinute) };
    }
    // The treatment part of an appointment, in its lane.
    QRectF itemRect(const PlacedItem &placed) const
    {
        const QRectF lane = laneRect(placed);
        const double top = y(placed.startMinute) + 1;
        return { lane.left(), top, lane.width(), std::max(10.0, y(placed.endMinute) - top - 1) };
    }
    // The buffer after it (room turnover), below the treatment.
    QRectF bufferRect(const PlacedItem &placed) const
    {
        const QRectF lane = laneRect(placed);
        return { lane.left(), y(placed.endMinute), lane.width(),
                 y(placed.bufferEndMinute) - y(placed.endMinute) };
    }

private:
    QRectF laneRect(const PlacedItem &placed) const
    {
        const double usable = columnWidth() - 4;
        const double laneWidth = usable / std::max(1, placed.lanes);
        return { columnLeft(placed.column) + 2 + placed.lane * laneWidth, 0.0,
                 laneWidth - (placed.lanes > 1 ? 1 : 2), 0.0 };
    }

    int m_width = 0;
    int m_columns = 0;
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 18 * 60;
    int m_hourHeight = 64;
};

} // namespace stillpoint::ui
