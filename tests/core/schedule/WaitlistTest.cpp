// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Waitlist.h"
#include "core/schedule/WaitlistService.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDate monday = test::SchedulePractice::monday;

WaitlistEntry entry(qint64 clientId, qint64 therapistId, qint64 typeId, int weekdays, int parts,
                    const QDate &addedOn)
{
    WaitlistEntry e;
    e.clientId = clientId;
    e.therapistId = therapistId;
    e.typeId = typeId;
    e.weekdays = weekdays;
    e.partsOfDay = parts;
    e.addedOn = addedOn;
    return e;
}

QStringList names(const QList<WaitlistMatch> &matches)
{
    QStringList list;
    for (const WaitlistMatch &match : matches)
        list << match.item.clientFirstName;
    return list;
}

} // namespace

TEST_CASE("a cancellation returns the waitlist entries that fit the freed time", "[schedule]")
{
    test::SchedulePractice p;
    const int mondays = WaitlistEntry::weekdayBit(Qt::Monday);
    const int tuesdays = WaitlistEntry::weekdayBit(Qt::Tuesday);
    const int morning = static_cast<int>(PartOfDay::Morning);
    const int afternoon = static_cast<int>(PartOfDay::Afternoon);
    const AppointmentType twoHours =
            p.setup.addType(p.owner,
                            AppointmentType{ 0, QStringLiteral("Long session 120 min"), 120, 15,
                                             QStringLiteral("#336699"), 0, true, 0 })
                    .value();

    // Theo's morning: Kai 09:00–09:30, Ines 10:00–11:00 (+15), Jamal 11:30.
    p.book(p.kai, p.theo, p.room2, p.followUp30, p.at(monday, QTime(9, 0)));
    const Appointment ines =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    p.book(p.jamal, p.theo, p.room2, p.treatment60, p.at(monday, QTime(11, 30)));

    const QDate today = monday;
    const auto add = [&](const QString &name, const WaitlistEntry &e) {
        WaitlistEntry withClient = e;
        withClient.clientId = p.addClient(name, QStringLiteral("Waiting"));
        auto added = p.waitlist.add(p.desk, withClient);
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added.value();
    };
    add(QStringLiteral("Anna"), entry(0, 0, p.treatment60.id, mondays, morning, today.addDays(-3)));
    add(QStringLiteral("Bruno"),
        entry(0, p.theo.id, p.assessment90.id, mondays | tuesdays, morning, today.addDays(-9)));
    add(QStringLiteral("Chiara"),
        entry(0, p.olivia.id, p.treatment60.id, mondays, morning, today.addDays(-20)));
    add(QStringLiteral("Dev"),
        entry(0, 0, p.treatment60.id, tuesdays, morning, today.addDays(-20)));
    add(QStringLiteral("Elif"),
        entry(0, 0, p.treatment60.id, mondays, afternoon, today.addDays(-20)));
    WaitlistEntry expired = entry(0, 0, p.followUp30.id, mondays, morning, today.addDays(-30));
    expired.expiresOn = today.addDays(-1);
    add(QStringLiteral("Femi"), expired);
    const WaitlistItem gone =
            add(QStringLiteral("Greta"),
                entry(0, 0, p.followUp30.id, mondays, morning, today.addDays(-30)));
    REQUIRE(p.waitlist.remove(p.desk, gone.entry.id, gone.entry.rowVersion).ok());
    add(QStringLiteral("Hugo"), entry(0, 0, twoHours.id, mondays, morning, today.addDays(-30)));
    // Ines herself waits for an earlier time too, but she is the one cancelling.
    WaitlistEntry self = entry(p.ines, 0, p.followUp30.id, mondays, morning, today.addDays(-40));
    REQUIRE(p.waitlist.add(p.desk, self).ok());

    auto cancelled =
            p.appointments.cancel(p.desk, ines.id, ines.rowVersion,
                                  CancelRequest{ QStringLiteral("Unwell"), CancelledBy::Client });
    REQUIRE(cancelled.ok());
    // The gap runs from 09:30 (Kai's end) to 11:30 (Jamal's start): 120 minutes.
    CHECK(names(cancelled->waitlistMatches)
          == QStringList({ QStringLiteral("Bruno"), QStringLiteral("Anna") }));
    const WaitlistMatch &bruno = cancelled->waitlistMatches.constFirst();
    CHECK(bruno.therapistId == p.theo.id);
    CHECK(bruno.roomId == p.room1.id);
    CHECK(bruno.suggestedStartUtc == p.at(monday, QTime(9, 30)));
    CHECK(bruno.suggestedEndUtc == p.at(monday, QTime(11, 0)));
    CHECK(bruno.item.typeName == QStringLiteral("Initial migraine assessment 90 min"));

    // Asked again later, the same; once Bruno is booked, only Anna.
    auto again = p.waitlist.matchesFor(p.desk, ines.id);
    REQUIRE(again.ok());
    CHECK(names(again.value()) == names(cancelled->waitlistMatches));
    REQUIRE(p.waitlist.markBooked(p.desk, bruno.item.entry.id, bruno.item.entry.rowVersion).ok());
    CHECK(names(p.waitlist.matchesFor(p.desk, ines.id).value())
          == QStringList({ QStringLiteral("Anna") }));

    // The open list, oldest first; closed entries only when asked.
    auto open = p.waitlist.list(p.desk);
    REQUIRE(open.ok());
    CHECK(open->size() == 7);
    CHECK(open->constFirst().clientFirstName == QStringLiteral("Inés"));
    CHECK(p.waitlist.list(p.desk, true)->size() == 9);
}

TEST_CASE("a waitlist entry needs a day and a part of the day and never is deleted", "[schedule]")
{
    test::SchedulePractice p;
    WaitlistEntry e = entry(p.ines, 0, p.treatment60.id, 0, WaitlistEntry::AllDay, {});
    auto noDay = p.waitlist.add(p.desk, e);
    REQUIRE_FALSE(noDay.ok());
    CHECK(noDay.error().field == QStringLiteral("weekdays"));
    e.weekdays = WaitlistEntry::AllWeekdays;
    auto added = p.waitlist.add(p.desk, e);
    REQUIRE(added.ok());
    CHECK(added->entry.addedOn == test::SchedulePractice::monday);
    CHECK(added->therapistName.isEmpty());
    CHECK(added->typeMinutes == 60);
    CHECK(Waitlist::partOfDay(QTime(11, 59)) == PartOfDay::Morning);
    CHECK(Waitlist::partOfDay(QTime(12, 0)) == PartOfDay::Afternoon);
    CHECK(Waitlist::partOfDay(QTime(17, 0)) == PartOfDay::Evening);
}
