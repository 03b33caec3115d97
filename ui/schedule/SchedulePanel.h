// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Waitlist.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarPlan.h"
#include "ui/schedule/DaySheet.h"
#include "ui/schedule/ScheduleServices.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/schedule/ScheduleToolBar.h"
#include "ui/schedule/WaitlistDialog.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QCalendarWidget;
class QComboBox;
class QDialog;
class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QTimer;
class QUndoStack;

namespace stillpoint::ui {

class AppointmentDetailsDialog;
class CalendarHeader;
class CalendarView;
class CancelDialog;
class ChangeDialog;
class ScheduleController;
class TodayList;

// The front desk's schedule: a toolbar (today, previous and next, day or week, columns per
// therapist or per room, whose week, book, print the day sheet), the calendar grid with its
// header in a scroll area, and beside it a month navigator and today's list. It reads through
// ScheduleSource only while on screen (and again when shown after a change), changes everything
// through its ScheduleController (whose undo stack the window's Edit menu drives), and opens the
// booking, cancel and details dialogs window-modal, so nothing waits in a nested loop. The view
// it shows is remembered between sessions.
class SchedulePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePanel(const ScheduleServices &services, QWidget *parent = nullptr);
    ~SchedulePanel() override;

    // The actions of the panel for the window's Schedule menu (null entries: separators).
    QList<QAction *> menuActions() const { return m_toolBar->menuActions(); }
    ScheduleToolBar *toolBar() const { return m_toolBar; }
    QAction *todayAction() const { return m_toolBar->todayAction(); }
    QAction *previousAction() const { return m_toolBar->previousAction(); }
    QAction *nextAction() const { return m_toolBar->nextAction(); }
    QAction *dayAction() const { return m_toolBar->dayAction(); }
    QAction *weekAction() const { return m_toolBar->weekAction(); }
    QAction *byTherapistAction() const { return m_toolBar->byTherapistAction(); }
    QAction *byRoomAction() const { return m_toolBar->byRoomAction(); }
    QAction *bookAction() const { return m_toolBar->bookAction(); }
    QAction *bookSeriesAction() const { return m_toolBar->bookSeriesAction(); }
    QAction *waitlistAction() const { return m_toolBar->waitlistAction(); }
    QAction *printAction() const { return m_toolBar->printAction(); }
    QAction *savePdfAction() const { return m_toolBar->savePdfAction(); }

    CalendarView *calendarView() const { return m_view; }
    CalendarHeader *calendarHeader() const { return m_header; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QCalendarWidget *monthNavigator() const { return m_month; }
    QComboBox *weekTherapistCombo() const { return m_toolBar->weekTherapistCombo(); }
    QLabel *titleLabel() const { return m_toolBar->titleLabel(); }
    QLabel *feedbackLabel() const { return m_toolBar->feedbackLabel(); }
    TodayList *todayList() const { return m_today; }
    ScheduleController *controller() const { return m_controller; }
    QUndoStack *undoStack() const;
    const ScheduleSource &source() const { return m_source; }
    const CalendarOptions &options() const { return m_options; }
    // The booking dialog open now (the last one opened), if any.
    BookingDialog *bookingDialog() const { return m_booking; }
    // The waitlist window, when open.
    WaitlistDialog *waitlistDialog() const { return m_waitlist; }

    void showDate(const QDate &date);
    void setMode(CalendarMode mode);
    void setDayColumns(DayColumns columns);
    // Whose week the week view shows (0: everyone's).
    void setWeekTherapist(qint64 therapistId);
    // Reads everything shown again (now when on screen, else when next shown).
    void refresh();
    // While the window is locked or signed out nothing here may be used.
    void setAvailable(bool available);

    // The dialogs, callable from tests; each returns the dialog it opened (or nullptr).
    BookingDialog *book(const BookingDraft &draft);
    // For an occurrence of a series the cancel dialog also asks which occurrences.
    CancelDialog *cancelAppointment(qint64 appointmentId);
    AppointmentDetailsDialog *showDetails(qint64 appointmentId);
    // Another day, time or length (for a series: which occurrences).
    ChangeDialog *changeAppointment(qint64 appointmentId);
    // Opens the waitlist window (or raises it).
    WaitlistDialog *showWaitlistWindow();
    // Opens the booking dialog for a waitlist entry; once booked the entry is closed as booked.
    BookingDialog *bookFromWaitlist(const core::WaitlistItem &item);
    bool printDaySheet();
    bool saveDaySheetAsPdf(QString *savedPath = nullptr);
    // Closes the dialogs opened here without asking; `now` deletes them at once.
    void closeDialogs(bool now = false);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Someone who writes notes asked for the session note of an appointment (the window opens
    // it beside the client's record).
    void noteRequested(qint64 appointmentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectActions();
    void applySession();
    void reload();
    void reloadResources();
    void updateTitle();
    void updateViewOptions();
    void tick();
    void showFeedback(const QString &message);
    void showWaitlist(const QList<core::WaitlistMatch> &matches);
    void cancelItem(const core::CalendarItem &item, const core::CancelRequest &request);
    void updateBusyDays();
    void track(QDialog *dialog);
    const core::CalendarItem *shownItem(qint64 appointmentId) const;

    ScheduleServices m_services;
    ScheduleSource m_source;
    DaySheet m_daySheet;
    ScheduleController *m_controller;
    CalendarOptions m_options;
    bool m_stale = true;
    bool m_resourcesStale = true;
    bool m_available = true;
    QDate m_lastToday;
    QList<core::CalendarItem> m_dayItems; // the shown range's appointments, cancelled included
    QList<QPointer<QDialog>> m_dialogs;
    QPointer<BookingDialog> m_booking;
    QPointer<WaitlistDialog> m_waitlist;

    ScheduleToolBar *m_toolBar;
    CalendarView *m_view;
    CalendarHeader *m_header;
    QScrollArea *m_scroll;
    QCalendarWidget *m_month;
    TodayList *m_today;
    QSplitter *m_splitter;
    QTimer *m_timer;
};

} // namespace stillpoint::ui
