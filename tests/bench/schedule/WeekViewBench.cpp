// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "core/schedule/AppointmentRepository.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleLoader.h"
#include "core/security/UserRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

constexpr int Therapists = 10;
constexpr int PerDay = 8;
constexpr int Weeks = 500; // 10 therapists x 5 days x 8 = 400 a week: 200,000 appointments

// A busy practice over almost ten years: every therapist fully booked on weekdays.
ScheduleBundle busyPractice(const QList<qint64> &users, const QList<qint64> &clients,
                            const QDate &firstMonday, const QDateTime &now, const QTimeZone &zone)
{
    ScheduleBundle bundle;
    bundle.types << AppointmentType{
        0, QStringLiteral("Treatment 45 min"), 45, 15, QStringLiteral("#42a5f5"), 7500, true, 0
    };
    for (int t = 0; t < Therapists; ++t) {
        ScheduleBundle::TherapistRecord record;
        record.therapist =
                Therapist{ 0, users.at(t), QStringLiteral("Therapist %1").arg(t + 1), true, 0 };
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            record.hours << WorkingInterval::of(day, QTime(9, 0), QTime(17, 0));
        bundle.therapists << record;
        bundle.rooms << Room{ 0, QStringLiteral("Room %1").arg(t + 1), QString(), true, 0 };
    }
    bundle.appointments.reserve(Therapists * 5 * PerDay * Weeks);
    qsizetype client = 0;
    for (int week = 0; week < Weeks; ++week) {
        for (int day = 0; day < 5; ++day) {
            const QDate date = firstMonday.addDays(7 * week + day);
            for (int t = 0; t < Therapists; ++t) {
                for (int slot = 0; slot < PerDay; ++slot) {
                    ScheduleBundle::AppointmentRecord record;
                    Appointment &a = record.appointment;
                    a.clientId = clients.at(client++ % clients.size());
                    a.startUtc = QDateTime(date, QTime(9 + slot, 0), zone).toUTC();
                    a.endUtc = a.startUtc.addSecs(45 * 60);
                    a.bufferEndUtc = a.endUtc.addSecs(15 * 60);
                    a.timeZoneId = QString::fromUtf8(zone.id());
                    a.localDate = date;
                    a.localTime = QTime(9 + slot, 0);
                    a.priceCents = 7500;
                    a.status = a.endUtc < now ? AppointmentStatus::Completed
                                              : AppointmentStatus::Booked;
                    if ((client % 23) == 0) {
                        a.status = AppointmentStatus::Cancelled;
                        a.cancelledAtUtc = a.startUtc.addDays(-2);
                        a.cancelReason = QStringLiteral("Away");
                    }
                    record.therapist = t;
                    record.room = t;
                    bundle.appointments << record;
                }
            }
        }
    }
    return bundle;
}

} // namespace

// What the week view loads for every therapist at once: first names, types, rooms, statuses.
TEST_CASE("week view data for all therapists on 200,000 appointments", "[!benchmark][schedule]")
{
    test::TestDatabase t;
    const QTimeZone zone("Europe/London");
    const FixedClock clock(QDateTime(QDate(2026, 3, 4), QTime(12, 0), QTimeZone::utc()));
    QList<qint64> users;
    {
        Transaction transaction(t.db());
        UserRepository repository(t.db());
        for (int i = 0; i < Therapists; ++i) {
            UserAccount user;
            user.username = QStringLiteral("therapist%1").arg(i + 1);
            user.role = Role::Therapist;
            users << repository.insert(user, QByteArray("benchmark"), clock.nowUtc()).value();
        }
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(ClientRepository(t.db(), clock)
                    .createMany(DemoPractice::makeClients(2000, clock.today()))
                    .ok());
    QList<qint64> clients;
    for (qint64 id = 1; id <= 2000; ++id)
        clients << id;

    QElapsedTimer timer;
    timer.start();
    const ScheduleBundle bundle =
            busyPractice(users, clients, QDate(2021, 4, 5), clock.nowUtc(), zone);
    auto loaded = ScheduleLoader::load(t.db(), clock, bundle, ScheduleAuthor{ users.first(), {} });
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value() == 200000);
    WARN("stored 200,000 appointments (overlap trigger on every row) in " << timer.elapsed()
                                                                          << " ms");

    const Session owner{
        users.first(), QStringLiteral("therapist1"), QString(), Role::Therapist, {}
    };
    AppointmentService service(t.db(), clock);
    const QDateTime monday = QDateTime(QDate(2026, 3, 2), QTime(0, 0), zone).toUTC();
    CalendarQuery week{ monday, monday.addDays(7), {}, {}, false };
    const auto items = service.calendar(owner, week);
    REQUIRE(items.ok());
    WARN("the week has " << items->size() << " appointments on the calendar");
    REQUIRE(items->size() > 350);

    BENCHMARK("week view, all therapists (AppointmentService::calendar)")
    {
        return service.calendar(owner, week)->size();
    };
    CalendarQuery oneTherapist = week;
    oneTherapist.therapistIds = { 3 };
    BENCHMARK("week view, one therapist")
    {
        return service.calendar(owner, oneTherapist)->size();
    };
    CalendarQuery day{ monday.addDays(2), monday.addDays(3), {}, {}, true };
    BENCHMARK("day view, all therapists, cancelled included")
    {
        return service.calendar(owner, day)->size();
    };
    AppointmentRepository repository(t.db(), clock);
    Appointment proposed;
    proposed.id = 0;
    proposed.therapistId = 4;
    proposed.roomId = 4;
    proposed.timeZoneId = QStringLiteral("Europe/London");
    proposed.startUtc = monday.addDays(1).addSecs(10 * 3600);
    proposed.bufferEndUtc = proposed.startUtc.addSecs(3600);
    BENCHMARK("overlap check for one booking")
    {
        return repository.conflicts(proposed)->size();
    };
    SlotQuery slot;
    slot.typeId = 1;
    slot.fromUtc = monday;
    BENCHMARK("next free slot, any therapist and room, in a fully booked year")
    {
        return service.nextFreeSlot(owner, slot)->has_value();
    };
}
