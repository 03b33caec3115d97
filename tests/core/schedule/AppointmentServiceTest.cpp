// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/AppointmentService.h"
#include "core/security/AuditTrail.h"
#include "core/security/PracticeSettings.h"
#include "core/storage/Database.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDate monday = test::SchedulePractice::monday;

QString messageOf(const Error &error)
{
    return error.message;
}

} // namespace

TEST_CASE("booking over a therapist's appointment and its buffer is refused naming it",
          "[schedule]")
{
    test::SchedulePractice p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));

    // 11:00 is after the treatment but inside its 15-minute buffer.
    auto refused = p.appointments.book(
            p.desk, p.request(p.jamal, p.theo, p.room2, p.followUp30, p.at(monday, QTime(11, 0))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().field == QStringLiteral("therapist"));
    CHECK(messageOf(refused.error())
          == QStringLiteral("Theo is booked with Inés's 10:00 Treatment 60 min until 11:15 on "
                            "Mon 2026-03-02."));
    // Nothing clinical and no family name in the refusal.
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Duarte")));

    auto earlier = p.appointments.book(
            p.desk, p.request(p.jamal, p.theo, p.room2, p.followUp30, p.at(monday, QTime(9, 45))));
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().code == ErrorCode::Conflict);
}

TEST_CASE("booking over a room's appointment and its buffer is refused naming it", "[schedule]")
{
    test::SchedulePractice p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));

    auto refused = p.appointments.book(
            p.desk,
            p.request(p.jamal, p.olivia, p.room1, p.followUp30, p.at(monday, QTime(11, 10))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().field == QStringLiteral("room"));
    CHECK(refused.error().message
          == QStringLiteral("Room 1 is taken by Inés's 10:00 Treatment 60 min until 11:15 on "
                            "Mon 2026-03-02."));

    // The same time in the other room is fine.
    auto elsewhere = p.appointments.book(
            p.desk,
            p.request(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(11, 10))));
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->saved);
}

TEST_CASE("back-to-back bookings that touch the buffer are allowed", "[schedule]")
{
    test::SchedulePractice p;
    const Appointment first =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    CHECK(first.bufferEndUtc == p.at(monday, QTime(11, 15)));
    // Right after the buffer, same therapist and room.
    const Appointment after =
            p.book(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(11, 15)));
    CHECK(after.startUtc == first.bufferEndUtc);
    // Ending (buffer included) exactly when the first starts (before opening: confirmed).
    BookingRequest early =
            p.request(p.kai, p.theo, p.room1, p.treatment60, p.at(monday, QTime(8, 45)));
    early.acknowledgeWarnings = true;
    auto booked = p.appointments.book(p.desk, early);
    REQUIRE(booked.ok());
    REQUIRE(booked->saved);
    const Appointment before = booked->appointment;
    CHECK(before.bufferEndUtc == first.startUtc);
}

TEST_CASE("a time outside working hours or in time off asks for confirmation first", "[schedule]")
{
    test::SchedulePractice p;
    BookingRequest evening =
            p.request(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(18, 0)));
    auto asked = p.appointments.book(p.desk, evening);
    REQUIRE(asked.ok());
    CHECK_FALSE(asked->saved);
    CHECK(asked->needsConfirmation());
    REQUIRE(asked->warnings.size() == 1);
    CHECK(asked->warnings.constFirst().kind == ScheduleWarning::Kind::OutsideWorkingHours);
    CHECK(asked->warnings.constFirst().message.contains(QStringLiteral("09:00–17:00")));
    CalendarQuery day{
        p.at(monday, QTime(0, 0)), p.at(monday.addDays(1), QTime(0, 0)), {}, {}, true
    };
    CHECK(p.appointments.calendar(p.desk, day)->isEmpty());

    evening.acknowledgeWarnings = true;
    auto booked = p.appointments.book(p.desk, evening);
    REQUIRE(booked.ok());
    CHECK(booked->saved);
    CHECK(booked->warnings.size() == 1);

    // Olivia's lunch break is outside her hours too.
    auto lunch = p.appointments.book(
            p.desk,
            p.request(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(13, 0))));
    REQUIRE(lunch.ok());
    CHECK(lunch->needsConfirmation());

    // Time off.
    TimeOff away{ 0, p.theo.id, p.at(monday.addDays(2), QTime(0, 0)),
                  p.at(monday.addDays(3), QTime(0, 0)), QStringLiteral("Course") };
    REQUIRE(p.setup.addTimeOff(p.owner, away).ok());
    auto course = p.appointments.book(p.desk,
                                      p.request(p.kai, p.theo, p.room1, p.treatment60,
                                                p.at(monday.addDays(2), QTime(10, 0))));
    REQUIRE(course.ok());
    CHECK_FALSE(course->saved);
    REQUIRE(course->warnings.size() == 1);
    CHECK(course->warnings.constFirst().kind == ScheduleWarning::Kind::TimeOff);
    CHECK(course->warnings.constFirst().message.contains(QStringLiteral("Course")));

    // A time already past.
    auto past = p.appointments.book(p.desk,
                                    p.request(p.kai, p.theo, p.room1, p.treatment60,
                                              p.at(monday.addDays(-3), QTime(10, 0))));
    REQUIRE(past.ok());
    CHECK_FALSE(past->saved);
    CHECK(past->warnings.constFirst().kind == ScheduleWarning::Kind::InThePast);
}

