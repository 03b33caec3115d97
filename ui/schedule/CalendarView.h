// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/schedule/CalendarGeometry.h"
#include "ui/schedule/CalendarPlan.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

namespace stillpoint::ui {

// What a proposed move or resize would meet, for the feedback while dragging.
struct DragVerdict
{
    enum class Kind { Unknown, Free, Warning, Conflict };
    Kind kind = Kind::Unknown;
    QString message; // the core's conflict or warning message
};

// A drag on the grid in progress: booking on free time, moving an appointment or resizing it by
// its bottom edge. `slot` is where it would land now.
struct CalendarDrag
{
    enum class Kind { None, Book, Move, Resize };
    Kind kind = Kind::None;
    bool started = false; // moved past the drag distance
    QPoint pressPosition;
    int anchorMinute = 0; // Book: the pressed minute; Move: minutes from the start to the press
    qint64 appointmentId = 0;
    CalendarSlot slot;
    DragVerdict verdict;
};

// The calendar's time grid for one day or week, painted by hand (CalendarPainter): columns of a
// CalendarPlan, a time gutter, shaded non-working time and time off, the appointments coloured
// by type with their status, and a now-line. It owns no data: the panel gives it a plan and acts
// on what it asks for. With the mouse: drag on free time to book, drag an appointment to move
// it, drag its bottom edge to resize it (each on a 15-minute grid, checked while dragging through
// the checker), double-click to open. With the keyboard: arrows move the selection over slots
// and appointments, Ctrl+Up/Down move the selected appointment, Ctrl+Shift+Up/Down resize it,
// PageUp/PageDown or Alt+Left/Right change the day or week, T goes to today, D and W switch the
// view, Enter opens the appointment or books the slot.
class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    using Checker = std::function<DragVerdict(const core::CalendarItem &, const CalendarSlot &)>;

    explicit CalendarView(QWidget *parent = nullptr);

    // Shows a new plan, keeping the selected appointment (or slot) when it is still shown.
    void setPlan(const CalendarPlan &plan);
    const CalendarPlan &plan() const { return m_plan; }
    void setChecker(Checker checker) { m_checker = std::move(checker); }
    void setNow(const QDateTime &nowUtc);
    const QDateTime &now() const { return m_now; }

    qint64 selectedAppointment() const { return m_selectedId; }
    void selectAppointment(qint64 appointmentId);
    // The keyboard's slot: a column and a 15-minute start.
    CalendarSlot cursorSlot() const;
    void moveCursorTo(int column, int minute);
    const CalendarDrag &drag() const { return m_drag; }

    CalendarGeometry layout() const;
    int hourHeight() const { return m_hourHeight; }
    // The middle of a column at a minute, and an appointment's box (empty when not shown), in
    // this widget's coordinates: for scrolling to them, and for tests.
    QPoint pointAt(int column, int minute) const;
    QRect itemRect(qint64 appointmentId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Book on this slot (endMinute == startMinute: the type's own length).
    void bookRequested(const stillpoint::ui::CalendarSlot &slot);
    // Move or resize an appointment to this slot (its column's therapist or room when set).
    void changeRequested(qint64 appointmentId, const stillpoint::ui::CalendarSlot &slot);
    void openRequested(qint64 appointmentId);
    void stepRequested(int steps); // -1 earlier, +1 later day or week
    void todayRequested();
    void modeRequested(stillpoint::ui::CalendarMode mode);
    void selectionChanged();
    // While dragging: what the proposed time meets ("" when free); the drag ended when empty.
    void dragFeedback(const QString &message);
    // Asks the scroll area around it to show this rectangle.
    void revealRequested(const QRect &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool isMovable(const core::CalendarItem &item) const;
    const PlacedItem *itemUnder(const QPointF &position, bool *onBottomEdge = nullptr) const;
    void updateDrag(const QPointF &position);
    void finishDrag();
    void cancelDrag();
    void setSelected(qint64 appointmentId);
    void moveSelection(int columnStep, int minuteStep);
    void nudgeSelected(int minutes, bool resize);
    void reveal();
    void updateAccessibleText();
    void updateHourHeight();

    CalendarPlan m_plan;
    Checker m_checker;
    QDateTime m_now;
    int m_hourHeight = 64;
    qint64 m_selectedId = 0;
    int m_cursorColumn = 0;
    int m_cursorMinute = 9 * 60;
    CalendarDrag m_drag;
};

} // namespace stillpoint::ui
