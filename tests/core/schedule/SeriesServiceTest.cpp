// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/SeriesService.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDate monday = test::SchedulePractice::monday;

// Ines with Theo in Room 1, Mondays at 09:00 for eight weeks from 2 March.
SeriesRequest weekly(test::SchedulePractice &p, int count = 8)
{
    SeriesRequest request;
    request.clientId = p.ines;
    request.therapistId = p.theo.id;
    request.roomId = p.room1.id;
    request.typeId = p.treatment60.id;
    request.rule.firstDate = monday;
    request.rule.localTime = QTime(9, 0);
    request.rule.count = count;
    return request;
}

QList<Appointment> stored(test::SchedulePractice &p, qint64 seriesId)
{
    auto list = p.series.appointments(p.desk, seriesId);
    REQUIRE(list.ok());
    return list.value();
}

} // namespace

TEST_CASE("a series preview lists every occurrence and the ones that collide", "[schedule]")
{
    test::SchedulePractice p;
    // Jamal already has Theo on the third Monday at 09:30.
    p.book(p.jamal, p.theo, p.room2, p.followUp30, p.at(monday.addDays(14), QTime(9, 30)));
    auto preview = p.series.preview(p.desk, weekly(p));
    REQUIRE(preview.ok());
    REQUIRE(preview->occurrences.size() == 8);
    CHECK(preview->conflicting() == 1);
    const SeriesOccurrence &third = preview->occurrences.at(2);
    CHECK(third.index == 3);
    CHECK(third.localDate == monday.addDays(14));
    REQUIRE_FALSE(third.isFree());
    CHECK(third.conflicts.constFirst().message
          == QStringLiteral("Theo is booked with Jamal's 09:30 Follow-up 30 min until 10:00 on "
                            "Mon 2026-03-16."));
    CHECK(preview->occurrences.at(0).isFree());
}

TEST_CASE("a series books all or none or only the free occurrences as the desk chooses",
          "[schedule]")
{
    test::SchedulePractice p;
    p.book(p.jamal, p.olivia, p.room1, p.followUp30, p.at(monday.addDays(21), QTime(9, 30)));

    auto none = p.series.book(p.desk, weekly(p), ConflictPolicy::RefuseAll);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Conflict);
    CHECK(none.error().message.startsWith(QStringLiteral("Room 1 is taken by Jamal's 09:30")));
    CalendarQuery all{
        p.at(monday, QTime(0, 0)), p.at(monday.addDays(60), QTime(0, 0)), { p.theo.id }, {}, true
    };
    CHECK(p.appointments.calendar(p.desk, all)->isEmpty());

    auto some = p.series.book(p.desk, weekly(p), ConflictPolicy::SkipConflicting);
    REQUIRE(some.ok());
    CHECK(some->saved);
    CHECK(some->written.size() == 7);
    REQUIRE(some->skipped.size() == 1);
    CHECK(some->skipped.constFirst().index == 4);
    CHECK(some->seriesId > 0);
    const QList<Appointment> members = stored(p, some->seriesId);
    REQUIRE(members.size() == 7);
    CHECK(members.at(2).occurrenceIndex == 3);
    CHECK(members.at(3).occurrenceIndex == 5);
    auto rule = p.series.series(p.desk, some->seriesId);
    REQUIRE(rule.ok());
    CHECK(rule->rule.count == 8);
    CHECK(rule->timeZoneId == QStringLiteral("Europe/London"));
}

TEST_CASE("a series outside working hours needs the desk's confirmation", "[schedule]")
{
    test::SchedulePractice p;
    SeriesRequest request = weekly(p, 3);
    request.rule.localTime = QTime(17, 0);
    auto asked = p.series.book(p.desk, request, ConflictPolicy::RefuseAll);
    REQUIRE(asked.ok());
    CHECK_FALSE(asked->saved);
    CHECK(asked->needsConfirmation());
    CHECK(asked->needingConfirmation.size() == 3);
    auto booked = p.series.book(p.desk, request, ConflictPolicy::RefuseAll, true);
    REQUIRE(booked.ok());
    CHECK(booked->written.size() == 3);
}

