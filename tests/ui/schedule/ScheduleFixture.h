// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "tests/ui/WindowFixture.h"

#include <QDate>
#include <QPoint>

namespace stillpoint::ui {
class CalendarView;
class SchedulePanel;
} // namespace stillpoint::ui

namespace stillpoint::test {

// A main window whose practice has a schedule, shown on its Schedule area: the practice's zone
// is Europe/London (so 10:00 UTC, the tests' "now" on Tuesday 24 November 2026, is 10:00 on the
// calendar); therapists Theo (the demo therapist, weekdays 09:00–17:00) and Anna (the demo owner,
// weekdays 09:00–13:00); Room 1 and Room 2; "Treatment 60 min" (15 minutes' buffer) and
// "Follow-up 30 min"; clients Inés Duarte and Jamal Okafor. Appointments for a test are booked
// through core as the demo front desk, as another computer would.
struct ScheduleFixture
{
    ScheduleFixture();

    // Opens the window for the demo user with `role`, switches to the Schedule area and waits
    // until the calendar is on screen.
    void open(core::Role role = core::Role::FrontDesk);

    ui::SchedulePanel *panel() const;
    ui::CalendarView *view() const;
    // A wall-clock time today (or on `date`) in the practice's zone, as UTC.
    QDateTime at(int hour, int minute = 0, const QDate &date = today) const;
    // Books through core; warnings (a time in the past) are acknowledged. Fails the test when
    // core refuses.
    core::Appointment book(qint64 clientId, const core::Therapist &therapist,
                           const core::Room &room, const core::AppointmentType &type,
                           const QDateTime &startUtc);
    // The appointment as stored now.
    core::AppointmentDetails stored(qint64 appointmentId);
    // The calendar's column of a therapist in the day view (columns per therapist).
    int columnOf(const core::Therapist &therapist) const;
    // A point on the grid: the middle of a column at a wall-clock minute of the shown day.
    QPoint point(int column, int minute) const;
    // Presses the left button at `from`, moves to `to` in a few steps and releases there.
    void drag(const QPoint &from, const QPoint &to) const;

    static const QDate today; // Tuesday 24 November 2026

    WindowFixture w;
    core::AppointmentService appointments{ w.database.db(), w.clock };
    core::ScheduleSetupService setup{ w.database.db(), w.clock };
    core::Session owner;
    core::Session desk;
    core::Therapist theo;
    core::Therapist anna;
    core::Room room1;
    core::Room room2;
    core::AppointmentType treatment60;
    core::AppointmentType followUp30;
    core::Client ines;
    core::Client jamal;
};

} // namespace stillpoint::test
