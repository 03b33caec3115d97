// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryStatistics.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

DiaryEntry day(const QDate &date, bool headache = false)
{
    DiaryEntry entry;
    entry.date = date;
    entry.headache = headache;
    return entry;
}

// A row for every day from `from` to `to`, headache-free.
QList<DiaryEntry> everyDay(const QDate &from, const QDate &to)
{
    QList<DiaryEntry> entries;
    for (QDate d = from; d <= to; d = d.addDays(1))
        entries.append(day(d));
    return entries;
}

void markHeadache(QList<DiaryEntry> &entries, const QDate &date, int intensity = 5)
{
    for (auto &entry : entries)
        if (entry.date == date) {
            entry.headache = true;
            entry.peakIntensity = intensity;
            return;
        }
    FAIL("no row for " << date.toString(Qt::ISODate).toStdString());
}

DiaryMedication medication(AcuteMedicationKind kind)
{
    DiaryMedication m;
    m.name = kind == AcuteMedicationKind::SimpleAnalgesic ? QStringLiteral("ibuprofen")
                                                          : QStringLiteral("sumatriptan");
    m.kind = kind;
    return m;
}

// `days` days of `kind` in October 2026 starting on the 1st (the month fully recorded).
QList<DiaryEntry> octoberWith(int days, AcuteMedicationKind kind, int firstDay = 1)
{
    auto entries = everyDay(QDate(2026, 10, 1), QDate(2026, 10, 31));
    for (int i = 0; i < days; ++i)
        entries[firstDay - 1 + i].medications.append(medication(kind));
    return entries;
}

} // namespace

TEST_CASE("Headache days per 28 days across a month boundary", "[outcomes][diary]")
{
    // 20 January to 16 February 2026: 28 days, every one recorded.
    auto entries = everyDay(QDate(2026, 1, 20), QDate(2026, 2, 16));
    markHeadache(entries, QDate(2026, 1, 25), 6);
    markHeadache(entries, QDate(2026, 1, 31), 8);
    markHeadache(entries, QDate(2026, 2, 1), 4);
    markHeadache(entries, QDate(2026, 2, 10), 2);
    // A second attack on 1 February: another attack, not another headache day.
    auto second = day(QDate(2026, 2, 1), true);
    second.peakIntensity = 7;
    entries.append(second);

    const auto stats = DiaryStatistics::forPeriod(entries, QDate(2026, 1, 20), QDate(2026, 2, 16));
    CHECK(stats.daysInPeriod == 28);
    CHECK(stats.recordedDays == 28);
    CHECK(stats.headacheDays == 4);
    CHECK(stats.attacks == 5);
    REQUIRE(stats.headacheDaysPer28.enoughData());
    CHECK(*stats.headacheDaysPer28.value == Approx(4.0));
    REQUIRE(stats.meanPeakIntensity.enoughData());
    CHECK(*stats.meanPeakIntensity.value == Approx((6 + 8 + 4 + 2 + 7) / 5.0));
    CHECK(stats.highestIntensity == 8);

    // The calendar month of February alone (1 to 16 recorded): 2 headache days in 16.
    const auto february =
            DiaryStatistics::forPeriod(entries, QDate(2026, 2, 1), QDate(2026, 2, 28));
    CHECK(february.recordedDays == 16);
    CHECK(february.headacheDays == 2);
    CHECK(*february.headacheDaysPer28.value == Approx(2.0 * 28.0 / 16.0));
}

TEST_CASE("A partial diary gives a rate only with enough recorded days", "[outcomes][diary]")
{
    auto entries = everyDay(QDate(2026, 3, 1), QDate(2026, 3, 14)); // 14 days
    markHeadache(entries, QDate(2026, 3, 2));
    markHeadache(entries, QDate(2026, 3, 9));
    markHeadache(entries, QDate(2026, 3, 14));
    const auto fourteen =
            DiaryStatistics::forPeriod(entries, QDate(2026, 3, 1), QDate(2026, 3, 28));
    CHECK(fourteen.recordedDays == 14);
    REQUIRE(fourteen.headacheDaysPer28.enoughData());
    CHECK(*fourteen.headacheDaysPer28.value == Approx(6.0));

    entries.removeLast(); // 13 recorded days: not enough, and not zero
    const auto thirteen =
            DiaryStatistics::forPeriod(entries, QDate(2026, 3, 1), QDate(2026, 3, 28));
    CHECK(thirteen.recordedDays == 13);
    CHECK(thirteen.headacheDays == 2);
    CHECK_FALSE(thirteen.headacheDaysPer28.enoughData());
    CHECK_FALSE(thirteen.acuteMedicationDaysPer28.enoughData());
}

