// SPDX-License-Identifier: GPL-3.0-or-later
// BodyChartWidget, continued: how the chart answers the mouse and the keyboard (adding, picking,
// dragging, nudging, stepping with Tab) and its tooltips.
#include "ui/notes/BodyChartWidget.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>

namespace stillpoint::ui {

namespace {

constexpr double NudgeStep = 0.01;
constexpr double BigNudgeStep = 0.05;
constexpr int ArrowStep = 15; // degrees per [ or ]

double clampUnit(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

void BodyChartWidget::stepSelection(bool forward)
{
    const QList<int> here = indexesInView();
    if (here.isEmpty())
        return;
    const qsizetype at = here.indexOf(m_selected);
    if (at < 0)
        setSelected(forward ? here.first() : here.last());
    else
        setSelected(here.at((at + (forward ? 1 : here.size() - 1)) % here.size()));
}

void BodyChartWidget::nudge(double dx, double dy)
{
    if (m_readOnly || m_selected < 0)
        return;
    const QList<core::BodyMark> before = m_marks;
    core::BodyMark &mark = m_marks[m_selected];
    const double oldX = mark.x;
    mark.x = clampUnit(mark.x + dx);
    mark.y = clampUnit(mark.y + dy);
    followSide(mark, oldX);
    commit(before, m_selected, tr("Move mark"), mergeKey(m_selected, EditField::Position));
}

void BodyChartWidget::changeIntensity(int delta)
{
    if (m_readOnly || m_selected < 0)
        return;
    const QList<core::BodyMark> before = m_marks;
    core::BodyMark &mark = m_marks[m_selected];
    mark.intensity = std::clamp(mark.intensity + delta, 0, 10);
    commit(before, m_selected, tr("Change intensity"), mergeKey(m_selected, EditField::Intensity));
}

void BodyChartWidget::turnArrow(int degrees)
{
    if (m_readOnly || m_selected < 0 || m_marks.at(m_selected).type != core::MarkType::ReferredPain)
        return;
    const QList<core::BodyMark> before = m_marks;
    core::BodyMark &mark = m_marks[m_selected];
    mark.directionDegrees = ((mark.directionDegrees.value_or(0) + degrees) % 360 + 360) % 360;
    commit(before, m_selected, tr("Turn arrow"), mergeKey(m_selected, EditField::Direction));
}

void BodyChartWidget::deleteSelected()
{
    if (m_selected >= 0)
        removeMark(m_selected);
}

void BodyChartWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF point = event->position();
    const int hit = markAt(point);
    const int selectedBefore = m_selected;
    if (hit >= 0) {
        setSelected(hit);
        if (!m_readOnly) {
            const core::BodyMark &mark = m_marks.at(hit);
            m_drag = {};
            m_drag.active = true;
            m_drag.index = hit;
            m_drag.pressPoint = point;
            m_drag.grabOffset = QPointF(mark.x, mark.y) - toDrawing(point);
            m_drag.before = m_marks;
            m_drag.selectedBefore = selectedBefore;
        }
        return;
    }
    if (m_readOnly || !drawingRect().contains(point)) {
        setSelected(-1);
        return;
    }
    m_drag = {};
    m_drag.active = true;
    m_drag.added = true;
    m_drag.before = m_marks;
    m_drag.selectedBefore = selectedBefore;
    m_drag.pressPoint = point;
    m_marks.append(newMarkAt(toDrawing(point)));
    m_drag.index = static_cast<int>(m_marks.size()) - 1;
    setSelected(m_drag.index);
}

void BodyChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF point = event->position();
    if (!m_drag.active) {
        if (m_readOnly)
            setCursor(markAt(point) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        else if (markAt(point) >= 0)
            setCursor(Qt::OpenHandCursor);
        else
            setCursor(drawingRect().contains(point) ? Qt::CrossCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag.moved
        && (point - m_drag.pressPoint).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moved = true;
    setCursor(Qt::ClosedHandCursor);
    core::BodyMark &mark = m_marks[m_drag.index];
    const double oldX = mark.x;
    const QPointF target = toDrawing(point) + m_drag.grabOffset;
    mark.x = clampUnit(target.x());
    mark.y = clampUnit(target.y());
    followSide(mark, oldX);
    update();
}

void BodyChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag.active) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setCursor(Qt::OpenHandCursor);
    finishDrag();
}

void BodyChartWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers =
            event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double step = shift ? BigNudgeStep : NudgeStep;
    const bool hasSelection = m_selected >= 0;
    switch (event->key()) {
    case Qt::Key_Insert:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_readOnly) {
            addMark(newMarkAt(freeCentre()));
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (hasSelection && !m_readOnly) {
            deleteSelected();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (hasSelection) {
            if (!m_readOnly) {
                const int key = event->key();
                nudge(key == Qt::Key_Left            ? -step
                              : key == Qt::Key_Right ? step
                                                     : 0,
                      key == Qt::Key_Up             ? -step
                              : key == Qt::Key_Down ? step
                                                    : 0);
            }
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (hasSelection) {
            changeIntensity(1);
            return;
        }
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        if (hasSelection) {
            changeIntensity(-1);
            return;
        }
        break;
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
        if (hasSelection) {
            turnArrow(event->key() == Qt::Key_BracketLeft ? -ArrowStep : ArrowStep);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drag.active) {
            if (m_drag.added || m_drag.moved)
                m_marks = m_drag.before;
            const int selectedBefore = m_drag.selectedBefore;
            m_drag = {};
            setSelected(selectedBefore >= 0 && selectedBefore < m_marks.size() ? selectedBefore
                                                                               : -1);
            update();
            return;
        }
        if (hasSelection) {
            setSelected(-1);
            return;
        }
        break;
    case Qt::Key_F2:
        if (hasSelection) {
            Q_EMIT editRequested();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool BodyChartWidget::focusNextPrevChild(bool next)
{
    // Tab steps through the view's marks; past the last (or, backwards, the first) the focus
    // moves on as usual, keeping the selection for the mark editor.
    if (hasFocus()) {
        const QList<int> here = indexesInView();
        const qsizetype at = here.indexOf(m_selected);
        const bool more = next ? at + 1 < here.size() : (at < 0 ? !here.isEmpty() : at > 0);
        if (more) {
            stepSelection(next);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void BodyChartWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void BodyChartWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool BodyChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos());
        const core::BodyMark *mark = index >= 0 ? &m_marks.at(index) : nullptr;
        bool previous = false;
        if (!mark && m_comparisonVisible) {
            for (const core::BodyMark &old : std::as_const(m_comparison)) {
                if (old.view == m_view && distanceTo(old, help->pos()) >= 0) {
                    mark = &old;
                    previous = true;
                    break;
                }
            }
        }
        if (!mark) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        // The note is the therapist's text: shown as plain text, never as markup.
        QString text = describe(*mark).toHtmlEscaped();
        if (previous)
            text = tr("Last session: %1").arg(text);
        if (!mark->note.isEmpty())
            text += QStringLiteral("<br>") + mark->note.toHtmlEscaped();
        QToolTip::showText(help->globalPos(), QStringLiteral("<p>") + text + QStringLiteral("</p>"),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace stillpoint::ui