TEST_CASE("moving and resizing are checked like booking and a stale version is refused",
          "[schedule]")
{
    test::SchedulePractice p;
    const Appointment ines =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const Appointment jamal =
            p.book(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(12, 0)));

    auto clash =
            p.appointments.move(p.desk, jamal.id, jamal.rowVersion, p.at(monday, QTime(10, 30)));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("Inés's 10:00")));

    auto moved =
            p.appointments.move(p.desk, jamal.id, jamal.rowVersion, p.at(monday, QTime(14, 0)));
    REQUIRE(moved.ok());
    REQUIRE(moved->saved);
    CHECK(moved->appointment.startUtc == p.at(monday, QTime(14, 0)));
    CHECK(moved->appointment.endUtc == p.at(monday, QTime(15, 0)));
    CHECK(moved->appointment.bufferEndUtc == p.at(monday, QTime(15, 15)));
    CHECK(moved->appointment.localTime == QTime(14, 0));
    CHECK(moved->appointment.rowVersion == jamal.rowVersion + 1);

    // The old version is stale now.
    auto stale =
            p.appointments.move(p.desk, jamal.id, jamal.rowVersion, p.at(monday, QTime(15, 30)));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    // Stretching Inés's treatment into 11:45 would run its buffer past noon: fine; to 12:00 too.
    auto longer =
            p.appointments.resize(p.desk, ines.id, ines.rowVersion, p.at(monday, QTime(11, 45)));
    REQUIRE(longer.ok());
    CHECK(longer->appointment.durationMinutes() == 105);
    // A new appointment at 13:45 and a resize of Jamal's 14:00 backwards is refused.
    const Appointment kai =
            p.book(p.kai, p.theo, p.room2, p.followUp30, p.at(monday, QTime(15, 15)));
    auto tooLong =
            p.appointments.resize(p.desk, moved->appointment.id, moved->appointment.rowVersion,
                                  p.at(monday, QTime(15, 30)));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("Kai's 15:15 Follow-up 30 min")));
    CHECK(kai.id > 0);
}

TEST_CASE("statuses mark appointments and nothing is ever deleted", "[schedule]")
{
    test::SchedulePractice p;
    const Appointment booked =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));

    // Not yet begun: no completion, no no-show.
    auto early = p.appointments.setStatus(p.desk, booked.id, booked.rowVersion,
                                          AppointmentStatus::Completed);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("status"));

    auto confirmed = p.appointments.setStatus(p.desk, booked.id, booked.rowVersion,
                                              AppointmentStatus::Confirmed);
    REQUIRE(confirmed.ok());
    p.clock.setNowUtc(p.at(monday, QTime(9, 55)));
    auto arrived = p.appointments.checkIn(p.desk, booked.id, confirmed->rowVersion);
    REQUIRE(arrived.ok());
    CHECK(arrived->status == AppointmentStatus::Arrived);
    CHECK(arrived->arrivedAtUtc == p.at(monday, QTime(9, 55)));
    p.clock.setNowUtc(p.at(monday, QTime(11, 0)));
    auto completed = p.appointments.setStatus(p.desk, booked.id, arrived->rowVersion,
                                              AppointmentStatus::Completed);
    REQUIRE(completed.ok());
    CHECK(completed->status == AppointmentStatus::Completed);
    // A completed appointment cannot be cancelled or moved.
    CHECK_FALSE(p.appointments
                        .cancel(p.desk, booked.id, completed->rowVersion,
                                CancelRequest{ QStringLiteral("oops"), CancelledBy::Client })
                        .ok());
    CHECK_FALSE(p.appointments
                        .move(p.desk, booked.id, completed->rowVersion, p.at(monday, QTime(15, 0)))
                        .ok());

    QSqlQuery raw(p.t.db().connection());
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM appointments WHERE id = %1").arg(booked.id)));
    CHECK(raw.lastError().databaseText().contains(QStringLiteral("never deleted")));
    CHECK(p.appointments.details(p.desk, booked.id).ok());

    // A no-show is kept too, and frees the time.
    const Appointment missed =
            p.book(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(14, 0)));
    p.clock.setNowUtc(p.at(monday, QTime(14, 20)));
    auto noShow = p.appointments.setStatus(p.desk, missed.id, missed.rowVersion,
                                           AppointmentStatus::NoShow);
    REQUIRE(noShow.ok());
    CHECK(noShow->status == AppointmentStatus::NoShow);
    BookingRequest walkIn =
            p.request(p.kai, p.theo, p.room1, p.followUp30, p.at(monday, QTime(14, 30)));
    auto booked2 = p.appointments.book(p.desk, walkIn);
    REQUIRE(booked2.ok());
    CHECK(booked2->saved);
    // Undoing the no-show now collides with the walk-in.
    auto undo = p.appointments.setStatus(p.desk, missed.id, noShow->rowVersion,
                                         AppointmentStatus::Booked);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().code == ErrorCode::Conflict);
}

