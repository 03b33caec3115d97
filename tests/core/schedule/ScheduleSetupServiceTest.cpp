// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleSetupService.h"
#include "core/schedule/ScheduleValidator.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

TEST_CASE("appointment types keep a normalised colour and refuse a bad one", "[schedule]")
{
    test::SchedulePractice p;
    CHECK(p.treatment60.colour == QStringLiteral("#26a69a"));
    auto shortForm = p.setup.addType(p.owner,
                                     AppointmentType{ 0, QStringLiteral("Scalp 20 min"), 20, 5,
                                                      QStringLiteral("#AbC"), 3000, true, 0 });
    REQUIRE(shortForm.ok());
    CHECK(shortForm->colour == QStringLiteral("#aabbcc"));
    auto bad = p.setup.addType(
            p.owner,
            AppointmentType{ 0, QStringLiteral("Bad"), 20, 5, QStringLiteral("teal"), 0, true, 0 });
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("colour"));
    auto tooShort = p.setup.addType(p.owner,
                                    AppointmentType{ 0, QStringLiteral("Blink"), 2, 0,
                                                     QStringLiteral("#000000"), 0, true, 0 });
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QStringLiteral("duration"));
    auto duplicate = p.setup.addType(p.owner,
                                     AppointmentType{ 0, QStringLiteral("treatment 60 MIN"), 60, 0,
                                                      QStringLiteral("#000000"), 0, true, 0 });
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);

    // A changed type does not change what is booked; an inactive one cannot be booked.
    const Appointment booked = p.book(p.ines, p.theo, p.room1, p.treatment60,
                                      p.at(test::SchedulePractice::monday, QTime(10, 0)));
    AppointmentType changed = p.treatment60;
    changed.bufferMinutes = 30;
    changed.priceCents = 9900;
    changed.active = false;
    auto updated = p.setup.updateType(p.owner, changed);
    REQUIRE(updated.ok());
    CHECK(updated->rowVersion == p.treatment60.rowVersion + 1);
    auto stale = p.setup.updateType(p.owner, changed);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto details = p.appointments.details(p.desk, booked.id);
    CHECK(details->appointment.bufferMinutes() == 15);
    CHECK(details->appointment.priceCents == 9000);
    auto refused =
            p.appointments.book(p.desk,
                                p.request(p.jamal, p.theo, p.room1, p.treatment60,
                                          p.at(test::SchedulePractice::monday, QTime(14, 0))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("type"));
    CHECK(p.setup.types(p.desk)->size() == 3);
    CHECK(p.setup.types(p.desk, true)->size() == 4);
}

TEST_CASE("working hours may have several intervals a day but none overlapping", "[schedule]")
{
    test::SchedulePractice p;
    auto hours = p.setup.workingHours(p.desk, p.olivia.id);
    REQUIRE(hours.ok());
    CHECK(hours->size() == 10);
    CHECK(hours->at(1) == WorkingInterval::of(Qt::Monday, QTime(14, 0), QTime(18, 0)));

    const QList<WorkingInterval> overlapping{
        WorkingInterval::of(Qt::Monday, QTime(9, 0), QTime(13, 0)),
        WorkingInterval::of(Qt::Monday, QTime(12, 0), QTime(15, 0)),
    };
    const Status refused = p.setup.setWorkingHours(p.owner, p.olivia.id, overlapping);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("hours"));
    CHECK(refused.error().message.contains(QStringLiteral("Monday")));
    const QList<WorkingInterval> backwards{ WorkingInterval{ Qt::Sunday, 600, 540 } };
    CHECK_FALSE(p.setup.setWorkingHours(p.owner, p.olivia.id, backwards).ok());
    const QList<WorkingInterval> touching{
        WorkingInterval::of(Qt::Saturday, QTime(9, 0), QTime(12, 0)),
        WorkingInterval::of(Qt::Saturday, QTime(12, 0), QTime(0, 0)), // until midnight
    };
    REQUIRE(p.setup.setWorkingHours(p.owner, p.olivia.id, touching).ok());
    CHECK(p.setup.workingHours(p.desk, p.olivia.id)->size() == 2);
    CHECK(touching.at(1).endMinute == 24 * 60);
    CHECK(touching.at(1).endTime() == QTime(0, 0));
}

