// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/CalendarView.h"

#include "ui/schedule/CalendarPainter.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace stillpoint::ui {

namespace {

constexpr int Slot = CalendarPlan::SlotMinutes;
constexpr int EdgeGrip = 5; // pixels either side of an appointment's end that resize it

bool sameSlot(const CalendarSlot &a, const CalendarSlot &b)
{
    return a.column == b.column && a.startMinute == b.startMinute && a.endMinute == b.endMinute;
}

} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    updateHourHeight();
    updateAccessibleText();
}

void CalendarView::updateHourHeight()
{
    m_hourHeight = std::max(60, fontMetrics().lineSpacing() * 4);
    setMinimumHeight(CalendarGeometry(width(), m_plan, m_hourHeight).height());
    updateGeometry();
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateHourHeight();
    QWidget::changeEvent(event);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const PlacedItem *placed = itemUnder(help->pos());
    if (!placed) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Everything a narrow box leaves out, escaped: names are shown as text, never as markup.
    const core::CalendarItem &item = placed->item;
    const QStringList lines{
        tr("%1–%2 · %3")
                .arg(CalendarPlan::timeText(placed->startMinute),
                     CalendarPlan::timeText(placed->endMinute), item.clientFirstName)
                .toHtmlEscaped(),
        tr("%1 · %2 · %3").arg(item.typeName, item.roomName, item.therapistName).toHtmlEscaped(),
        core::AppointmentStatuses::label(item.status).toHtmlEscaped(),
    };
    QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this,
                       layout().itemRect(*placed).toRect());
    return true;
}

CalendarGeometry CalendarView::layout() const
{
    // Taller than needed (a large screen): the hours stretch to fill it.
    const int hours = std::max(1, (m_plan.lastMinute() - m_plan.firstMinute()) / 60);
    const int stretched = std::max(m_hourHeight, (height() - 1) / hours);
    return CalendarGeometry(width(), m_plan, stretched);
}

QSize CalendarView::sizeHint() const
{
    const int columns = std::max(1, int(m_plan.columns().size()));
    return { CalendarGeometry::GutterWidth + columns * 150,
             CalendarGeometry(width(), m_plan, m_hourHeight).height() };
}

QSize CalendarView::minimumSizeHint() const
{
    const int columns = std::max(1, int(m_plan.columns().size()));
    return { CalendarGeometry::GutterWidth + columns * 70,
             CalendarGeometry(width(), m_plan, m_hourHeight).height() };
}

void CalendarView::setPlan(const CalendarPlan &plan)
{
    m_plan = plan;
    cancelDrag();
    const int columns = int(m_plan.columns().size());
    m_cursorColumn = std::clamp(m_cursorColumn, 0, std::max(0, columns - 1));
    m_cursorMinute = std::clamp(m_cursorMinute, m_plan.firstMinute(), m_plan.lastMinute() - Slot);
    if (m_selectedId && !m_plan.find(m_selectedId))
        m_selectedId = 0;
    setMinimumHeight(CalendarGeometry(width(), m_plan, m_hourHeight).height());
    updateGeometry();
    updateAccessibleText();
    update();
}

void CalendarView::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    update();
}

void CalendarView::selectAppointment(qint64 appointmentId)
{
    const PlacedItem *placed = m_plan.find(appointmentId);
    setSelected(placed ? appointmentId : 0);
    if (placed) {
        m_cursorColumn = placed->column;
        m_cursorMinute = CalendarPlan::snapDown(placed->startMinute);
        reveal();
    }
}

void CalendarView::setSelected(qint64 appointmentId)
{
    if (appointmentId == m_selectedId)
        return;
    m_selectedId = appointmentId;
    updateAccessibleText();
    update();
    Q_EMIT selectionChanged();
}

CalendarSlot CalendarView::cursorSlot() const
{
    return m_plan.slot(m_cursorColumn, m_cursorMinute, m_cursorMinute + Slot);
}

void CalendarView::moveCursorTo(int column, int minute)
{
    if (m_plan.columns().isEmpty())
        return;
    m_cursorColumn = std::clamp(column, 0, int(m_plan.columns().size()) - 1);
    m_cursorMinute = std::clamp(CalendarPlan::snapDown(minute), m_plan.firstMinute(),
                                m_plan.lastMinute() - Slot);
    updateAccessibleText();
    update();
}