TEST_CASE("a client's no-shows and late cancellations are counted", "[schedule]")
{
    test::SchedulePractice p;
    REQUIRE(PracticeSettings(p.t.db(), p.clock).lateCancellationHours().value() == 24);
    // Today at 15:00: cancelled eight hours before, late.
    const Appointment today =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(15, 0)));
    auto late = p.appointments.cancel(
            p.desk, today.id, today.rowVersion,
            CancelRequest{ QStringLiteral("Car broke down"), CancelledBy::Client });
    REQUIRE(late.ok());
    CHECK(late->appointment.status == AppointmentStatus::Cancelled);
    CHECK(late->appointment.lateCancellation);
    CHECK(late->appointment.cancelReason == QStringLiteral("Car broke down"));
    // Friday: plenty of notice.
    const Appointment friday =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday.addDays(4), QTime(10, 0)));
    auto early =
            p.appointments.cancel(p.desk, friday.id, friday.rowVersion,
                                  CancelRequest{ QStringLiteral("Away"), CancelledBy::Client });
    REQUIRE(early.ok());
    CHECK_FALSE(early->appointment.lateCancellation);
    // The practice cancels at short notice: never late for the client.
    const Appointment practice =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(12, 0)));
    auto ours = p.appointments.cancel(
            p.desk, practice.id, practice.rowVersion,
            CancelRequest{ QStringLiteral("Therapist ill"), CancelledBy::Practice });
    REQUIRE(ours.ok());
    CHECK_FALSE(ours->appointment.lateCancellation);
    // Two no-shows.
    for (const QTime &time : { QTime(9, 0), QTime(16, 0) }) {
        const Appointment a = p.book(p.ines, p.olivia, p.room2, p.followUp30, p.at(monday, time));
        p.clock.setNowUtc(p.at(monday, time.addSecs(1200)));
        REQUIRE(p.appointments.setStatus(p.desk, a.id, a.rowVersion, AppointmentStatus::NoShow)
                        .ok());
    }
    // A reason is required to cancel.
    const Appointment next =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday.addDays(1), QTime(10, 0)));
    auto noReason =
            p.appointments.cancel(p.desk, next.id, next.rowVersion,
                                  CancelRequest{ QStringLiteral("  "), CancelledBy::Client });
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));

    auto counts = p.appointments.attendance(p.desk, p.ines);
    REQUIRE(counts.ok());
    CHECK(counts->noShows == 2);
    CHECK(counts->lateCancellations == 1);
    CHECK(counts->cancellations == 2); // the practice's own is not the client's
    CHECK(counts->upcoming == 1);
    CHECK(counts->completed == 0);
    CHECK(p.appointments.attendance(p.desk, p.jamal)->noShows == 0);

    // The audit trail never carries the reason.
    AuditFilter all;
    all.limit = 10000;
    for (const AuditEntry &entry : AuditTrail(p.t.db(), p.clock).entries(all).value()) {
        CHECK_FALSE(entry.event.detail.contains(QStringLiteral("Car broke down")));
        CHECK_FALSE(entry.event.detail.contains(QStringLiteral("ill")));
    }
}