TEST_CASE("An empty diary says not enough data", "[outcomes][diary]")
{
    const auto stats = DiaryStatistics::forPeriod({}, QDate(2026, 3, 1), QDate(2026, 3, 28));
    CHECK(stats.daysInPeriod == 28);
    CHECK(stats.recordedDays == 0);
    CHECK(stats.attacks == 0);
    CHECK_FALSE(stats.headacheDaysPer28.enoughData());
    CHECK_FALSE(stats.meanPeakIntensity.enoughData());
    CHECK_FALSE(stats.meanDurationHours.enoughData());
    CHECK_FALSE(stats.highestIntensity.has_value());

    const auto overuse = DiaryStatistics::medicationOveruse({});
    CHECK(overuse.level == MedicationOveruseLevel::None);
    CHECK(overuse.message.isEmpty());

    const auto comparison = DiaryStatistics::beforeAfter({}, QDate(2026, 3, 1), QDate(2026, 6, 30));
    CHECK_FALSE(comparison.headacheDaysChange.has_value());
    CHECK_FALSE(comparison.halvedOrBetter());
}

TEST_CASE("Attack duration runs past midnight and trigger counts are per attack",
          "[outcomes][diary]")
{
    auto night = day(QDate(2026, 4, 3), true);
    night.start = QTime(22, 0);
    night.end = QTime(2, 0);
    night.triggers = { QStringLiteral("poor-sleep"), QStringLiteral("alcohol"),
                       QStringLiteral("alcohol") };
    auto afternoon = day(QDate(2026, 4, 5), true);
    afternoon.start = QTime(13, 30);
    afternoon.end = QTime(19, 30);
    afternoon.triggers = { QStringLiteral("poor-sleep") };
    auto unknownEnd = day(QDate(2026, 4, 6), true);
    unknownEnd.start = QTime(9, 0);
    auto calm = day(QDate(2026, 4, 7));
    calm.triggers = { QStringLiteral("alcohol") }; // no headache: not a trigger count

    CHECK(night.durationMinutes() == 240);
    CHECK_FALSE(unknownEnd.durationMinutes().has_value());
    const auto stats = DiaryStatistics::forPeriod({ night, afternoon, unknownEnd, calm },
                                                  QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(stats.meanDurationHours.enoughData());
    CHECK(*stats.meanDurationHours.value == Approx(5.0)); // (4 + 6) / 2
    CHECK(stats.triggerCounts.value(QStringLiteral("poor-sleep")) == 2);
    CHECK(stats.triggerCounts.value(QStringLiteral("alcohol")) == 1);
}

TEST_CASE("Migraine-like attacks need intensity 4 and nausea or light and sound",
          "[outcomes][diary]")
{
    auto a = day(QDate(2026, 5, 1), true);
    a.peakIntensity = 4;
    a.nausea = Answer::Yes;
    auto b = day(QDate(2026, 5, 2), true);
    b.peakIntensity = 3;
    b.nausea = Answer::Yes;
    auto c = day(QDate(2026, 5, 3), true);
    c.peakIntensity = 8;
    c.lightSensitivity = Answer::Yes;
    auto d = c;
    d.date = QDate(2026, 5, 4);
    d.soundSensitivity = Answer::Yes;
    const auto stats =
            DiaryStatistics::forPeriod({ a, b, c, d }, QDate(2026, 5, 1), QDate(2026, 5, 31));
    CHECK(stats.attacks == 4);
    CHECK(stats.migraineLikeAttacks == 2); // a and d
}

TEST_CASE("Medication overuse at 9 and 10 days of triptans", "[outcomes][diary][overuse]")
{
    const auto nine =
            DiaryStatistics::medicationOveruse(octoberWith(9, AcuteMedicationKind::Triptan));
    CHECK(nine.level == MedicationOveruseLevel::None);
    REQUIRE(nine.months.size() == 1);
    CHECK(nine.months.first().tenDayClassDays == 9);

    const auto ten =
            DiaryStatistics::medicationOveruse(octoberWith(10, AcuteMedicationKind::Triptan));
    CHECK(ten.level == MedicationOveruseLevel::ThresholdMet);
    CHECK(ten.message.contains(QStringLiteral("10 days")));
    CHECK(ten.message.contains(QStringLiteral("October 2026")));

    // Combination analgesics belong to the ten-day class too.
    CHECK(DiaryStatistics::medicationOveruse(octoberWith(10, AcuteMedicationKind::Combination))
                  .level
          == MedicationOveruseLevel::ThresholdMet);
}

TEST_CASE("Medication overuse at 14 and 15 days of simple analgesics", "[outcomes][diary][overuse]")
{
    const auto fourteen = DiaryStatistics::medicationOveruse(
            octoberWith(14, AcuteMedicationKind::SimpleAnalgesic));
    CHECK(fourteen.level == MedicationOveruseLevel::None);
    const auto fifteen = DiaryStatistics::medicationOveruse(
            octoberWith(15, AcuteMedicationKind::SimpleAnalgesic));
    CHECK(fifteen.level == MedicationOveruseLevel::ThresholdMet);
    CHECK(fifteen.message.contains(QStringLiteral("simple analgesics on 15 days")));
}

TEST_CASE("Several classes together count from 10 days", "[outcomes][diary][overuse]")
{
    // 5 triptan days and 4 simple-analgesic days: 9 days in all.
    auto entries = octoberWith(5, AcuteMedicationKind::Triptan);
    for (int i = 10; i < 14; ++i)
        entries[i].medications.append(medication(AcuteMedicationKind::SimpleAnalgesic));
    CHECK(DiaryStatistics::medicationOveruse(entries).level == MedicationOveruseLevel::None);
    // Both on one day counts that day once.
    entries[0].medications.append(medication(AcuteMedicationKind::SimpleAnalgesic));
    CHECK(DiaryStatistics::medicationMonths(entries).first().anyAcuteDays == 9);
    entries[20].medications.append(medication(AcuteMedicationKind::SimpleAnalgesic));
    const auto months = DiaryStatistics::medicationMonths(entries);
    CHECK(months.first().anyAcuteDays == 10);
    CHECK(months.first().thresholdMet);
}

TEST_CASE("Medication overuse is sustained after three months running",
          "[outcomes][diary][overuse]")
{
    QList<DiaryEntry> entries;
    const auto addMonth = [&entries](int month, int triptanDays) {
        const QDate first(2026, month, 1);
        auto rows = everyDay(first, first.addMonths(1).addDays(-1));
        for (int i = 0; i < triptanDays; ++i)
            rows[i].medications.append(medication(AcuteMedicationKind::Triptan));
        entries.append(rows);
    };
    addMonth(7, 12);
    addMonth(8, 11);
    CHECK(DiaryStatistics::medicationOveruse(entries).level
          == MedicationOveruseLevel::ThresholdMet);
    addMonth(9, 10);
    const auto three = DiaryStatistics::medicationOveruse(entries);
    CHECK(three.level == MedicationOveruseLevel::Sustained);
    CHECK(three.message.contains(QStringLiteral("3 months running")));

    // A month without records breaks the run: it is not known to be a month of overuse.
    QList<DiaryEntry> gap;
    for (const auto &entry : entries)
        if (entry.date.month() != 8)
            gap.append(entry);
    CHECK(DiaryStatistics::medicationOveruse(gap).level == MedicationOveruseLevel::ThresholdMet);

    // The latest month below the threshold: no warning, whatever came before.
    addMonth(10, 3);
    CHECK(DiaryStatistics::medicationOveruse(entries).level == MedicationOveruseLevel::None);
}

TEST_CASE("Before and after a course of care", "[outcomes][diary]")
{
    // First session 1 March 2026: the baseline is 1 to 28 February (28 days), 8 headache days.
    auto entries = everyDay(QDate(2026, 2, 1), QDate(2026, 2, 28));
    for (int d : { 2, 5, 9, 12, 16, 19, 23, 26 })
        markHeadache(entries, QDate(2026, 2, d));
    // Latest 30 June: the window is 3 to 30 June, 3 headache days.
    auto june = everyDay(QDate(2026, 6, 3), QDate(2026, 6, 30));
    for (int d : { 7, 18, 29 })
        markHeadache(june, QDate(2026, 6, d));
    entries.append(june);
    // Rows outside both windows change nothing.
    entries.append(day(QDate(2026, 3, 1), true));
    entries.append(day(QDate(2026, 6, 2), true));

    const auto comparison =
            DiaryStatistics::beforeAfter(entries, QDate(2026, 3, 1), QDate(2026, 6, 30));
    CHECK(comparison.before.from == QDate(2026, 2, 1));
    CHECK(comparison.before.to == QDate(2026, 2, 28));
    CHECK(comparison.after.from == QDate(2026, 6, 3));
    CHECK(comparison.after.to == QDate(2026, 6, 30));
    CHECK(comparison.before.headacheDays == 8);
    CHECK(comparison.after.headacheDays == 3);
    REQUIRE(comparison.headacheDaysChange.has_value());
    CHECK(*comparison.headacheDaysChange == Approx((3.0 - 8.0) / 8.0));
    CHECK(comparison.halvedOrBetter());

    // With too little baseline there is no comparison, not a 100% improvement.
    QList<DiaryEntry> thin = june;
    thin.append(day(QDate(2026, 2, 20), true));
    const auto unknown = DiaryStatistics::beforeAfter(thin, QDate(2026, 3, 1), QDate(2026, 6, 30));
    CHECK_FALSE(unknown.before.headacheDaysPer28.enoughData());
    CHECK_FALSE(unknown.headacheDaysChange.has_value());
}

TEST_CASE("Rolling 28-day windows end on the latest day", "[outcomes][diary]")
{
    auto entries = everyDay(QDate(2026, 1, 1), QDate(2026, 3, 25));
    markHeadache(entries, QDate(2026, 1, 10));
    markHeadache(entries, QDate(2026, 3, 20));
    const auto windows = DiaryStatistics::rollingWindows(entries, QDate(2026, 3, 25), 4);
    REQUIRE(windows.size() == 4);
    CHECK(windows.last().to == QDate(2026, 3, 25));
    CHECK(windows.last().from == QDate(2026, 2, 26));
    CHECK(windows[2].to == QDate(2026, 2, 25));
    CHECK(*windows.last().headacheDaysPer28.value == Approx(1.0));
    // The oldest window (4 to 31 December 2025) has no records.
    CHECK_FALSE(windows.first().headacheDaysPer28.enoughData());
}