QPoint CalendarView::pointAt(int column, int minute) const
{
    const CalendarGeometry grid = layout();
    return QPointF(grid.columnLeft(column) + grid.columnWidth() / 2, grid.y(minute)).toPoint();
}

QRect CalendarView::itemRect(qint64 appointmentId) const
{
    const PlacedItem *placed = m_plan.find(appointmentId);
    return placed ? layout().itemRect(*placed).toRect() : QRect();
}

bool CalendarView::isMovable(const core::CalendarItem &item) const
{
    return core::AppointmentStatuses::isUpcoming(item.status)
            || item.status == core::AppointmentStatus::Arrived;
}

const PlacedItem *CalendarView::itemUnder(const QPointF &position, bool *onBottomEdge) const
{
    const CalendarGeometry grid = layout();
    const QList<PlacedItem> &items = m_plan.items();
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const QRectF box = grid.itemRect(*it);
        const bool across = position.x() >= box.left() && position.x() <= box.right();
        if (!across)
            continue;
        const bool edge = std::abs(position.y() - box.bottom()) <= EdgeGrip;
        if (edge || box.contains(position)) {
            if (onBottomEdge)
                *onBottomEdge = edge && isMovable(it->item);
            return &*it;
        }
    }
    return nullptr;
}

void CalendarView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    CalendarPainter::State state;
    state.now = m_now;
    state.selectedId = m_selectedId;
    state.cursor = m_selectedId || !hasFocus() ? std::optional<CalendarSlot>()
                                               : std::optional<CalendarSlot>(cursorSlot());
    state.drag = m_drag;
    CalendarPainter(painter, m_plan, layout(), palette(), font()).paint(event->rect(), state);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF position = event->position();
    const CalendarGeometry grid = layout();
    const int column = grid.columnAt(position.x());
    if (column < 0)
        return;
    m_drag = CalendarDrag();
    m_drag.pressPosition = position.toPoint();
    bool edge = false;
    if (const PlacedItem *placed = itemUnder(position, &edge)) {
        setSelected(placed->item.appointmentId);
        m_cursorColumn = placed->column;
        m_cursorMinute = CalendarPlan::snapDown(placed->startMinute);
        if (isMovable(placed->item)) {
            m_drag.kind = edge ? CalendarDrag::Kind::Resize : CalendarDrag::Kind::Move;
            m_drag.appointmentId = placed->item.appointmentId;
            m_drag.anchorMinute = grid.minuteAt(position.y()) - placed->startMinute;
            m_drag.slot = m_plan.slot(placed->column, placed->startMinute, placed->endMinute);
        }
    } else {
        const int minute = CalendarPlan::snapDown(grid.minuteAt(position.y()));
        setSelected(0);
        moveCursorTo(column, minute);
        m_drag.kind = CalendarDrag::Kind::Book;
        m_drag.anchorMinute = minute;
        m_drag.slot = m_plan.slot(column, minute, minute + Slot);
    }
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (m_drag.kind == CalendarDrag::Kind::None || !(event->buttons() & Qt::LeftButton)) {
        bool edge = false;
        const PlacedItem *placed = itemUnder(position, &edge);
        setCursor(edge                                        ? Qt::SizeVerCursor
                          : placed && isMovable(placed->item) ? Qt::OpenHandCursor
                                                              : Qt::ArrowCursor);
        return;
    }
    if (!m_drag.started
        && (position.toPoint() - m_drag.pressPosition).manhattanLength()
                < QApplication::startDragDistance())
        return;
    if (!m_drag.started && m_drag.kind == CalendarDrag::Kind::Move)
        setCursor(Qt::ClosedHandCursor);
    m_drag.started = true;
    updateDrag(position);
}