TEST_CASE("the front desk books and reads the calendar but only the owner sets up the schedule",
          "[schedule]")
{
    test::SchedulePractice p;
    const int deniedBefore = p.auditRows(QStringLiteral("schedule.manage"), true);
    auto room = p.setup.addRoom(p.desk, Room{ 0, QStringLiteral("Room 9"), QString(), true, 0 });
    REQUIRE_FALSE(room.ok());
    CHECK(room.error().code == ErrorCode::Denied);
    auto type = p.setup.addType(p.therapist,
                                AppointmentType{ 0, QStringLiteral("Hot stones"), 60, 0,
                                                 QStringLiteral("#123456"), 0, true, 0 });
    REQUIRE_FALSE(type.ok());
    CHECK(type.error().code == ErrorCode::Denied);
    CHECK_FALSE(p.setup.setWorkingHours(p.desk, p.theo.id, {}).ok());
    CHECK_FALSE(p.setup.addTimeOff(p.therapist,
                                   TimeOff{ 0,
                                            p.theo.id,
                                            p.at(monday, QTime(9, 0)),
                                            p.at(monday, QTime(10, 0)),
                                            {} })
                        .ok());
    CHECK(p.auditRows(QStringLiteral("schedule.manage"), true) == deniedBefore + 4);

    // The desk and the therapist may read what the schedule is made of, and book.
    CHECK(p.setup.rooms(p.desk)->size() == 2);
    CHECK(p.setup.types(p.therapist)->size() == 3);
    const Appointment booked =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    CHECK(booked.createdBy == QStringLiteral("Frankie Desk"));
    auto byTherapist = p.appointments.book(
            p.therapist,
            p.request(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(12, 0))));
    REQUIRE(byTherapist.ok());
    CHECK(byTherapist->saved);

    // Someone without a session may do nothing.
    const Session nobody;
    CHECK(p.appointments
                  .calendar(nobody,
                            CalendarQuery{ p.at(monday, QTime(0, 0)),
                                           p.at(monday, QTime(23, 0)),
                                           {},
                                           {},
                                           false })
                  .error()
                  .code
          == ErrorCode::Denied);
    CHECK(p.auditRows(QStringLiteral("schedule.write")) >= 2);
    CHECK(AuditTrail(p.t.db(), p.clock).verify().value().ok());
}

TEST_CASE("the calendar shows first name type room status and colour and nothing clinical",
          "[schedule]")
{
    test::SchedulePractice p;
    const Appointment kai =
            p.book(p.kai, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const Appointment jamal =
            p.book(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(10, 0)));
    const Appointment tuesday =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday.addDays(1), QTime(9, 0)));
    REQUIRE(p.appointments
                    .cancel(p.desk, jamal.id, jamal.rowVersion,
                            CancelRequest{ QStringLiteral("Away"), CancelledBy::Client })
                    .ok());

    CalendarQuery day{
        p.at(monday, QTime(0, 0)), p.at(monday.addDays(1), QTime(0, 0)), {}, {}, false
    };
    auto items = p.appointments.calendar(p.desk, day);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    const CalendarItem &item = items->constFirst();
    CHECK(item.appointmentId == kai.id);
    CHECK(item.clientFirstName == QStringLiteral("Kai")); // the preferred name
    CHECK(item.typeName == QStringLiteral("Treatment 60 min"));
    CHECK(item.roomName == QStringLiteral("Room 1"));
    CHECK(item.therapistName == QStringLiteral("Theo"));
    CHECK(item.colour == QStringLiteral("#26a69a"));
    CHECK(item.status == AppointmentStatus::Booked);

    day.includeCancelled = true;
    CHECK(p.appointments.calendar(p.desk, day)->size() == 2);
    CalendarQuery week{
        p.at(monday, QTime(0, 0)), p.at(monday.addDays(7), QTime(0, 0)), { p.theo.id }, {}, false
    };
    CHECK(p.appointments.calendar(p.desk, week)->size() == 2);
    week.therapistIds.clear();
    week.roomIds = { p.room2.id };
    CHECK(p.appointments.calendar(p.desk, week)->isEmpty());
    // An appointment that began before the range still shows in it.
    CalendarQuery lateMorning{
        p.at(monday, QTime(10, 30)), p.at(monday, QTime(12, 0)), {}, {}, false
    };
    CHECK(p.appointments.calendar(p.desk, lateMorning)->size() == 1);

    // The full details are audited as a read.
    const int reads = p.auditRows(QStringLiteral("schedule.read"));
    auto details = p.appointments.details(p.desk, tuesday.id);
    REQUIRE(details.ok());
    CHECK(details->clientName == QStringLiteral("Inés Duarte"));
    CHECK(details->typeName == QStringLiteral("Treatment 60 min"));
    CHECK(details->appointment.priceCents == 9000);
    CHECK(p.auditRows(QStringLiteral("schedule.read")) == reads + 1);
}

