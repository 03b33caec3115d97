// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Availability.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

TherapistAvailability weekdays9to5()
{
    TherapistAvailability therapist;
    therapist.therapistId = 1;
    therapist.name = QStringLiteral("Theo");
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        therapist.hours << WorkingInterval::of(day, QTime(9, 0), QTime(17, 0));
    return therapist;
}

} // namespace

TEST_CASE("working hours follow the wall clock on the day the clocks change", "[schedule]")
{
    const QTimeZone london("Europe/London");
    const QList<WorkingInterval> hours{ WorkingInterval::of(Qt::Sunday, QTime(9, 0),
                                                            QTime(17, 0)) };
    const QList<TimeSpan> before = Availability::workingSpans(hours, QDate(2026, 3, 22), london);
    const QList<TimeSpan> after = Availability::workingSpans(hours, QDate(2026, 3, 29), london);
    REQUIRE(before.size() == 1);
    REQUIRE(after.size() == 1);
    CHECK(before.constFirst().start == utc(22, 9));
    CHECK(after.constFirst().start == utc(29, 8)); // BST from 01:00 UTC that morning
    CHECK(after.constFirst().end == utc(29, 16));
    CHECK(Availability::workingSpans(hours, QDate(2026, 3, 30), london).isEmpty());
}

TEST_CASE("the free slot search jumps over busy time and needs a room", "[schedule]")
{
    const QTimeZone zone = QTimeZone::utc();
    TherapistAvailability theo = weekdays9to5();
    theo.busy << TimeSpan{ utc(2, 9), utc(2, 10, 15) } << TimeSpan{ utc(2, 11), utc(2, 12) };
    RoomAvailability room{ 7, QStringLiteral("Room 1"), { TimeSpan{ utc(2, 12), utc(2, 14) } } };
    SlotRequest request;
    request.durationMinutes = 45;
    request.bufferMinutes = 15;
    request.fromUtc = utc(2, 8);
    // 10:15 + 45 + 15 = 11:15 runs into 11:00; 12:00 finds the room taken until 14:00.
    auto slot = Availability::nextFreeSlot({ theo }, { room }, request, zone);
    REQUIRE(slot.has_value());
    CHECK(slot->startUtc == utc(2, 14));
    CHECK(slot->roomId == 7);
    request.bufferMinutes = 0;
    CHECK(Availability::nextFreeSlot({ theo }, { room }, request, zone)->startUtc
          == utc(2, 10, 15));
    CHECK_FALSE(Availability::nextFreeSlot({ theo }, {}, request, zone).has_value());
}

TEST_CASE("a freed gap reaches from the appointment before to the one after", "[schedule]")
{
    const QTimeZone zone = QTimeZone::utc();
    TherapistAvailability theo = weekdays9to5();
    theo.busy << TimeSpan{ utc(2, 9), utc(2, 9, 30) } << TimeSpan{ utc(2, 13), utc(2, 14) };
    RoomAvailability room{ 1, QString(), { TimeSpan{ utc(2, 11, 45), utc(2, 12, 30) } } };
    const FreeGap gap =
            Availability::freeGapAround(theo, room, utc(2, 10), utc(2, 11), utc(2, 7), zone);
    CHECK(gap.startUtc == utc(2, 9, 30));
    CHECK(gap.blockEndLimitUtc == utc(2, 11, 45));
    CHECK(gap.fits(utc(2, 9, 30), 120, 15));
    CHECK_FALSE(gap.fits(utc(2, 9, 30), 120, 30));
    // Late in the day the treatment must end by closing time, but its buffer may run past it.
    const FreeGap evening =
            Availability::freeGapAround(theo, room, utc(2, 16), utc(2, 17), utc(2, 7), zone);
    CHECK(evening.startUtc == utc(2, 14));
    CHECK(evening.treatmentEndLimitUtc == utc(2, 17));
    CHECK(evening.fits(utc(2, 16), 60, 15));
    CHECK_FALSE(evening.fits(utc(2, 16, 15), 60, 0));
}

TEST_CASE("warnings name the working hours and the time off", "[schedule]")
{
    const QTimeZone zone = QTimeZone::utc();
    TherapistAvailability theo;
    theo.name = QStringLiteral("Theo");
    theo.hours << WorkingInterval::of(Qt::Monday, QTime(9, 0), QTime(12, 0))
               << WorkingInterval::of(Qt::Monday, QTime(13, 0), QTime(17, 0));
    theo.timeOff << TimeOff{ 1, 1, utc(2, 15), utc(2, 17), QStringLiteral("Dentist") };
    const auto lunch = Availability::warnings(theo, utc(2, 12), utc(2, 13), utc(1, 8), zone);
    REQUIRE(lunch.size() == 1);
    CHECK(lunch.constFirst().message
          == QStringLiteral("Mon 2026-03-02 12:00–13:00 is outside Theo's working hours "
                            "(09:00–12:00, 13:00–17:00)."));
    const auto sunday = Availability::warnings(theo, utc(1, 12), utc(1, 13), utc(1, 8), zone);
    CHECK(sunday.constFirst().message.startsWith(QStringLiteral("Theo does not work on Sundays")));
    const auto dentist = Availability::warnings(theo, utc(2, 15), utc(2, 16), utc(1, 8), zone);
    REQUIRE(dentist.size() == 1);
    CHECK(dentist.constFirst().kind == ScheduleWarning::Kind::TimeOff);
    CHECK(dentist.constFirst().message.contains(QStringLiteral("(Dentist)")));
    CHECK(Availability::warnings(theo, utc(2, 9), utc(2, 10), utc(1, 8), zone).isEmpty());
}
