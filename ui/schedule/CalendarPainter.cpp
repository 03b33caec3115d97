// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/CalendarPainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::CalendarPainter", text);
}

const QColor closedColour(0xf1, 0xf3, 0xf5);
const QColor openColour(0xff, 0xff, 0xff);
const QColor awayColour(0xe9, 0xec, 0xef);
const QColor hourLineColour(0xd6, 0xda, 0xdf);
const QColor halfHourLineColour(0xec, 0xee, 0xf1);
const QColor gutterColour(0xf8, 0xf9, 0xfa);
const QColor mutedInk(0x68, 0x70, 0x78);
const QColor ink(0x1b, 0x1f, 0x24);
const QColor focusColour(0x18, 0x64, 0xab);
const QColor nowColour(0xe0, 0x31, 0x31);
const QColor warningColour(0xe8, 0x59, 0x0c);

// `colour` mixed with white: 0 keeps the colour, 1 gives white.
QColor towardsWhite(const QColor &colour, double amount)
{
    const auto mix = [amount](int channel) { return int(channel + (255 - channel) * amount); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

CalendarPainter::CalendarPainter(QPainter &painter, const CalendarPlan &plan,
                                 const CalendarGeometry &grid, const QPalette &palette,
                                 const QFont &font)
    : m_painter(painter), m_plan(plan), m_grid(grid), m_palette(palette), m_font(font),
      m_boldFont(font), m_smallFont(font)
{
    m_boldFont.setBold(true);
    m_smallFont.setPointSizeF(font.pointSizeF() * 0.85);
}

QString CalendarPainter::badgeText(core::AppointmentStatus status)
{
    switch (status) {
    case core::AppointmentStatus::Booked:
        return {};
    case core::AppointmentStatus::Confirmed:
        return translate("Confirmed");
    case core::AppointmentStatus::Arrived:
        return translate("Checked in");
    case core::AppointmentStatus::Completed:
        return translate("Completed");
    case core::AppointmentStatus::Cancelled:
        return translate("Cancelled");
    case core::AppointmentStatus::NoShow:
        return translate("No-show");
    }
    return {};
}

QColor CalendarPainter::badgeColour(core::AppointmentStatus status)
{
    switch (status) {
    case core::AppointmentStatus::Confirmed:
        return QColor(0x19, 0x71, 0xc2);
    case core::AppointmentStatus::Arrived:
        return QColor(0x2b, 0x8a, 0x3e);
    case core::AppointmentStatus::Completed:
        return QColor(0x49, 0x50, 0x57);
    case core::AppointmentStatus::NoShow:
        return QColor(0xc9, 0x2a, 0x2a);
    case core::AppointmentStatus::Booked:
    case core::AppointmentStatus::Cancelled:
        break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

QColor CalendarPainter::typeColour(const QString &colour)
{
    const QColor parsed = QColor::fromString(colour);
    return parsed.isValid() ? parsed : QColor(0x4a, 0x90, 0xd9);
}

void CalendarPainter::paint(const QRect &exposed, const State &state)
{
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    paintBackground(exposed);
    const bool dragging = state.drag.started && state.drag.kind != CalendarDrag::Kind::Book;
    for (const PlacedItem &placed : m_plan.items()) {
        const bool moving = dragging && placed.item.appointmentId == state.drag.appointmentId;
        paintItem(placed, placed.item.appointmentId == state.selectedId && !moving, moving);
    }
    paintNowLine(state.now);
    if (state.cursor && !state.drag.started)
        paintCursor(*state.cursor);
    if (state.drag.started)
        paintDrag(state.drag);
    paintGutter();
}

void CalendarPainter::paintBackground(const QRect &exposed)
{
    m_painter.fillRect(exposed, closedColour);
    const QList<CalendarColumn> &columns = m_plan.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const CalendarColumn &column = columns.at(i);
        const QRectF whole = m_grid.columnRect(i);
        for (const MinuteSpan &span : column.working)
            m_painter.fillRect(QRectF(whole.left(), m_grid.y(span.start), whole.width(),
                                      m_grid.y(span.end) - m_grid.y(span.start)),
                               openColour);
        for (const MinuteSpan &span : column.away) {
            const QRectF away(whole.left(), m_grid.y(span.start), whole.width(),
                              m_grid.y(span.end) - m_grid.y(span.start));
            m_painter.fillRect(away, awayColour);
            m_painter.fillRect(away, QBrush(QColor(0xce, 0xd4, 0xda), Qt::BDiagPattern));
            m_painter.setFont(m_smallFont);
            m_painter.setPen(mutedInk);
            m_painter.drawText(away.adjusted(6, 4, -4, 0), Qt::AlignTop | Qt::AlignLeft,
                               translate("Time off"));
        }
    }
    for (int minute = m_grid.firstMinute(); minute <= m_grid.lastMinute(); minute += 30) {
        const double y = std::floor(m_grid.y(minute)) + 0.5;
        m_painter.setPen(QPen(minute % 60 == 0 ? hourLineColour : halfHourLineColour, 1));
        m_painter.drawLine(QPointF(CalendarGeometry::GutterWidth, y),
                           QPointF(m_grid.columnLeft(m_grid.columns()), y));
    }
    m_painter.setPen(QPen(hourLineColour, 1));
    for (int i = 1; i < columns.size(); ++i) {
        const double x = std::floor(m_grid.columnLeft(i)) + 0.5;
        m_painter.drawLine(QPointF(x, 0), QPointF(x, m_grid.height()));
    }
}

void CalendarPainter::paintGutter()
{
    const QRectF gutter(0, 0, CalendarGeometry::GutterWidth, m_grid.height());
    m_painter.fillRect(gutter, gutterColour);
    m_painter.setPen(QPen(hourLineColour, 1));
    m_painter.drawLine(QPointF(gutter.right() + 0.5, 0),
                       QPointF(gutter.right() + 0.5, gutter.bottom()));
    m_painter.setFont(m_smallFont);
    m_painter.setPen(mutedInk);
    for (int minute = m_grid.firstMinute(); minute < m_grid.lastMinute(); minute += 60) {
        const QRectF label(0, m_grid.y(minute) + 2, CalendarGeometry::GutterWidth - 8,
                           m_grid.hourHeight() / 2.0);
        m_painter.drawText(label, Qt::AlignRight | Qt::AlignTop, CalendarPlan::timeText(minute));
    }
}

void CalendarPainter::paintItem(const PlacedItem &placed, bool selected, bool dimmed)
{
    const core::CalendarItem &item = placed.item;
    const QColor colour = typeColour(item.colour);
    const bool noShow = item.status == core::AppointmentStatus::NoShow;
    const bool completed = item.status == core::AppointmentStatus::Completed;
    m_painter.save();
    if (dimmed)
        m_painter.setOpacity(0.35);

    const QRectF buffer = m_grid.bufferRect(placed);
    if (buffer.height() >= 2 && !noShow) {
        m_painter.fillRect(buffer, towardsWhite(colour, 0.9));
        m_painter.fillRect(buffer, QBrush(towardsWhite(colour, 0.65), Qt::BDiagPattern));
    }

    const QRectF box = m_grid.itemRect(placed);
    QPainterPath shape;
    shape.addRoundedRect(box, 4, 4);
    const QColor fill =
            noShow ? QColor(0xf8, 0xf9, 0xfa) : towardsWhite(colour, completed ? 0.88 : 0.78);
    m_painter.fillPath(shape, fill);
    m_painter.save();
    m_painter.setClipPath(shape);
    m_painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()),
                       noShow ? QColor(0xad, 0xb5, 0xbd) : colour);
    m_painter.restore();
    QPen border(noShow ? QColor(0xad, 0xb5, 0xbd) : towardsWhite(colour, 0.35), 1);
    if (noShow)
        border.setStyle(Qt::DashLine);
    m_painter.setPen(border);
    m_painter.drawPath(shape);

    paintItemText(placed, box, noShow ? mutedInk : ink);
    if (selected) {
        m_painter.setPen(QPen(focusColour, 2.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 5, 5);
    }
    m_painter.restore();
}

void CalendarPainter::paintItemText(const PlacedItem &placed, const QRectF &box,
                                    const QColor &textColour)
{
    const core::CalendarItem &item = placed.item;
    const bool narrow = box.width() < 110;
    const QRectF inner = box.adjusted(narrow ? 6 : 8, 2, -3, -2);
    double titleRight = inner.right();
    paintBadge(placed, box, &titleRight);

    QString where;
    const CalendarOptions &options = m_plan.options();
    if (options.mode == CalendarMode::Day)
        where = options.dayColumns == DayColumns::Therapists ? item.roomName : item.therapistName;
    else
        where = options.weekTherapistId
                ? item.roomName
                : QStringLiteral("%1 · %2").arg(item.therapistName, item.roomName);

    // Wide enough: "09:00 Ines" over the type and the place. Narrow (a week, side by side): the
    // time alone on the first line, the name under it.
    const QString time = CalendarPlan::timeText(placed.startMinute);
    const QString title = narrow ? time : QStringLiteral("%1 %2").arg(time, item.clientFirstName);
    const QStringList more = narrow ? QStringList{ item.clientFirstName, item.typeName, where }
                                    : QStringList{ item.typeName, where };
    const QFontMetricsF bold(m_boldFont);
    const QFontMetricsF plain(m_font);
    const double lineHeight = plain.lineSpacing();
    m_painter.setPen(textColour);
    // In the narrowest boxes the time in bold would not fit whole: plain is narrower.
    const bool boldFits =
            !narrow || bold.elidedText(title, Qt::ElideRight, titleRight - inner.left()) == title;
    m_painter.setFont(boldFits ? m_boldFont : m_font);
    const bool oneLine = inner.height() < lineHeight * 2;
    QString firstLine = oneLine ? QStringLiteral("%1 · %2").arg(title, more.constFirst()) : title;
    if (oneLine && narrow
        && plain.horizontalAdvance(
                   QStringLiteral("%1 %2…").arg(title, item.clientFirstName.left(2)))
                > titleRight - inner.left())
        firstLine = title; // the time whole rather than a name cut to nothing
    m_painter.drawText(QRectF(inner.left(), inner.top(), titleRight - inner.left(), lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       (boldFits ? bold : plain)
                               .elidedText(firstLine, Qt::ElideRight, titleRight - inner.left()));
    if (oneLine)
        return;
    m_painter.setFont(m_font);
    double y = inner.top() + lineHeight;
    for (const QString &line : more) {
        if (y + lineHeight > inner.bottom() + 1 || line.isEmpty())
            break;
        m_painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           plain.elidedText(line, Qt::ElideRight, inner.width()));
        y += lineHeight;
    }
}

void CalendarPainter::paintBadge(const PlacedItem &placed, const QRectF &box, double *titleRight)
{
    const QString text = badgeText(placed.item.status);
    if (text.isEmpty())
        return;
    const QColor colour = badgeColour(placed.item.status);
    const QFontMetricsF metrics(m_smallFont);
    const double width = metrics.horizontalAdvance(text) + 10;
    const double height = metrics.height() + 2;
    if (box.width() >= width + 70) {
        const QRectF pill(box.right() - width - 4, box.top() + 3, width, height);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(colour);
        m_painter.drawRoundedRect(pill, height / 2, height / 2);
        m_painter.setPen(Qt::white);
        m_painter.setFont(m_smallFont);
        m_painter.drawText(pill, Qt::AlignCenter, text);
        *titleRight = pill.left() - 4;
        return;
    }
    // Too narrow for the word: a dot in the bottom corner, where it takes no text's room (the
    // tooltip says what it means).
    const QRectF dot(box.right() - 10, box.bottom() - 10, 7, 7);
    m_painter.setPen(QPen(Qt::white, 1));
    m_painter.setBrush(colour);
    m_painter.drawEllipse(dot);
}

void CalendarPainter::paintNowLine(const QDateTime &now)
{
    if (!now.isValid())
        return;
    const QList<CalendarColumn> &columns = m_plan.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const CalendarColumn &column = columns.at(i);
        if (!column.isToday)
            continue;
        const int minute = m_plan.minuteOf(column.date, now);
        if (minute < m_grid.firstMinute() || minute > m_grid.lastMinute())
            continue;
        const double y = m_grid.y(minute);
        const QRectF whole = m_grid.columnRect(i);
        m_painter.setPen(QPen(nowColour, 2));
        m_painter.drawLine(QPointF(whole.left(), y), QPointF(whole.right(), y));
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(nowColour);
        m_painter.drawEllipse(QPointF(whole.left() + 1, y), 4.5, 4.5);
    }
}

void CalendarPainter::paintCursor(const CalendarSlot &slot)
{
    // Over an appointment the keyboard selects the appointment instead; a slot box on top of
    // it would only hide its text.
    if (slot.column < 0 || slot.column >= m_plan.columns().size()
        || m_plan.overlapsOthers(slot.column, slot.startMinute, slot.endMinute))
        return;
    const QRectF box = m_grid.slotRect(slot.column, slot.startMinute, slot.endMinute);
    m_painter.setPen(QPen(focusColour, 2));
    m_painter.setBrush(QColor(0x1c, 0x7e, 0xd6, 40));
    m_painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 3, 3);
}