TEST_CASE("the next free slot honours working hours buffers rooms and time off", "[schedule]")
{
    test::SchedulePractice p;
    SlotQuery query;
    query.typeId = p.treatment60.id;
    query.therapistId = p.theo.id;
    query.fromUtc = p.clock.nowUtc(); // 07:00 on Monday

    auto first = p.appointments.nextFreeSlot(p.desk, query);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->startUtc == p.at(monday, QTime(9, 0)));
    CHECK((*first)->therapistId == p.theo.id);
    CHECK((*first)->bufferEndUtc == p.at(monday, QTime(10, 15)));

    // Theo is busy 09:00–10:00 (buffer to 10:15) and 11:00: a 60-minute treatment with its
    // buffer does not fit at 10:15 (it would run into 11:00's), so the next is after 12:15.
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(9, 0)));
    p.book(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(11, 0)));
    auto next = p.appointments.nextFreeSlot(p.desk, query);
    REQUIRE(next->has_value());
    CHECK((*next)->startUtc == p.at(monday, QTime(12, 15)));
    // A follow-up (30 minutes, no buffer) fits in the gap.
    query.typeId = p.followUp30.id;
    CHECK(p.appointments.nextFreeSlot(p.desk, query)->value().startUtc
          == p.at(monday, QTime(10, 15)));

    // Any therapist: Olivia is free at 09:00, but only in Room 2 (Room 1 holds Theo's).
    query.typeId = p.treatment60.id;
    query.therapistId = 0;
    auto anyone = p.appointments.nextFreeSlot(p.desk, query);
    REQUIRE(anyone->has_value());
    CHECK((*anyone)->therapistId == p.olivia.id);
    CHECK((*anyone)->roomId == p.room2.id);
    CHECK((*anyone)->startUtc == p.at(monday, QTime(9, 0)));
    // Only Room 1: Olivia can have it from 10:15 (its buffer) until Theo's 11:00? No: 60 + 15
    // does not fit; from 12:15 it does.
    query.roomId = p.room1.id;
    CHECK(p.appointments.nextFreeSlot(p.desk, query)->value().startUtc
          == p.at(monday, QTime(12, 15)));

    // Time off for Theo all Tuesday: searching from Monday evening gives Wednesday 09:00.
    REQUIRE(p.setup.addTimeOff(p.owner,
                               TimeOff{ 0, p.theo.id, p.at(monday.addDays(1), QTime(0, 0)),
                                        p.at(monday.addDays(2), QTime(0, 0)),
                                        QStringLiteral("Holiday") })
                    .ok());
    query.roomId = 0;
    query.therapistId = p.theo.id;
    query.fromUtc = p.at(monday, QTime(16, 30));
    CHECK(p.appointments.nextFreeSlot(p.desk, query)->value().startUtc
          == p.at(monday.addDays(2), QTime(9, 0)));
    // A start between grid points rounds up to the next quarter hour.
    query.fromUtc = p.at(monday.addDays(2), QTime(9, 7));
    CHECK(p.appointments.nextFreeSlot(p.desk, query)->value().startUtc
          == p.at(monday.addDays(2), QTime(9, 15)));
    // Nothing within a day when searching only Saturday.
    query.fromUtc = p.at(monday.addDays(5), QTime(8, 0));
    query.searchDays = 1;
    CHECK_FALSE(p.appointments.nextFreeSlot(p.desk, query)->has_value());
}

TEST_CASE("the notice a cancellation needs is the owner's practice setting", "[schedule]")
{
    test::SchedulePractice p;
    PracticeSettings settings(p.t.db(), p.clock);
    CHECK(settings.setLateCancellationHours(p.desk, 4).error().code == ErrorCode::Denied);
    CHECK(settings.setLateCancellationHours(p.owner, 200).error().field
          == QStringLiteral("lateCancellationHours"));
    REQUIRE(settings.setLateCancellationHours(p.owner, 4).ok());
    CHECK(settings.lateCancellationHours().value() == 4);
    // Eight hours' notice is enough now; two is not.
    const Appointment afternoon =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(15, 0)));
    auto early =
            p.appointments.cancel(p.desk, afternoon.id, afternoon.rowVersion,
                                  CancelRequest{ QStringLiteral("Meeting"), CancelledBy::Client });
    REQUIRE(early.ok());
    CHECK_FALSE(early->appointment.lateCancellation);
    const Appointment morning =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(9, 0)));
    auto late = p.appointments.cancel(
            p.desk, morning.id, morning.rowVersion,
            CancelRequest{ QStringLiteral("Overslept"), CancelledBy::Client });
    REQUIRE(late.ok());
    CHECK(late->appointment.lateCancellation);
}
