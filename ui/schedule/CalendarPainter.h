// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/schedule/CalendarGeometry.h"
#include "ui/schedule/CalendarView.h"

#include <QColor>
#include <QFont>
#include <QPalette>

#include <optional>

class QPainter;

namespace stillpoint::ui {

// Paints a CalendarView: the time gutter, open and closed hours, time off, the hour lines, the
// appointments (a tint of the type's colour with a bar of it, dark text on top for contrast,
// the buffer as a hatched tail, a badge for the status), the now-line, the selection, the
// keyboard's slot and the drag in progress. Calendar text is first name, type and room only.
class CalendarPainter
{
public:
    struct State
    {
        QDateTime now;
        qint64 selectedId = 0;
        std::optional<CalendarSlot> cursor;
        CalendarDrag drag;
    };

    CalendarPainter(QPainter &painter, const CalendarPlan &plan, const CalendarGeometry &grid,
                    const QPalette &palette, const QFont &font);

    void paint(const QRect &exposed, const State &state);

    // The short word on an appointment's badge ("Confirmed", "Checked in" …); empty for booked.
    static QString badgeText(core::AppointmentStatus status);
    static QColor badgeColour(core::AppointmentStatus status);
    // The type's colour, or a calm blue when it is not a valid colour.
    static QColor typeColour(const QString &colour);

private:
    void paintBackground(const QRect &exposed);
    void paintGutter();
    void paintItem(const PlacedItem &placed, bool selected, bool dimmed);
    void paintItemText(const PlacedItem &placed, const QRectF &box, const QColor &ink);
    void paintBadge(const PlacedItem &placed, const QRectF &box, double *titleRight);
    void paintNowLine(const QDateTime &now);
    void paintCursor(const CalendarSlot &slot);
    void paintDrag(const CalendarDrag &drag);

    QPainter &m_painter;
    const CalendarPlan &m_plan;
    CalendarGeometry m_grid;
    QPalette m_palette;
    QFont m_font;
    QFont m_boldFont;
    QFont m_smallFont;
};

} // namespace stillpoint::ui
