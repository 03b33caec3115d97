// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

namespace stillpoint::ui {

class CalendarView;

// The row of column titles above a CalendarView, which stays in place while the grid scrolls:
// each therapist's or room's name (or the day, in week view) with their working hours or the
// room's notes below. Today's title stands out. Clicking a day of the week view asks for it.
class CalendarHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarHeader(const CalendarView &view, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayRequested(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    const CalendarView &m_view;
};

} // namespace stillpoint::ui