void CalendarView::updateDrag(const QPointF &position)
{
    const CalendarGeometry grid = layout();
    const int minute = grid.minuteAt(position.y());
    const CalendarSlot before = m_drag.slot;
    const PlacedItem *placed = m_plan.find(m_drag.appointmentId);
    switch (m_drag.kind) {
    case CalendarDrag::Kind::None:
        return;
    case CalendarDrag::Kind::Book: {
        const int at = CalendarPlan::snapDown(minute);
        const int start = std::min(m_drag.anchorMinute, at);
        const int end = std::max(m_drag.anchorMinute, at) + Slot;
        m_drag.slot = m_plan.slot(before.column, start, end);
        // Only what the grid itself knows; the booking dialog asks core.
        const CalendarColumn &column = m_plan.columns().at(before.column);
        const bool oneResource = column.therapistId || column.roomId;
        const bool working = std::any_of(column.working.cbegin(), column.working.cend(),
                                         [start, end](const MinuteSpan &span) {
                                             return span.start <= start && end <= span.end;
                                         });
        if (oneResource && m_plan.overlapsOthers(before.column, start, end))
            m_drag.verdict = { DragVerdict::Kind::Conflict,
                               tr("That time overlaps another appointment.") };
        else if (column.therapistId && !working)
            m_drag.verdict = { DragVerdict::Kind::Warning,
                               tr("Outside working hours: booking will ask first.") };
        else
            m_drag.verdict = { DragVerdict::Kind::Free, QString() };
        break;
    }
    case CalendarDrag::Kind::Move: {
        if (!placed)
            return;
        const int column = grid.columnAt(position.x());
        const int length = placed->endMinute - placed->startMinute;
        const int start = std::clamp(CalendarPlan::snapNearest(minute - m_drag.anchorMinute),
                                     m_plan.firstMinute(), m_plan.lastMinute() - length);
        m_drag.slot = m_plan.slot(column < 0 ? before.column : column, start, start + length);
        break;
    }
    case CalendarDrag::Kind::Resize: {
        if (!placed)
            return;
        const int end = std::clamp(CalendarPlan::snapNearest(minute), placed->startMinute + Slot,
                                   m_plan.lastMinute());
        m_drag.slot = m_plan.slot(placed->column, placed->startMinute, end);
        break;
    }
    }
    if (placed && !sameSlot(before, m_drag.slot)) {
        m_drag.verdict = m_checker ? m_checker(placed->item, m_drag.slot.filledFrom(placed->item))
                                   : DragVerdict();
    }
    Q_EMIT dragFeedback(m_drag.verdict.message);
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.kind == CalendarDrag::Kind::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    finishDrag();
}

void CalendarView::finishDrag()
{
    const CalendarDrag drag = m_drag;
    cancelDrag();
    if (!drag.started)
        return;
    if (drag.kind == CalendarDrag::Kind::Book) {
        moveCursorTo(drag.slot.column, drag.slot.startMinute);
        Q_EMIT bookRequested(drag.slot);
        return;
    }
    const PlacedItem *placed = m_plan.find(drag.appointmentId);
    if (!placed)
        return;
    const CalendarSlot original =
            m_plan.slot(placed->column, placed->startMinute, placed->endMinute);
    if (sameSlot(original, drag.slot))
        return;
    Q_EMIT changeRequested(drag.appointmentId, drag.slot.filledFrom(placed->item));
}

void CalendarView::cancelDrag()
{
    const bool wasDragging = m_drag.started;
    m_drag = CalendarDrag();
    unsetCursor();
    if (wasDragging)
        Q_EMIT dragFeedback(QString());
    update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const CalendarGeometry grid = layout();
    const int column = grid.columnAt(event->position().x());
    if (column < 0)
        return;
    cancelDrag();
    if (const PlacedItem *placed = itemUnder(event->position())) {
        Q_EMIT openRequested(placed->item.appointmentId);
        return;
    }
    const int minute = CalendarPlan::snapDown(grid.minuteAt(event->position().y()));
    Q_EMIT bookRequested(m_plan.slot(column, minute, minute));
}

void CalendarView::reveal()
{
    const CalendarGeometry grid = layout();
    const PlacedItem *placed = m_plan.find(m_selectedId);
    const QRectF box = placed
            ? grid.itemRect(*placed)
            : grid.slotRect(m_cursorColumn, m_cursorMinute, m_cursorMinute + Slot);
    Q_EMIT revealRequested(box.toRect());
}

void CalendarView::updateAccessibleText()
{
    QString where;
    if (const PlacedItem *placed = m_plan.find(m_selectedId)) {
        const core::CalendarItem &item = placed->item;
        where = tr("%1 to %2, %3, %4, %5, %6")
                        .arg(CalendarPlan::timeText(placed->startMinute),
                             CalendarPlan::timeText(placed->endMinute), item.clientFirstName,
                             item.typeName, item.roomName,
                             core::AppointmentStatuses::label(item.status));
    } else if (!m_plan.columns().isEmpty()) {
        const CalendarColumn &column = m_plan.columns().at(m_cursorColumn);
        where = tr("%1, %2, free slot at %3")
                        .arg(column.title, column.subtitle, CalendarPlan::timeText(m_cursorMinute));
    }
    setAccessibleDescription(where);
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

} // namespace stillpoint::ui
