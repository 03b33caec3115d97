// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoDiaries.h"
#include "core/demo/DemoIntakes.h"
#include "core/demo/DemoPractice.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/DiaryStatistics.h"
#include "core/outcomes/DiaryValidator.h"
#include "core/outcomes/ProgressService.h"
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

const QDate today(2026, 11, 24);

DemoDiaries::Plan plan(qint64 clientId, int profile, DemoDiaries::Course course,
                       int daysInCare = 150)
{
    DemoDiaries::Plan p;
    p.clientId = clientId;
    p.intake = DemoIntakes::sample(profile, clientId, today.addDays(-daysInCare - 10));
    p.firstSession = today.addDays(-daysInCare);
    p.course = course;
    return p;
}

// The change in headache days per 28 over a group of clients: their rates in the 28 days after
// their last one against the 28 days before care, summed (a ratio of sums, so a client with one
// headache day before care does not swing the figure).
double groupChange(int profile, DemoDiaries::Course course, int clients)
{
    double before = 0;
    double after = 0;
    for (int id = 1; id <= clients; ++id) {
        const auto p = plan(id, profile, course);
        const auto rows = DemoDiaries::make(p, today, DemoPractice::DefaultSeed);
        const BeforeAfter change =
                DiaryStatistics::beforeAfter(rows, p.firstSession, rows.constLast().date);
        if (change.before.headacheDaysPer28.value && change.after.headacheDaysPer28.value) {
            before += *change.before.headacheDaysPer28.value;
            after += *change.after.headacheDaysPer28.value;
        }
    }
    REQUIRE(before > 0);
    return (after - before) / before;
}

} // namespace

TEST_CASE("a demo diary runs daily from six weeks before the first session, valid and seeded",
          "[demo][outcomes]")
{
    const auto p = plan(11, 0, DemoDiaries::Course::Improves);
    const QList<DiaryEntry> rows = DemoDiaries::make(p, today, DemoPractice::DefaultSeed);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.constFirst().date <= p.firstSession.addDays(-38));
    CHECK(rows.constFirst().date >= p.firstSession.addDays(-46));
    CHECK(rows.constLast().date <= today);
    const qint64 span = rows.constFirst().date.daysTo(rows.constLast().date) + 1;
    // Nearly every day is written down, headache-free days included, with a few gaps.
    CHECK(rows.size() < span);
    CHECK(rows.size() > span * 8 / 10);
    int headaches = 0;
    for (const DiaryEntry &row : rows) {
        INFO(row.date.toString(Qt::ISODate).toStdString());
        CHECK(DiaryValidator::validate(row, today).isEmpty());
        CHECK(row.clientId == 11);
        headaches += row.headache ? 1 : 0;
    }
    CHECK(headaches > 0);
    CHECK(headaches < rows.size() / 2);
    CHECK(DemoDiaries::make(p, today, DemoPractice::DefaultSeed) == rows);
    CHECK_FALSE(DemoDiaries::make(p, today, DemoPractice::DefaultSeed + 1) == rows);
}

TEST_CASE("demo clients who improve lose 40 to 70 percent of their headache days; others don't",
          "[demo][outcomes]")
{
    for (int profile : { 0, 2, 7 }) {
        INFO("profile " << profile);
        const double improves = groupChange(profile, DemoDiaries::Course::Improves, 30);
        CHECK(improves <= -0.4);
        CHECK(improves >= -0.7);
        const double unchanged = groupChange(profile, DemoDiaries::Course::Unchanged, 30);
        WARN("profile " << profile << ": improving clients " << improves * 100
                        << "%, unchanged clients " << unchanged * 100 << "%");
        CHECK(unchanged > -0.2);
        CHECK(unchanged < 0.2);
    }
}

TEST_CASE("the demo's triptan-overuse client meets the threshold four months running",
          "[demo][outcomes]")
{
    const auto p = plan(5, 2, DemoDiaries::Course::Overuse, 200);
    const QList<DiaryEntry> rows = DemoDiaries::make(p, today, DemoPractice::DefaultSeed);
    CHECK(rows.constLast().date == QDate(2026, 10, 31)); // transcribed up to last month's end
    const MedicationOveruse overuse = DiaryStatistics::medicationOveruse(rows);
    CHECK(overuse.level == MedicationOveruseLevel::Sustained);
    REQUIRE(overuse.months.size() >= 4);
    for (qsizetype i = overuse.months.size() - 4; i < overuse.months.size(); ++i)
        CHECK(overuse.months.at(i).tenDayClassDays >= 10);
    CHECK(overuse.message.contains(QStringLiteral("October 2026")));
}

TEST_CASE("a menstrual-migraine demo diary follows a cycle", "[demo][outcomes]")
{
    const auto p = plan(7, 7, DemoDiaries::Course::Unchanged);
    const QList<DiaryEntry> rows = DemoDiaries::make(p, today, DemoPractice::DefaultSeed);
    int periodDays = 0, periodHeadaches = 0, otherDays = 0, otherHeadaches = 0;
    for (const DiaryEntry &row : rows) {
        CHECK(row.menstruation != Answer::Unknown);
        if (row.menstruation == Answer::Yes) {
            ++periodDays;
            periodHeadaches += row.headache ? 1 : 0;
        } else {
            ++otherDays;
            otherHeadaches += row.headache ? 1 : 0;
        }
    }
    REQUIRE(periodDays > 0);
    CHECK(double(periodHeadaches) / periodDays > 2.0 * otherHeadaches / otherDays);
    const auto stats = DiaryStatistics::forPeriod(rows, rows.constFirst().date, today);
    CHECK(stats.triggerCounts.value(QStringLiteral("hormonal")) > 0);
}

TEST_CASE("the demo practice gets diaries: some clients improve, some don't, one overuses",
          "[demo][outcomes]")
{
    test::TestDatabase t;
    const FixedClock clock(QDateTime(today, QTime(17, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value());
    REQUIRE(DemoPractice::populate(t.db(), 200, clock).ok());

    const Session owner{ 1, QStringLiteral("owner"), QString(), Role::Owner, {} };
    ProgressService progress(t.db(), clock);
    auto overview = progress.practiceOverview(owner);
    REQUIRE(overview.ok());
    WARN("200 demo clients: " << overview->clientsCompared << " with a before/after comparison, "
                              << overview->clientsHalved << " halved or better");
    CHECK(overview->clientsCompared >= 40);
    CHECK(overview->clientsHalved >= overview->clientsCompared / 4);
    CHECK(overview->clientsHalved <= overview->clientsCompared * 3 / 4);

    auto diaries = DiaryRepository(t.db(), clock).headacheDaysByClient();
    REQUIRE(diaries.ok());
    int sustained = 0;
    for (auto it = diaries->cbegin(); it != diaries->cend(); ++it) {
        auto client = progress.clientProgress(owner, it.key());
        REQUIRE(client.ok());
        if (client->medicationOveruse.level == MedicationOveruseLevel::Sustained)
            ++sustained;
    }
    CHECK(sustained >= 1);

    // An older demo file gets diaries once, and only once.
    CHECK(DemoDiaries::populateIfNone(t.db(), clock, DemoPractice::DefaultSeed).value() == 0);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM diary_entries")));
    const int rows = DemoDiaries::populateIfNone(t.db(), clock, DemoPractice::DefaultSeed).value();
    CHECK(rows > 1000);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM diary_entries")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == rows);
}
