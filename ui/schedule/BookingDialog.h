// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace stillpoint::ui {

class ScheduleController;
class ScheduleSource;

// What the calendar knows when booking starts: the dragged (or chosen) time and the column's
// therapist or room (0: the dialog picks one that is free).
struct BookingDraft
{
    QDate date;
    int startMinute = 9 * 60;
    int minutes = 0; // 0: the type's own length
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 clientId = 0;
};

// Books one appointment: the client found by typing part of their name, phone or email, the
// therapist, room and type, the day, start and length (prefilled from the calendar), and notes
// for the desk. Once a client is chosen it shows their no-shows and late cancellations, and it
// says at once whether the time is free (core's check). Booking goes through the
// ScheduleController (warnings are asked about); a refusal, such as a conflict naming the other
// appointment, is shown in the dialog, which then stays open.
class BookingDialog final : public QDialog
{
    Q_OBJECT

public:
    BookingDialog(ScheduleController &controller, const ScheduleSource &source,
                  const BookingDraft &draft, const QList<core::CalendarItem> &dayItems,
                  QWidget *parent = nullptr);
    ~BookingDialog() override;

    QLineEdit *clientSearchEdit() const { return m_search; }
    QListWidget *clientResults() const { return m_results; }
    QComboBox *therapistCombo() const { return m_therapist; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *typeCombo() const { return m_type; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QSpinBox *lengthSpin() const { return m_length; }
    QLineEdit *notesEdit() const { return m_notes; }
    QLabel *attendanceLabel() const { return m_attendance; }
    QLabel *checkLabel() const { return m_check; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *bookButton() const { return m_bookButton; }

    qint64 clientId() const { return m_clientId; }
    // Chooses a client as picking them from the results would.
    void chooseClient(qint64 clientId, const QString &name);
    // The appointment as booked, once accepted.
    const core::Appointment &booked() const { return m_booked; }

    void accept() override;

private:
    void createFields(const BookingDraft &draft, const QList<core::CalendarItem> &dayItems);
    void search();
    void showAttendance();
    void updateCheck();
    void typeChosen();
    core::BookingRequest request() const;
    QDateTime startUtc() const;

    ScheduleController &m_controller;
    const ScheduleSource &m_source;
    qint64 m_clientId = 0;
    bool m_lengthChosen = false;
    core::Appointment m_booked;

    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_client;
    QLabel *m_attendance;
    QComboBox *m_therapist;
    QComboBox *m_room;
    QComboBox *m_type;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QSpinBox *m_length;
    QLineEdit *m_notes;
    QLabel *m_check;
    QLabel *m_problem;
    QPushButton *m_bookButton = nullptr;
};

} // namespace stillpoint::ui
