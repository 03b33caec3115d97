// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/ScheduleResources.h"
#include "ui/schedule/CalendarPlan.h"
#include "ui/schedule/CalendarView.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace stillpoint::ui {

// The schedule's toolbar and the actions behind it (also the window's Schedule menu): Today,
// previous and next, Day or Week, columns by therapist or by room (day view) or whose week
// (week view), Book (and Book Series), the Waitlist, and the day sheet's Print and PDF; the title
// of what is shown; and, while dragging, what the proposed time meets. The actions' shortcuts work
// anywhere in `shortcutScope` (the schedule panel). What they do is up to the panel.
class ScheduleToolBar final : public QWidget
{
    Q_OBJECT

public:
    ScheduleToolBar(QWidget *shortcutScope, QWidget *parent = nullptr);

    QAction *todayAction() const { return m_today; }
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QAction *dayAction() const { return m_day; }
    QAction *weekAction() const { return m_week; }
    QAction *byTherapistAction() const { return m_byTherapist; }
    QAction *byRoomAction() const { return m_byRoom; }
    QAction *bookAction() const { return m_book; }
    QAction *bookSeriesAction() const { return m_bookSeries; }
    QAction *waitlistAction() const { return m_waitlist; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    // For a menu; null entries are separators.
    QList<QAction *> menuActions() const;

    QLabel *titleLabel() const { return m_title; }
    QComboBox *weekTherapistCombo() const { return m_weekTherapist; }
    QLabel *feedbackLabel() const { return m_feedback; }

    // Checks and shows what applies to the options; `available` false disables everything,
    // `mayBook` the Book action.
    void showOptions(const CalendarOptions &options, bool available, bool mayBook);
    // The choices of whose week: everyone, then each therapist; selects `selected` (0: all).
    void setTherapists(const QList<core::Therapist> &therapists, qint64 selected);
    // While dragging: core's words about the proposed time; empty clears it.
    void showFeedback(const QString &message, DragVerdict::Kind kind);

Q_SIGNALS:
    // The user picked whose week to show (0: everyone's).
    void weekTherapistChosen(qint64 therapistId);

private:
    void createActions(QWidget *shortcutScope);
    void layOut();

    QAction *m_today = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_day = nullptr;
    QAction *m_week = nullptr;
    QAction *m_byTherapist = nullptr;
    QAction *m_byRoom = nullptr;
    QAction *m_book = nullptr;
    QAction *m_bookSeries = nullptr;
    QAction *m_waitlist = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
    QLabel *m_title;
    QComboBox *m_weekTherapist;
    QLabel *m_feedback;
    QWidget *m_byTherapistButton = nullptr;
    QWidget *m_byRoomButton = nullptr;
};

} // namespace stillpoint::ui