TEST_CASE("editing this and following splits the series and moves only the later ones",
          "[schedule]")
{
    test::SchedulePractice p;
    auto booked = p.series.book(p.desk, weekly(p), ConflictPolicy::RefuseAll);
    REQUIRE(booked.ok());
    const qint64 seriesId = booked->seriesId;
    const Appointment fourth = booked->written.at(3);

    SeriesChange later;
    later.localTime = QTime(10, 30);
    later.roomId = p.room2.id;
    auto preview = p.series.previewChange(p.desk, fourth.id, SeriesScope::ThisAndFollowing, later);
    REQUIRE(preview.ok());
    CHECK(preview->occurrences.size() == 5);
    CHECK(preview->conflicting() == 0);

    auto changed = p.series.change(p.desk, fourth.id, fourth.rowVersion,
                                   SeriesScope::ThisAndFollowing, later, ConflictPolicy::RefuseAll);
    REQUIRE(changed.ok());
    REQUIRE(changed->saved);
    CHECK(changed->written.size() == 5);
    const qint64 newSeries = changed->seriesId;
    CHECK(newSeries != seriesId);

    const QList<Appointment> before = stored(p, seriesId);
    REQUIRE(before.size() == 3);
    for (const Appointment &a : before) {
        CHECK(a.startUtc.toTimeZone(p.zone).time() == QTime(9, 0));
        CHECK(a.roomId == p.room1.id);
    }
    const QList<Appointment> after = stored(p, newSeries);
    REQUIRE(after.size() == 5);
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after.at(i).occurrenceIndex == i + 1);
        CHECK(after.at(i).localDate == monday.addDays(7 * (i + 3)));
        CHECK(after.at(i).startUtc.toTimeZone(p.zone).time() == QTime(10, 30));
        CHECK(after.at(i).roomId == p.room2.id);
    }
    CHECK(p.series.series(p.desk, seriesId)->rule.count == 3);
    auto split = p.series.series(p.desk, newSeries);
    CHECK(split->rule.count == 5);
    CHECK(split->rule.firstDate == monday.addDays(21));
    CHECK(split->rule.localTime == QTime(10, 30));

    // "All" on the old series now reaches only its own three.
    SeriesChange allChange;
    allChange.therapistId = p.olivia.id;
    auto all = p.series.change(p.desk, before.at(1).id, before.at(1).rowVersion, SeriesScope::All,
                               allChange, ConflictPolicy::RefuseAll);
    REQUIRE(all.ok());
    CHECK(all->written.size() == 3);
    for (const Appointment &a : stored(p, newSeries))
        CHECK(a.therapistId == p.theo.id);
}

TEST_CASE("editing this one or all upcoming leaves what happened alone", "[schedule]")
{
    test::SchedulePractice p;
    auto booked = p.series.book(p.desk, weekly(p, 5), ConflictPolicy::RefuseAll);
    REQUIRE(booked.ok());
    const QList<Appointment> list = booked->written;

    // This one: the third moves to Wednesday; the others stay on Monday.
    SeriesChange wednesday;
    wednesday.dayShift = 2;
    auto one = p.series.change(p.desk, list.at(2).id, list.at(2).rowVersion, SeriesScope::ThisOne,
                               wednesday, ConflictPolicy::RefuseAll);
    REQUIRE(one.ok());
    REQUIRE(one->written.size() == 1);
    CHECK(one->written.constFirst().localDate == monday.addDays(16));

    // A week later, the first occurrence has been and gone.
    p.clock.setNowUtc(p.at(monday.addDays(7), QTime(7, 0)));
    SeriesChange longer;
    longer.durationMinutes = 75;
    auto all = p.series.change(p.desk, list.at(3).id, list.at(3).rowVersion, SeriesScope::All,
                               longer, ConflictPolicy::RefuseAll);
    REQUIRE(all.ok());
    CHECK(all->written.size() == 4);
    const QList<Appointment> now = stored(p, booked->seriesId);
    CHECK(now.at(0).durationMinutes() == 60);
    for (int i = 1; i < now.size(); ++i)
        CHECK(now.at(i).durationMinutes() == 75);
    CHECK(p.series.series(p.desk, booked->seriesId)->durationMinutes == 75);

    // A change that collides is refused whole, or skips the colliding occurrence.
    p.book(p.jamal, p.theo, p.room2, p.followUp30, p.at(monday.addDays(28), QTime(10, 30)));
    SeriesChange later;
    later.localTime = QTime(10, 0);
    auto refused = p.series.change(p.desk, now.at(1).id, now.at(1).rowVersion, SeriesScope::All,
                                   later, ConflictPolicy::RefuseAll);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    auto skipped = p.series.change(p.desk, now.at(1).id, now.at(1).rowVersion, SeriesScope::All,
                                   later, ConflictPolicy::SkipConflicting);
    REQUIRE(skipped.ok());
    CHECK(skipped->written.size() == 3);
    REQUIRE(skipped->skipped.size() == 1);
    CHECK(skipped->skipped.constFirst().localDate == monday.addDays(28));
}

TEST_CASE("cancelling this and following keeps the earlier occurrences", "[schedule]")
{
    test::SchedulePractice p;
    auto booked = p.series.book(p.desk, weekly(p, 6), ConflictPolicy::RefuseAll);
    REQUIRE(booked.ok());
    const Appointment third = booked->written.at(2);
    auto cancelled =
            p.series.cancel(p.desk, third.id, third.rowVersion, SeriesScope::ThisAndFollowing,
                            CancelRequest{ QStringLiteral("Moving away"), CancelledBy::Client });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled.size() == 4);
    const QList<Appointment> list = stored(p, booked->seriesId);
    for (const Appointment &a : list) {
        INFO(a.occurrenceIndex);
        CHECK((a.status == AppointmentStatus::Cancelled) == (a.occurrenceIndex >= 3));
        CHECK_FALSE(a.lateCancellation);
    }
    // A stale version refuses the lot.
    auto stale = p.series.cancel(p.desk, list.at(0).id, list.at(0).rowVersion - 1, SeriesScope::All,
                                 CancelRequest{ QStringLiteral("x"), CancelledBy::Client });
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stored(p, booked->seriesId).at(0).status == AppointmentStatus::Booked);
}
