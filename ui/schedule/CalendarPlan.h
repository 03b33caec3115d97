// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"
#include "core/schedule/ScheduleResources.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace stillpoint::ui {

// The two views of the calendar: one day, or the week (Monday to Sunday) around a date.
enum class CalendarMode { Day, Week };
// What the day view's columns are: one per therapist, or one per room.
enum class DayColumns { Therapists, Rooms };

// What the calendar shows: the mode, the date it shows (any day of the week in week view), the
// day view's columns and whose week (0: every therapist's).
struct CalendarOptions
{
    CalendarMode mode = CalendarMode::Day;
    DayColumns dayColumns = DayColumns::Therapists;
    QDate date;
    qint64 weekTherapistId = 0;

    QDate firstDate() const; // the date, or the Monday of its week
    int dayCount() const { return mode == CalendarMode::Day ? 1 : 7; }
};

// Minutes of a local day, [start, end), 0..1440.
struct MinuteSpan
{
    int start = 0;
    int end = 0;
};

// One column of the grid: a therapist's or a room's day, or one day of a week. `working` is
// shaded as open (the rest is greyed), `away` is time off.
struct CalendarColumn
{
    QDate date;
    qint64 therapistId = 0; // 0 when the column is not one therapist's
    qint64 roomId = 0; // 0 when the column is not one room's
    QString title;
    QString subtitle;
    QList<MinuteSpan> working;
    QList<MinuteSpan> away;
    bool isToday = false;
};

// An appointment placed on the grid: its column, its local minutes and, when it overlaps others
// in the column (a no-show and the booking that took its time; two therapists in a week view of
// everyone), its lane among `lanes` side by side.
struct PlacedItem
{
    core::CalendarItem item;
    int column = 0;
    int startMinute = 0;
    int endMinute = 0;
    int bufferEndMinute = 0;
    int lane = 0;
    int lanes = 1;
};

// Where a booking, move or resize would go: a column's therapist and room (0 where the column does
// not say), its date, and the time.
struct CalendarSlot
{
    int column = 0;
    QDate date;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    int startMinute = 0;
    int endMinute = 0;

    int minutes() const { return endMinute - startMinute; }
    // This slot with the appointment's therapist and room where the column does not say.
    CalendarSlot filledFrom(const core::CalendarItem &item) const
    {
        CalendarSlot filled = *this;
        filled.therapistId = therapistId ? therapistId : item.therapistId;
        filled.roomId = roomId ? roomId : item.roomId;
        return filled;
    }
};

// What CalendarPlan needs to lay a range out.
struct CalendarInput
{
    QList<core::Therapist> therapists;
    QList<core::Room> rooms;
    QHash<qint64, QList<core::WorkingInterval>> hours;
    QList<core::TimeOff> timeOff;
    QList<core::CalendarItem> items;
    QTimeZone zone = QTimeZone::utc();
    QDate today;
};

// The grid of a day or week view worked out from the data, with no painting: its columns, the
// hours it spans (the working hours with at least half an hour either side, on whole hours, widened
// for any appointment outside them) and every appointment's place. In week view, days on which
// nobody works and nothing is booked are left out (the shown date is always kept).
class CalendarPlan
{
public:
    static constexpr int SlotMinutes = 15;

    static CalendarPlan build(const CalendarOptions &options, const CalendarInput &input);

    const CalendarOptions &options() const { return m_options; }
    const QList<CalendarColumn> &columns() const { return m_columns; }
    const QList<PlacedItem> &items() const { return m_items; }
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    const QTimeZone &zone() const { return m_zone; }

    const PlacedItem *find(qint64 appointmentId) const;
    // The appointment covering a minute of a column (its treatment, not its buffer); the last
    // lane's when several do.
    const PlacedItem *itemAt(int column, int minute) const;
    // The column that shows a date (or a date and therapist or room); -1 when none does.
    int columnOf(const QDate &date, qint64 therapistId = 0, qint64 roomId = 0) const;
    // The column an appointment belongs in; -1 when none shows it.
    int columnFor(const core::CalendarItem &item) const;
    // A slot in a column, with the column's therapist and room.
    CalendarSlot slot(int column, int startMinute, int endMinute) const;
    // Whether the treatment [start, end) would overlap another shown appointment that blocks
    // time in that column (ignoring `exceptId`).
    bool overlapsOthers(int column, int startMinute, int endMinute, qint64 exceptId = 0) const;

    // A local minute of a date as UTC, and back (minutes counted from the date's midnight).
    QDateTime toUtc(const QDate &date, int minute) const;
    int minuteOf(const QDate &date, const QDateTime &utc) const;

    // "09:00"; "24:00" for the end of the day.
    static QString timeText(int minute);
    static int snapDown(int minute) { return minute - minute % SlotMinutes; }
    static int snapNearest(int minute) { return snapDown(minute + SlotMinutes / 2); }

private:
    void addColumns(const CalendarInput &input);
    void placeItems(const QList<core::CalendarItem> &items);
    void assignLanes();
    void fitHours();

    CalendarOptions m_options;
    QList<CalendarColumn> m_columns;
    QList<PlacedItem> m_items;
    QTimeZone m_zone = QTimeZone::utc();
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 18 * 60;
};

} // namespace stillpoint::ui
