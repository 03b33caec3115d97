// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ProgressService.h"
#include "core/intake/IntakeService.h"
#include "tests/core/outcomes/OutcomesPractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QuestionnaireAnswers midas(int missedWork, int lessWork, int household, int lessHousehold,
                           int social)
{
    return { { QStringLiteral("1"), missedWork }, { QStringLiteral("2"), lessWork },
             { QStringLiteral("3"), household },  { QStringLiteral("4"), lessHousehold },
             { QStringLiteral("5"), social },     { QStringLiteral("A"), 20 },
             { QStringLiteral("B"), 6 } };
}

// Ines's diary, 1 December 2025 to 1 March 2026, every day recorded. Headache days: two early in
// December, 8 in the 28 days before her first session (5 January), 4 in January after it and 3
// in the last 28 days (2 February to 1 March). Triggers: stress 5 times, sleep twice.
QList<DiaryEntry> inesDiary(qint64 clientId)
{
    const QSet<QDate> headaches{
        QDate(2025, 12, 1),  QDate(2025, 12, 5),  QDate(2025, 12, 8),  QDate(2025, 12, 11),
        QDate(2025, 12, 15), QDate(2025, 12, 18), QDate(2025, 12, 22), QDate(2025, 12, 26),
        QDate(2025, 12, 29), QDate(2026, 1, 2),   QDate(2026, 1, 7),   QDate(2026, 1, 12),
        QDate(2026, 1, 20),  QDate(2026, 1, 27),  QDate(2026, 2, 5),   QDate(2026, 2, 14),
        QDate(2026, 2, 25),
    };
    const QSet<QDate> stress{ QDate(2025, 12, 8), QDate(2025, 12, 11), QDate(2025, 12, 15),
                              QDate(2026, 1, 7), QDate(2026, 2, 5) };
    const QSet<QDate> sleep{ QDate(2025, 12, 18), QDate(2026, 2, 14) };
    QList<DiaryEntry> rows;
    for (QDate date(2025, 12, 1); date <= QDate(2026, 3, 1); date = date.addDays(1)) {
        DiaryEntry row = test::OutcomesPractice::day(clientId, date, headaches.contains(date),
                                                     date < QDate(2026, 1, 5) ? 8 : 4);
        if (stress.contains(date))
            row.triggers << QStringLiteral("stress");
        if (sleep.contains(date))
            row.triggers << QStringLiteral("sleep");
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("a client's progress figures come from the diary, notes, visits and questionnaires",
          "[outcomes][progress]")
{
    test::OutcomesPractice p;
    p.store(inesDiary(p.ines));
    p.addVisit(p.ines, QDate(2026, 1, 5));
    p.addVisit(p.ines, QDate(2026, 1, 19));
    p.addVisit(p.ines, QDate(2026, 2, 2), AppointmentStatus::NoShow);
    p.addSignedNote(p.ines, QDate(2026, 1, 5), 7, 3);
    p.addSignedNote(p.ines, QDate(2026, 1, 19), 6, 2);
    p.addSignedNote(p.ines, QDate(2026, 2, 16), 5, std::nullopt);
    IntakeService intakes(p.t.db(), p.clock);
    REQUIRE(intakes.recordQuestionnaire(p.therapist, p.ines, QStringLiteral("midas"),
                                        QDate(2026, 2, 20), midas(1, 2, 2, 2, 1))
                    .ok());
    REQUIRE(intakes.recordQuestionnaire(p.therapist, p.ines, QStringLiteral("midas"),
                                        QDate(2025, 12, 15), midas(4, 5, 4, 4, 3))
                    .ok());

    auto result = p.progress.clientProgress(p.therapist, p.ines);
    REQUIRE(result.ok());
    const ClientProgress &progress = result.value();
    CHECK(progress.enoughData());
    CHECK(progress.today == QDate(2026, 3, 2));
    CHECK(progress.from == QDate(2025, 12, 1));
    CHECK(progress.to == QDate(2026, 3, 2));
    CHECK(progress.diaryRows == 91);
    CHECK(progress.period.daysInPeriod == 92);
    CHECK(progress.period.recordedDays == 91);
    CHECK(progress.period.headacheDays == 17);
    CHECK(*progress.period.headacheDaysPer28.value == Approx(17.0 * 28 / 91));

    // Four 28-day windows end on today and reach back to the first diary day.
    REQUIRE(progress.windows.size() == 4);
    CHECK(progress.windows.last().to == QDate(2026, 3, 2));
    CHECK(progress.windows.first().from <= QDate(2025, 12, 1));

    CHECK(progress.sessionDates
          == QList<QDate>{ QDate(2026, 1, 5), QDate(2026, 1, 19), QDate(2026, 2, 16) });
    CHECK(progress.firstSession == QDate(2026, 1, 5));
    REQUIRE(progress.beforeAfter.has_value());
    CHECK(progress.beforeAfter->before.from == QDate(2025, 12, 8));
    CHECK(progress.beforeAfter->before.headacheDays == 8);
    CHECK(progress.beforeAfter->after.from == QDate(2026, 2, 2));
    CHECK(progress.beforeAfter->after.to == QDate(2026, 3, 1));
    CHECK(progress.beforeAfter->after.headacheDays == 3);
    CHECK(*progress.beforeAfter->headacheDaysChange == Approx(-0.625));
    CHECK(progress.beforeAfter->halvedOrBetter());
    CHECK(*progress.beforeAfter->before.meanPeakIntensity.value == Approx(8.0));
    CHECK(*progress.beforeAfter->after.meanPeakIntensity.value == Approx(4.0));

    REQUIRE(progress.sessionPain.size() == 3);
    CHECK(progress.sessionPain.at(0).date == QDate(2026, 1, 5));
    CHECK(progress.sessionPain.at(0).before == 7);
    CHECK(progress.sessionPain.at(0).after == 3);
    CHECK_FALSE(progress.sessionPain.at(2).after.has_value());

    REQUIRE(progress.midas.size() == 2);
    CHECK(progress.midas.at(0).date == QDate(2025, 12, 15));
    CHECK(progress.midas.at(0).total == 20);
    CHECK(progress.midas.at(0).grade == QStringLiteral("III"));
    CHECK(progress.midas.at(1).total == 8);
    CHECK(progress.midas.at(1).grade == QStringLiteral("II"));
    CHECK(progress.hit6.isEmpty());

    REQUIRE(progress.triggers.size() == 2);
    CHECK(progress.triggers.at(0).key == QStringLiteral("stress"));
    CHECK(progress.triggers.at(0).label == QStringLiteral("Stress"));
    CHECK(progress.triggers.at(0).count == 5);
    CHECK(progress.triggers.at(1).label == QStringLiteral("Sleep disturbance or oversleeping"));
    CHECK(progress.triggers.at(1).count == 2);
    CHECK(progress.medicationOveruse.level == MedicationOveruseLevel::None);

    const auto audit = p.audit(QStringLiteral("progress"), p.ines);
    REQUIRE(audit.size() == 1);
    CHECK(audit.constFirst().event.operation == QStringLiteral("clinical.read"));
    CHECK(audit.constFirst().event.detail
          == QStringLiteral("progress figures: 91 diary rows, 3 sessions, 2 questionnaires"));
}

TEST_CASE("a period of the diary is chosen with from and to", "[outcomes][progress]")
{
    test::OutcomesPractice p;
    p.store(inesDiary(p.ines));
    ProgressOptions options;
    options.from = QDate(2026, 2, 2);
    options.to = QDate(2026, 3, 1);
    auto progress = p.progress.clientProgress(p.owner, p.ines, options);
    REQUIRE(progress.ok());
    CHECK(progress->period.headacheDays == 3);
    CHECK(*progress->period.headacheDaysPer28.value == Approx(3.0));
    CHECK(progress->windows.size() == 1);
    // No visit or signed note yet: no course of care to compare.
    CHECK_FALSE(progress->firstSession.isValid());
    CHECK_FALSE(progress->beforeAfter.has_value());
}

TEST_CASE("an empty or short diary says there is not enough data instead of zero",
          "[outcomes][progress]")
{
    test::OutcomesPractice p;
    p.addVisit(p.jamal, QDate(2026, 2, 2));

    SECTION("no diary at all")
    {
        auto progress = p.progress.clientProgress(p.therapist, p.jamal);
        REQUIRE(progress.ok());
        CHECK_FALSE(progress->enoughData());
        CHECK(progress->notEnoughData.startsWith(QStringLiteral("No diary entries yet")));
        CHECK(progress->diaryRows == 0);
        CHECK_FALSE(progress->period.headacheDaysPer28.enoughData());
        CHECK_FALSE(progress->beforeAfter.has_value());
        CHECK(progress->firstSession == QDate(2026, 2, 2));
        CHECK(progress->triggers.isEmpty());
        for (const DiaryPeriodStatistics &window : progress->windows)
            CHECK_FALSE(window.headacheDaysPer28.enoughData());
    }
    SECTION("ten days of diary")
    {
        QList<DiaryEntry> rows;
        for (int day = 18; day <= 27; ++day)
            rows << test::OutcomesPractice::day(p.jamal, QDate(2026, 2, day), day == 20);
        p.store(rows);
        auto progress = p.progress.clientProgress(p.therapist, p.jamal);
        REQUIRE(progress.ok());
        CHECK_FALSE(progress->enoughData());
        CHECK(progress->notEnoughData.contains(QStringLiteral("10 recorded days")));
        CHECK(progress->period.headacheDays == 1);
        CHECK_FALSE(progress->period.headacheDaysPer28.value.has_value());
        // The last window would reach back before the first session: no comparison yet.
        CHECK_FALSE(progress->beforeAfter.has_value());
    }
}

TEST_CASE("the practice overview counts sessions, attendance and clients who improved",
          "[outcomes][progress][overview]")
{
    test::OutcomesPractice p;
    // Today is Monday 2 March 2026: the 12 weeks are 8 December 2025 to 1 March 2026.
    p.addVisit(p.ines, QDate(2025, 12, 1)); // before the 12 weeks: not counted
    p.addVisit(p.ines, QDate(2025, 12, 8));
    p.addVisit(p.jamal, QDate(2025, 12, 10));
    p.addVisit(p.ines, QDate(2026, 1, 5));
    p.addVisit(p.jamal, QDate(2026, 1, 6), AppointmentStatus::NoShow);
    p.addVisit(p.kai, QDate(2026, 1, 7), AppointmentStatus::Cancelled, QTime(10, 0), true);
    p.addVisit(p.kai, QDate(2026, 1, 8), AppointmentStatus::Cancelled, QTime(10, 0), false);
    p.addVisit(p.kai, QDate(2026, 1, 9), AppointmentStatus::Cancelled, QTime(10, 0), false, true);
    p.addVisit(p.ines, QDate(2026, 3, 1)); // Sunday: the last day of the 12 weeks
    p.addVisit(p.ines, QDate(2026, 3, 2), AppointmentStatus::Booked); // this week

    // Ines halves her headache days (first session 1 December in this practice: her diary before
    // it is 3 November to 30 November); Jamal improves by a quarter; Kai has no session.
    QList<DiaryEntry> rows;
    for (QDate date(2025, 11, 3); date <= QDate(2026, 3, 1); date = date.addDays(1)) {
        const int index = int(QDate(2025, 11, 3).daysTo(date));
        const bool before = date < QDate(2025, 12, 1);
        rows << test::OutcomesPractice::day(p.ines, date,
                                            before ? index % 4 == 0 : index % 14 == 0);
        rows << test::OutcomesPractice::day(
                p.jamal, date, before ? index % 7 < 2 : index % 7 == 0 || index % 28 == 1);
        rows << test::OutcomesPractice::day(p.kai, date, index % 3 == 0);
    }
    p.store(rows);

    auto denied = p.progress.practiceOverview(p.therapist);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK(p.progress.practiceOverview(p.desk).error().code == ErrorCode::Denied);

    auto result = p.progress.practiceOverview(p.owner);
    REQUIRE(result.ok());
    const PracticeOverview &overview = result.value();
    CHECK(overview.activeClients == 3);
    REQUIRE(overview.sessionsPerWeek.size() == 12);
    CHECK(overview.sessionsPerWeek.first().weekStart == QDate(2025, 12, 8));
    CHECK(overview.sessionsPerWeek.first().completed == 2);
    CHECK(overview.sessionsPerWeek.at(4).weekStart == QDate(2026, 1, 5));
    CHECK(overview.sessionsPerWeek.at(4).completed == 1);
    CHECK(overview.sessionsPerWeek.last().completed == 1);
    int total = 0;
    for (const WeekSessions &week : overview.sessionsPerWeek)
        total += week.completed;
    CHECK(total == 4);
    // Due: 4 completed, the no-show and the late cancellation (not the timely or the practice's).
    CHECK(overview.appointmentsDue == 6);
    CHECK(overview.noShows == 1);
    CHECK(overview.lateCancellations == 1);
    CHECK(*overview.noShowRate == Approx(1.0 / 6));
    CHECK(*overview.lateCancellationRate == Approx(1.0 / 6));
    CHECK(overview.clientsCompared == 2);
    CHECK(overview.clientsHalved == 1);
    CHECK(*overview.halvedShare == Approx(0.5));

    CHECK(p.auditRows(QStringLiteral("practice.overview")) == 1);
    CHECK(p.auditRows(QStringLiteral("practice.overview"), true) == 2);
}

TEST_CASE("an empty practice's overview has no rates rather than zeros",
          "[outcomes][progress][overview]")
{
    test::OutcomesPractice p;
    auto overview = p.progress.practiceOverview(p.owner);
    REQUIRE(overview.ok());
    CHECK(overview->appointmentsDue == 0);
    CHECK_FALSE(overview->noShowRate.has_value());
    CHECK_FALSE(overview->halvedShare.has_value());
    CHECK(overview->clientsCompared == 0);
}
