// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSchedule.h"
#include "core/demo/DemoPractice.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/schedule/WaitlistService.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the demo practice gets a year of appointments with no overlap", "[demo][schedule]")
{
    test::TestDatabase t;
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(DemoPractice::populate(t.db(), 300, clock).ok());
    WARN("demo practice with 300 clients, intakes and schedule: " << timer.elapsed() << " ms");

    const Session desk{ 3, QStringLiteral("frontdesk"), QString(), Role::FrontDesk, {} };
    ScheduleSetupService setup(t.db(), clock);
    auto therapists = setup.therapists(desk);
    REQUIRE(therapists->size() == 2);
    CHECK(therapists->at(0).displayName == QStringLiteral("Olivia Owner"));
    CHECK(therapists->at(1).displayName == QStringLiteral("Theo Therapist"));
    CHECK(setup.rooms(desk)->size() == 3);
    QStringList types;
    for (const AppointmentType &type : setup.types(desk).value())
        types << type.name;
    CHECK(types
          == QStringList({ QStringLiteral("Follow-up 30 min"),
                           QStringLiteral("Initial migraine assessment 90 min"),
                           QStringLiteral("Treatment 45 min"),
                           QStringLiteral("Treatment 60 min") }));

    const int total = scalar(t.db(), QStringLiteral("SELECT count(*) FROM appointments"));
    CHECK(total > 1500);
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM appointments a JOIN appointments b ON a.id < "
                                "b.id AND (a.therapist_id = b.therapist_id OR a.room_id = "
                                "b.room_id) AND a.start_utc < b.buffer_end_utc AND b.start_utc < "
                                "a.buffer_end_utc WHERE a.status NOT IN ('cancelled', 'no-show') "
                                "AND b.status NOT IN ('cancelled', 'no-show')"))
          == 0);
    const QString now = QStringLiteral("'2026-11-24T17:00:00Z'");
    const auto count = [&](const QString &where) {
        return scalar(t.db(), QStringLiteral("SELECT count(*) FROM appointments WHERE ") + where);
    };
    CHECK(count(QStringLiteral("status = 'completed' AND end_utc <= ") + now) > total / 2);
    CHECK(count(QStringLiteral("status = 'completed' AND end_utc > ") + now) == 0);
    CHECK(count(QStringLiteral("status = 'no-show'")) > 10);
    CHECK(count(QStringLiteral("status = 'cancelled' AND late_cancellation = 1")) > 5);
    CHECK(count(QStringLiteral("status = 'cancelled' AND late_cancellation = 0")) > 5);
    CHECK(count(QStringLiteral("status = 'cancelled' AND cancelled_by = 'practice'")) > 0);
    CHECK(count(QStringLiteral("status IN ('booked', 'confirmed') AND start_utc > ") + now) > 100);
    CHECK(count(QStringLiteral("status IN ('booked', 'confirmed') AND start_utc < ") + now) == 0);
    CHECK(count(QStringLiteral("series_id IS NOT NULL AND start_utc > ") + now) > 20);
    CHECK(count(QStringLiteral("series_id IS NOT NULL AND status = 'completed'")) > 5);
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(DISTINCT interval_weeks) FROM "
                                "appointment_series"))
          == 2);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT client_id) FROM appointments"))
          > 150);
    // Everyone starts with an assessment.
    CHECK(count(QStringLiteral("type_id = (SELECT id FROM appointment_types WHERE name LIKE "
                               "'Initial%')"))
          > 100);
    CHECK(WaitlistService(t.db(), clock).list(desk)->size() == 4);

    // The week view and attendance counts work on it.
    AppointmentService appointments(t.db(), clock);
    CalendarQuery week{ QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()),
                        QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc()),
                        {},
                        {},
                        false };
    auto items = appointments.calendar(desk, week);
    REQUIRE(items.ok());
    CHECK(items->size() > 20);
    CHECK(AuditTrail(t.db(), clock).verify().value().ok());

    // A second population (demo --add) leaves the schedule as it was.
    REQUIRE(DemoPractice::populate(t.db(), 10, clock).ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM therapists")) == 2);
}

TEST_CASE("the demo schedule is the same for the same seed and waits for a clinician",
          "[demo][schedule]")
{
    const QTimeZone zone("America/Los_Angeles");
    const QDateTime now(QDate(2026, 11, 24), QTime(17, 0), Qt::UTC);
    QList<UserAccount> clinicians(2);
    clinicians[0].id = 2;
    clinicians[0].displayName = QStringLiteral("Theo Therapist (demo)");
    clinicians[1].id = 1;
    clinicians[1].displayName = QStringLiteral("Olivia Owner (demo)");
    QList<qint64> clients;
    for (qint64 id = 1; id <= 80; ++id)
        clients << id;
    const ScheduleBundle a = DemoSchedule::make(clinicians, clients, now, zone, 7);
    const ScheduleBundle b = DemoSchedule::make(clinicians, clients, now, zone, 7);
    REQUIRE(a.appointments.size() == b.appointments.size());
    for (qsizetype i = 0; i < a.appointments.size(); ++i) {
        CHECK(a.appointments.at(i).appointment.startUtc
              == b.appointments.at(i).appointment.startUtc);
        CHECK(a.appointments.at(i).appointment.status == b.appointments.at(i).appointment.status);
    }
    CHECK(a.therapists.constFirst().therapist.displayName == QStringLiteral("Theo Therapist"));

    // A file with only a front-desk account gets no schedule yet.
    test::TestDatabase t;
    const FixedClock clock(now);
    CHECK(DemoSchedule::populate(t.db(), clock, 7).value() == 0);
}
