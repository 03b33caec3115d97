// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Recurrence.h"
#include "core/schedule/ScheduleValidator.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// The UTC hour of each occurrence, to see the offset change under a fixed wall-clock time.
QList<int> utcHours(const QList<Occurrence> &occurrences)
{
    QList<int> hours;
    for (const Occurrence &o : occurrences)
        hours << o.startUtc.toUTC().time().hour();
    return hours;
}

} // namespace

TEST_CASE("a weekly 09:00 in London stays 09:00 across the spring and autumn changes",
          "[schedule][recurrence]")
{
    const QTimeZone london("Europe/London");
    REQUIRE(london.isValid());
    RecurrenceRule rule;
    rule.firstDate = QDate(2026, 3, 16); // a Monday; clocks go forward on 29 March
    rule.localTime = QTime(9, 0);
    rule.untilDate = QDate(2026, 11, 2); // and back on 25 October
    REQUIRE(ScheduleValidator::recurrenceProblems(rule).isEmpty());
    const QList<Occurrence> list = Recurrence::occurrences(rule, london);
    REQUIRE(list.size() == 34);
    for (const Occurrence &o : list) {
        INFO(o.localDate.toString(Qt::ISODate).toStdString());
        CHECK(o.localDate.dayOfWeek() == Qt::Monday);
        CHECK(o.startUtc.toTimeZone(london).time() == QTime(9, 0));
    }
    const QList<int> hours = utcHours(list);
    CHECK(hours.at(0) == 9); // 16 March, GMT
    CHECK(hours.at(1) == 9); // 23 March, GMT
    CHECK(hours.at(2) == 8); // 30 March, BST
    CHECK(hours.at(31) == 8); // 19 October, BST
    CHECK(hours.at(32) == 9); // 26 October, GMT again
    CHECK(list.constLast().localDate == QDate(2026, 11, 2)); // the until date is included
}

TEST_CASE("a fortnightly series in New York keeps its local time through both changes",
          "[schedule][recurrence]")
{
    const QTimeZone newYork("America/New_York");
    REQUIRE(newYork.isValid());
    RecurrenceRule rule;
    rule.intervalWeeks = 2;
    rule.firstDate = QDate(2026, 2, 26); // a Thursday; EDT from 8 March, EST from 1 November
    rule.localTime = QTime(17, 30);
    rule.count = 20;
    const QList<Occurrence> list = Recurrence::occurrences(rule, newYork);
    REQUIRE(list.size() == 20);
    CHECK(list.at(1).localDate == QDate(2026, 3, 12));
    for (const Occurrence &o : list)
        CHECK(o.startUtc.toTimeZone(newYork).time() == QTime(17, 30));
    const QList<int> hours = utcHours(list);
    CHECK(hours.at(0) == 22); // EST: UTC-5
    CHECK(hours.at(1) == 21); // EDT: UTC-4
    CHECK(list.at(17).localDate == QDate(2026, 10, 22));
    CHECK(hours.at(17) == 21);
    CHECK(hours.at(18) == 22); // 5 November, EST again
}

TEST_CASE("a series rule ends on a date or after a count but not both", "[schedule][recurrence]")
{
    RecurrenceRule rule;
    rule.firstDate = QDate(2026, 3, 2);
    rule.localTime = QTime(9, 0);
    CHECK_FALSE(ScheduleValidator::recurrenceProblems(rule).isEmpty());
    rule.count = 4;
    CHECK(ScheduleValidator::recurrenceProblems(rule).isEmpty());
    rule.untilDate = QDate(2026, 6, 1);
    CHECK(ScheduleValidator::recurrenceProblems(rule).constFirst().field == QStringLiteral("end"));
    rule.count = 0;
    rule.untilDate = QDate(2026, 2, 1);
    CHECK_FALSE(ScheduleValidator::recurrenceProblems(rule).isEmpty());
    rule.untilDate = QDate(2040, 1, 1);
    CHECK_FALSE(ScheduleValidator::recurrenceProblems(rule).isEmpty()); // too many
    rule.untilDate = QDate(2026, 6, 1);
    rule.intervalWeeks = 0;
    CHECK_FALSE(ScheduleValidator::recurrenceProblems(rule).isEmpty());
}

TEST_CASE("a weekly series booked in a London practice keeps 09:00 in the stored appointments",
          "[schedule][recurrence]")
{
    test::SchedulePractice p(QStringLiteral("Europe/London"));
    SeriesRequest request;
    request.clientId = p.ines;
    request.therapistId = p.theo.id;
    request.roomId = p.room1.id;
    request.typeId = p.treatment60.id;
    request.rule.firstDate = QDate(2026, 3, 16);
    request.rule.localTime = QTime(9, 0);
    request.rule.untilDate = QDate(2026, 11, 2);
    auto booked = p.series.book(p.desk, request, ConflictPolicy::RefuseAll);
    REQUIRE(booked.ok());
    REQUIRE(booked->saved);
    REQUIRE(booked->written.size() == 34);
    for (const Appointment &a : booked->written) {
        INFO(a.localDate.toString(Qt::ISODate).toStdString());
        CHECK(a.startUtc.toTimeZone(p.zone).time() == QTime(9, 0));
        CHECK(a.localTime == QTime(9, 0));
        CHECK(a.timeZoneId == QStringLiteral("Europe/London"));
        CHECK(a.endUtc.toTimeZone(p.zone).time() == QTime(10, 0));
    }
    CHECK(booked->written.at(1).startUtc.time() == QTime(9, 0)); // UTC, in GMT
    CHECK(booked->written.at(2).startUtc.time() == QTime(8, 0)); // UTC, in BST
    CHECK(booked->written.at(32).startUtc.time() == QTime(9, 0));
}