TEST_CASE("a therapist is an active clinical account linked once", "[schedule]")
{
    test::SchedulePractice p;
    auto desk = p.setup.addTherapist(
            p.owner, Therapist{ 0, p.desk.userId, QStringLiteral("Frankie"), true, 0 });
    REQUIRE_FALSE(desk.ok());
    CHECK(desk.error().field == QStringLiteral("user"));
    auto twice = p.setup.addTherapist(
            p.owner, Therapist{ 0, p.therapist.userId, QStringLiteral("Theo again"), true, 0 });
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);

    Therapist away = p.olivia;
    away.active = false;
    auto inactive = p.setup.updateTherapist(p.owner, away);
    REQUIRE(inactive.ok());
    CHECK(p.setup.therapists(p.desk)->size() == 1);
    CHECK(p.setup.therapists(p.desk, true)->size() == 2);
    auto refused =
            p.appointments.book(p.desk,
                                p.request(p.ines, p.olivia, p.room2, p.treatment60,
                                          p.at(test::SchedulePractice::monday, QTime(10, 0))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("therapist"));
}

TEST_CASE("time off is added listed and removed by the owner", "[schedule]")
{
    test::SchedulePractice p;
    const QDate monday = test::SchedulePractice::monday;
    auto added =
            p.setup.addTimeOff(p.owner,
                               TimeOff{ 0, p.theo.id, p.at(monday, QTime(12, 0)),
                                        p.at(monday, QTime(13, 0)), QStringLiteral("Dentist") });
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    auto backwards = p.setup.addTimeOff(
            p.owner,
            TimeOff{ 0, p.theo.id, p.at(monday, QTime(13, 0)), p.at(monday, QTime(12, 0)), {} });
    REQUIRE_FALSE(backwards.ok());
    auto listed = p.setup.timeOff(p.desk, 0, p.at(monday, QTime(0, 0)),
                                  p.at(monday.addDays(1), QTime(0, 0)));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->constFirst().reason == QStringLiteral("Dentist"));
    CHECK(p.setup.timeOff(p.desk, p.olivia.id, p.at(monday, QTime(0, 0)),
                          p.at(monday.addDays(1), QTime(0, 0)))
                  ->isEmpty());
    CHECK_FALSE(p.setup.removeTimeOff(p.desk, added->id).ok());
    REQUIRE(p.setup.removeTimeOff(p.owner, added->id).ok());
    CHECK(p.setup.timeOff(p.desk, 0, p.at(monday, QTime(0, 0)),
                          p.at(monday.addDays(1), QTime(0, 0)))
                  ->isEmpty());
    CHECK(p.setup.removeTimeOff(p.owner, added->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("rooms are renamed and retired but never deleted", "[schedule]")
{
    test::SchedulePractice p;
    Room room = p.room2;
    room.name = QStringLiteral("Garden room");
    room.notes = QStringLiteral("Ground floor");
    auto renamed = p.setup.updateRoom(p.owner, room);
    REQUIRE(renamed.ok());
    CHECK(renamed->name == QStringLiteral("Garden room"));
    room = renamed.value();
    room.name = QStringLiteral("room 1");
    auto clash = p.setup.updateRoom(p.owner, room);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    room = renamed.value();
    room.active = false;
    REQUIRE(p.setup.updateRoom(p.owner, room).ok());
    auto refused =
            p.appointments.book(p.desk,
                                p.request(p.ines, p.theo, p.room2, p.treatment60,
                                          p.at(test::SchedulePractice::monday, QTime(10, 0))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("room"));
    CHECK(refused.error().message.contains(QStringLiteral("Garden room")));
}