void CalendarPainter::paintDrag(const CalendarDrag &drag)
{
    const CalendarSlot &slot = drag.slot;
    if (slot.column < 0 || slot.column >= m_plan.columns().size())
        return;
    QColor edge = focusColour;
    Qt::PenStyle style = Qt::SolidLine;
    if (drag.verdict.kind == DragVerdict::Kind::Conflict)
        edge = nowColour;
    else if (drag.verdict.kind == DragVerdict::Kind::Warning)
        edge = warningColour;
    if (drag.verdict.kind == DragVerdict::Kind::Warning
        || drag.verdict.kind == DragVerdict::Kind::Unknown)
        style = Qt::DashLine;

    QRectF box = m_grid.slotRect(slot.column, slot.startMinute, slot.endMinute);
    if (drag.kind == CalendarDrag::Kind::Book) {
        m_painter.setPen(QPen(edge, 2, Qt::DashLine));
        m_painter.setBrush(QColor(0x1c, 0x7e, 0xd6, 45));
        m_painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4);
    } else if (const PlacedItem *original = m_plan.find(drag.appointmentId)) {
        PlacedItem ghost = *original;
        ghost.column = slot.column;
        ghost.bufferEndMinute = slot.endMinute + (original->bufferEndMinute - original->endMinute);
        ghost.startMinute = slot.startMinute;
        ghost.endMinute = slot.endMinute;
        ghost.lane = 0;
        ghost.lanes = 1;
        paintItem(ghost, false, false);
        box = m_grid.itemRect(ghost);
        m_painter.setPen(
                QPen(edge, drag.verdict.kind == DragVerdict::Kind::Conflict ? 3 : 2, style));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 5, 5);
    }

    // The time it would take, in a tag above the box.
    const QString when = QStringLiteral("%1–%2 · %3 min")
                                 .arg(CalendarPlan::timeText(slot.startMinute),
                                      CalendarPlan::timeText(slot.endMinute))
                                 .arg(slot.minutes());
    const QFontMetricsF metrics(m_smallFont);
    const QRectF tag(box.left(), std::max(0.0, box.top() - metrics.height() - 6),
                     metrics.horizontalAdvance(when) + 12, metrics.height() + 4);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(edge);
    m_painter.drawRoundedRect(tag, 3, 3);
    m_painter.setPen(Qt::white);
    m_painter.setFont(m_smallFont);
    m_painter.drawText(tag, Qt::AlignCenter, when);
}

} // namespace stillpoint::ui
