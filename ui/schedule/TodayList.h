// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace stillpoint::ui {

class ScheduleSource;
class TodayListModel;

// The desk's list of today's appointments (TodayListModel) with what the desk does with them:
// Check In, Completed, No-Show, Cancel… and Details…, as buttons, in the list's context menu and
// by keyboard (Enter opens the details); for those who write clinical notes also Session Note…
// for an appointment that has begun (checked in or completed). Each action is enabled only when
// core would allow it: completed and no-show once the appointment has begun, cancel while it is
// upcoming. The list asks for the changes; the schedule panel makes them.
class TodayList final : public QWidget
{
    Q_OBJECT

public:
    explicit TodayList(const ScheduleSource &source, QWidget *parent = nullptr);

    // Reads today's appointments and their clients' attendance again.
    void reload();
    void clear();
    // Enables the actions for the selected appointment as it stands now.
    void updateActions();

    TodayListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QAction *checkInAction() const { return m_checkIn; }
    QAction *completedAction() const { return m_completed; }
    QAction *noShowAction() const { return m_noShow; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *detailsAction() const { return m_details; }
    QAction *noteAction() const { return m_note; }

    // The selected appointment, if any.
    const core::CalendarItem *selected() const;
    void select(qint64 appointmentId);

Q_SIGNALS:
    void statusRequested(const stillpoint::core::CalendarItem &item,
                         stillpoint::core::AppointmentStatus status);
    void cancelRequested(const stillpoint::core::CalendarItem &item);
    void detailsRequested(qint64 appointmentId);
    void noteRequested(qint64 appointmentId);
    void appointmentSelected(qint64 appointmentId);
    // Reading the list failed.
    void problem(const QString &message);

private:
    QAction *makeAction(const QString &text, const char *name, const QString &tip);

    const ScheduleSource &m_source;
    TodayListModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QAction *m_checkIn = nullptr;
    QAction *m_completed = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_details = nullptr;
    QAction *m_note = nullptr;
    QWidget *m_noteButton = nullptr;
    bool m_quiet = false; // selecting from the calendar: not announced back
};

} // namespace stillpoint::ui
