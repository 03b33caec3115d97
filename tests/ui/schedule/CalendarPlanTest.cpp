// SPDX-License-Identifier: GPL-3.0-or-later
// How the calendar lays a day or week out, before anything is painted.
#include "ui/schedule/CalendarPlan.h"
#include "tests/support/QtStringMakers.h"
#include "ui/schedule/CalendarGeometry.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using ui::CalendarMode;
using ui::CalendarOptions;
using ui::CalendarPlan;

namespace {

const QDate tuesday(2026, 11, 24);
const QTimeZone london("Europe/London");

QDateTime at(int hour, int minute = 0, const QDate &date = tuesday)
{
    return QDateTime(date, QTime(hour, minute), london).toUTC();
}

core::CalendarItem item(qint64 id, qint64 therapistId, const QDateTime &start, int minutes,
                        core::AppointmentStatus status = core::AppointmentStatus::Booked)
{
    core::CalendarItem shown;
    shown.appointmentId = id;
    shown.therapistId = therapistId;
    shown.roomId = 1;
    shown.startUtc = start;
    shown.endUtc = start.addSecs(minutes * 60);
    shown.bufferEndUtc = shown.endUtc.addSecs(15 * 60);
    shown.status = status;
    return shown;
}

ui::CalendarInput practice()
{
    ui::CalendarInput input;
    input.therapists = { { 1, 10, QStringLiteral("Theo"), true, 0 },
                         { 2, 11, QStringLiteral("Anna"), true, 0 } };
    input.rooms = { { 1, QStringLiteral("Room 1"), QString(), true, 0 } };
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        input.hours[1] << core::WorkingInterval::of(day, QTime(9, 0), QTime(12, 30))
                       << core::WorkingInterval::of(day, QTime(13, 30), QTime(17, 0));
        input.hours[2] << core::WorkingInterval::of(day, QTime(10, 0), QTime(16, 0));
    }
    input.zone = london;
    input.today = tuesday;
    return input;
}

} // namespace

TEST_CASE("the day plan spans the working hours with room either side on whole hours",
          "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.date = tuesday;
    const CalendarPlan plan = CalendarPlan::build(options, practice());
    REQUIRE(plan.columns().size() == 2);
    CHECK(plan.columns().at(0).title == QStringLiteral("Theo"));
    CHECK(plan.columns().at(0).subtitle == QStringLiteral("09:00–12:30 · 13:30–17:00"));
    CHECK(plan.columns().at(0).isToday);
    CHECK(plan.firstMinute() == 8 * 60);
    CHECK(plan.lastMinute() == 18 * 60);
}

TEST_CASE("an appointment outside the hours widens the plan to show it", "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.date = tuesday;
    ui::CalendarInput input = practice();
    input.items = { item(1, 1, at(19, 0), 60) };
    const CalendarPlan plan = CalendarPlan::build(options, input);
    CHECK(plan.lastMinute() == 21 * 60); // 20:15 with its buffer, and some room
    REQUIRE(plan.items().size() == 1);
    CHECK(plan.items().constFirst().startMinute == 19 * 60);
    CHECK(plan.items().constFirst().bufferEndMinute == 20 * 60 + 15);
}

TEST_CASE("a no-show and the booking that took its time sit side by side", "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.date = tuesday;
    ui::CalendarInput input = practice();
    input.items = { item(1, 1, at(10, 0), 60, core::AppointmentStatus::NoShow),
                    item(2, 1, at(10, 30), 60), item(3, 1, at(14, 0), 60),
                    item(4, 1, at(9, 0), 30, core::AppointmentStatus::Cancelled) };
    const CalendarPlan plan = CalendarPlan::build(options, input);
    REQUIRE(plan.items().size() == 3); // the cancelled one is not on the grid
    CHECK(plan.find(1)->lanes == 2);
    CHECK(plan.find(1)->lane == 0);
    CHECK(plan.find(2)->lane == 1);
    CHECK(plan.find(3)->lanes == 1);
    // The booking, not the no-show, is what a keyboard selection lands on.
    CHECK(plan.itemAt(0, 10 * 60 + 45)->item.appointmentId == 2);
    CHECK(plan.overlapsOthers(0, 11 * 60, 11 * 60 + 30));
    CHECK_FALSE(plan.overlapsOthers(0, 12 * 60, 12 * 60 + 30));
}

TEST_CASE("the week plan leaves out days nobody works and nothing is booked",
          "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.mode = CalendarMode::Week;
    options.date = tuesday;
    ui::CalendarInput input = practice();
    input.items = { item(1, 2, at(10, 0, tuesday.addDays(5)), 60) }; // Sunday
    CHECK(options.firstDate() == QDate(2026, 11, 23));
    const CalendarPlan plan = CalendarPlan::build(options, input);
    QStringList days;
    for (const ui::CalendarColumn &column : plan.columns())
        days << column.title;
    CHECK(days
          == QStringList({ QStringLiteral("Mon 23 Nov"), QStringLiteral("Tue 24 Nov"),
                           QStringLiteral("Wed 25 Nov"), QStringLiteral("Thu 26 Nov"),
                           QStringLiteral("Fri 27 Nov"), QStringLiteral("Sun 29 Nov") }));
    CHECK(plan.columns().at(1).subtitle == QStringLiteral("09:00–17:00"));
    CHECK(plan.columnFor(input.items.constFirst()) == 5);

    options.weekTherapistId = 1; // Theo has nothing on Sunday
    CHECK(CalendarPlan::build(options, input).columns().size() == 5);
}

TEST_CASE("time off shows in the therapist's column", "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.date = tuesday;
    ui::CalendarInput input = practice();
    input.timeOff = { { 1, 2, at(0, 0), at(0, 0, tuesday.addDays(2)), QStringLiteral("Course") } };
    const CalendarPlan plan = CalendarPlan::build(options, input);
    REQUIRE(plan.columns().at(1).away.size() == 1);
    CHECK(plan.columns().at(1).away.constFirst().start == 0);
    CHECK(plan.columns().at(1).away.constFirst().end == 1440);
    CHECK(plan.columns().at(0).away.isEmpty());
}

TEST_CASE("the grid's geometry maps minutes and columns both ways", "[ui][schedule][plan]")
{
    CalendarOptions options;
    options.date = tuesday;
    const CalendarPlan plan = CalendarPlan::build(options, practice());
    const ui::CalendarGeometry grid(58 + 400, plan, 60);
    CHECK(grid.columnWidth() == 200.0);
    CHECK(grid.columnAt(57) == -1);
    CHECK(grid.columnAt(58 + 250) == 1);
    CHECK(grid.y(9 * 60) == 60.0);
    CHECK(grid.minuteAt(90.0) == 9 * 60 + 30);
    CHECK(CalendarPlan::snapNearest(9 * 60 + 8) == 9 * 60 + 15);
    CHECK(CalendarPlan::snapDown(9 * 60 + 14) == 9 * 60);
}
