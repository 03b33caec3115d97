// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarView's keyboard: moving the selection over slots and appointments, moving and resizing
// the selected appointment, changing the day, week and view. Kept apart from painting and the
// mouse.
#include "ui/schedule/CalendarView.h"

#include <QKeyEvent>

namespace stillpoint::ui {

namespace {
constexpr int Slot = CalendarPlan::SlotMinutes;
} // namespace

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool control = modifiers & Qt::ControlModifier;
    const bool shift = modifiers & Qt::ShiftModifier;
    const bool alt = modifiers & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.kind != CalendarDrag::Kind::None) {
            cancelDrag();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -Slot : Slot;
        if (control && m_selectedId)
            nudgeSelected(step, shift);
        else if (!control && !alt)
            moveSelection(0, step);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt)
            Q_EMIT stepRequested(step);
        else
            moveSelection(step, 0);
        return;
    }
    case Qt::Key_PageUp:
        Q_EMIT stepRequested(-1);
        return;
    case Qt::Key_PageDown:
        Q_EMIT stepRequested(1);
        return;
    case Qt::Key_Home:
        setSelected(0);
        moveCursorTo(m_cursorColumn, m_plan.firstMinute());
        reveal();
        return;
    case Qt::Key_End:
        setSelected(0);
        moveCursorTo(m_cursorColumn, m_plan.lastMinute() - Slot);
        reveal();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId)
            Q_EMIT openRequested(m_selectedId);
        else if (!m_plan.columns().isEmpty())
            Q_EMIT bookRequested(m_plan.slot(m_cursorColumn, m_cursorMinute, m_cursorMinute));
        return;
    case Qt::Key_T:
        if (!modifiers) {
            Q_EMIT todayRequested();
            return;
        }
        break;
    case Qt::Key_D:
    case Qt::Key_W:
        if (!modifiers) {
            Q_EMIT modeRequested(event->key() == Qt::Key_D ? CalendarMode::Day
                                                           : CalendarMode::Week);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::moveSelection(int columnStep, int minuteStep)
{
    if (m_plan.columns().isEmpty())
        return;
    int column = m_cursorColumn;
    int minute = m_cursorMinute;
    const PlacedItem *selected = m_plan.find(m_selectedId);
    if (columnStep) {
        column = std::clamp(column + columnStep, 0, int(m_plan.columns().size()) - 1);
    } else if (selected && minuteStep > 0) {
        minute = CalendarPlan::snapDown(selected->endMinute + Slot - 1); // the slot after it
    } else {
        minute += minuteStep;
    }
    minute = std::clamp(minute, m_plan.firstMinute(), m_plan.lastMinute() - Slot);
    const PlacedItem *landed = m_plan.itemAt(column, minute);
    if (landed && landed == selected && !columnStep && minuteStep < 0) // inside it still
        landed = m_plan.itemAt(column, landed->startMinute - Slot);
    m_cursorColumn = column;
    m_cursorMinute = landed ? CalendarPlan::snapDown(landed->startMinute) : minute;
    setSelected(landed ? landed->item.appointmentId : 0);
    updateAccessibleText();
    reveal();
    update();
}

void CalendarView::nudgeSelected(int minutes, bool resize)
{
    const PlacedItem *placed = m_plan.find(m_selectedId);
    if (!placed || !isMovable(placed->item))
        return;
    CalendarSlot slot = m_plan.slot(placed->column, placed->startMinute, placed->endMinute);
    if (resize) {
        slot.endMinute = std::max(slot.startMinute + Slot, slot.endMinute + minutes);
    } else {
        slot.startMinute += minutes;
        slot.endMinute += minutes;
    }
    if (slot.startMinute < 0 || slot.endMinute > 1440)
        return;
    Q_EMIT changeRequested(m_selectedId, slot.filledFrom(placed->item));
}

} // namespace stillpoint::ui
