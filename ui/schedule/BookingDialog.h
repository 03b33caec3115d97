// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"
#include "core/schedule/SeriesService.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
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
class SeriesBox;
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
    qint64 typeId = 0; // 0: the type closest to `minutes`
    bool repeat = false; // start with "Repeat" ticked: a recurring series
};

// Books one appointment: the client found by typing part of their name, phone or email, the
// therapist, room and type, the day, start and length (prefilled from the calendar), and notes
// for the desk. Once a client is chosen it shows their no-shows and late cancellations, and it
// says at once whether the time is free (core's check). Booking goes through the
// ScheduleController (warnings are asked about); a refusal, such as a conflict naming the other
// appointment, is shown in the dialog, which then stays open.
// With "Repeat" ticked it books a recurring series instead (SeriesBox): the occurrences are
// listed with what each collides with, and the desk books all of them (only when none
// collides) or only the free ones; warnings are asked about first.
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
    QCheckBox *repeatCheck() const { return m_repeat; }
    SeriesBox *seriesBox() const { return m_series; }
    QPushButton *bookFreeButton() const { return m_bookFreeButton; }

    qint64 clientId() const { return m_clientId; }
    // Chooses a client as picking them from the results would.
    void chooseClient(qint64 clientId, const QString &name);
    // The appointment as booked, once accepted.
    // (For a series, its first written appointment.)
    const core::Appointment &booked() const { return m_booked; }
    // What booking the series did, once accepted with "Repeat" ticked.
    const std::optional<core::SeriesOutcome> &bookedSeries() const { return m_bookedSeries; }

    void accept() override;
    // Books the series' free occurrences only ("Book Free Only").
    void acceptFreeOnly();

private:
    void createFields(const BookingDraft &draft, const QList<core::CalendarItem> &dayItems);
    void search();
    void showAttendance();
    void updateCheck();
    void typeChosen();
    core::BookingRequest request() const;
    core::SeriesRequest seriesRequest() const;
    void repeatToggled();
    void acceptSeries(core::ConflictPolicy policy);
    QDateTime startUtc() const;

    ScheduleController &m_controller;
    const ScheduleSource &m_source;
    qint64 m_clientId = 0;
    bool m_lengthChosen = false;
    core::Appointment m_booked;
    std::optional<core::SeriesOutcome> m_bookedSeries;

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
    QLabel *m_title = nullptr;
    QCheckBox *m_repeat;
    SeriesBox *m_series;
    QPushButton *m_bookButton = nullptr;
    QPushButton *m_bookFreeButton = nullptr;
};

} // namespace stillpoint::ui
