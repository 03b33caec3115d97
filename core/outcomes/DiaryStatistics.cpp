// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryStatistics.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace stillpoint::core {

std::optional<int> DiaryEntry::durationMinutes() const
{
    if (!start || !end)
        return std::nullopt;
    int minutes = start->secsTo(*end) / 60;
    if (minutes < 0)
        minutes += 24 * 60;
    return minutes;
}

namespace {

bool isMigraineLike(const DiaryEntry &entry)
{
    if (!entry.headache || !entry.peakIntensity || *entry.peakIntensity < 4)
        return false;
    return entry.nausea == Answer::Yes
            || (entry.lightSensitivity == Answer::Yes && entry.soundSensitivity == Answer::Yes);
}

bool isTenDayClass(AcuteMedicationKind kind)
{
    return kind != AcuteMedicationKind::SimpleAnalgesic;
}

DiaryFigure ratePer28(int count, int recordedDays)
{
    if (recordedDays < DiaryStatistics::MinimumRecordedDays)
        return {};
    return { double(count) * 28.0 / double(recordedDays) };
}

DiaryFigure mean(double sum, int count)
{
    if (count == 0)
        return {};
    return { sum / double(count) };
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QString monthName(const QDate &month)
{
    return QLocale(QLocale::English).toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace

namespace DiaryStatistics {

DiaryPeriodStatistics forPeriod(const QList<DiaryEntry> &entries, const QDate &from,
                                const QDate &to)
{
    DiaryPeriodStatistics stats;
    stats.from = from;
    stats.to = to;
    stats.daysInPeriod =
            from.isValid() && to.isValid() && from <= to ? int(from.daysTo(to)) + 1 : 0;
    if (stats.daysInPeriod == 0)
        return stats;

    QSet<QDate> recorded, headache, medication, missed;
    double intensitySum = 0, durationSum = 0;
    int intensityCount = 0, durationCount = 0;
    for (const auto &entry : entries) {
        if (entry.date < from || entry.date > to)
            continue;
        recorded.insert(entry.date);
        if (!entry.medications.isEmpty())
            medication.insert(entry.date);
        if (entry.dayMissed == Answer::Yes)
            missed.insert(entry.date);
        if (!entry.headache)
            continue;
        headache.insert(entry.date);
        ++stats.attacks;
        if (isMigraineLike(entry))
            ++stats.migraineLikeAttacks;
        if (entry.peakIntensity) {
            intensitySum += *entry.peakIntensity;
            ++intensityCount;
            stats.highestIntensity =
                    std::max(stats.highestIntensity.value_or(0), *entry.peakIntensity);
        }
        if (const auto minutes = entry.durationMinutes()) {
            durationSum += *minutes / 60.0;
            ++durationCount;
        }
        QSet<QString> named; // a trigger written twice on one row counts once
        for (const auto &trigger : entry.triggers) {
            const auto key = trigger.trimmed();
            if (!key.isEmpty() && !named.contains(key)) {
                named.insert(key);
                ++stats.triggerCounts[key];
            }
        }
    }
    stats.recordedDays = int(recorded.size());
    stats.headacheDays = int(headache.size());
    stats.acuteMedicationDays = int(medication.size());
    stats.missedDays = int(missed.size());
    stats.headacheDaysPer28 = ratePer28(stats.headacheDays, stats.recordedDays);
    stats.acuteMedicationDaysPer28 = ratePer28(stats.acuteMedicationDays, stats.recordedDays);
    stats.meanPeakIntensity = mean(intensitySum, intensityCount);
    stats.meanDurationHours = mean(durationSum, durationCount);
    return stats;
}

QList<MedicationMonth> medicationMonths(const QList<DiaryEntry> &entries)
{
    struct Days
    {
        QSet<QDate> recorded, tenDay, simple, any;
    };
    QMap<QDate, Days> byMonth;
    for (const auto &entry : entries) {
        if (!entry.date.isValid())
            continue;
        auto &days = byMonth[firstOfMonth(entry.date)];
        days.recorded.insert(entry.date);
        for (const auto &medication : entry.medications) {
            days.any.insert(entry.date);
            if (isTenDayClass(medication.kind))
                days.tenDay.insert(entry.date);
            else
                days.simple.insert(entry.date);
        }
    }
    QList<MedicationMonth> months;
    if (byMonth.isEmpty())
        return months;
    for (QDate month = byMonth.firstKey(); month <= byMonth.lastKey(); month = month.addMonths(1)) {
        const auto it = byMonth.constFind(month);
        if (it == byMonth.constEnd())
            continue; // a month without records is not a month without medication
        MedicationMonth row;
        row.month = month;
        row.recordedDays = int(it->recorded.size());
        row.tenDayClassDays = int(it->tenDay.size());
        row.simpleAnalgesicDays = int(it->simple.size());
        row.anyAcuteDays = int(it->any.size());
        const bool severalClasses = row.tenDayClassDays > 0 && row.simpleAnalgesicDays > 0;
        row.thresholdMet = row.tenDayClassDays >= TenDayThreshold
                || row.simpleAnalgesicDays >= SimpleAnalgesicThreshold
                || (severalClasses && row.anyAcuteDays >= TenDayThreshold);
        months.append(row);
    }
    return months;
}

MedicationOveruse medicationOveruse(const QList<DiaryEntry> &entries)
{
    MedicationOveruse result;
    result.months = medicationMonths(entries);
    if (result.months.isEmpty() || !result.months.last().thresholdMet)
        return result;

    int running = 0;
    QDate expected = result.months.last().month;
    for (auto it = result.months.crbegin(); it != result.months.crend(); ++it) {
        if (it->month != expected || !it->thresholdMet)
            break;
        ++running;
        expected = expected.addMonths(-1);
    }
    const auto &latest = result.months.last();
    result.level =
            running >= 3 ? MedicationOveruseLevel::Sustained : MedicationOveruseLevel::ThresholdMet;

    QString what;
    if (latest.tenDayClassDays >= TenDayThreshold)
        what = QStringLiteral("triptans, combination or other acute medication on %1 days "
                              "(threshold %2)")
                       .arg(latest.tenDayClassDays)
                       .arg(TenDayThreshold);
    else if (latest.simpleAnalgesicDays >= SimpleAnalgesicThreshold)
        what = QStringLiteral("simple analgesics on %1 days (threshold %2)")
                       .arg(latest.simpleAnalgesicDays)
                       .arg(SimpleAnalgesicThreshold);
    else
        what = QStringLiteral("acute medication of several kinds on %1 days together "
                              "(threshold %2)")
                       .arg(latest.anyAcuteDays)
                       .arg(TenDayThreshold);
    result.message = QStringLiteral("Diary: %1 in %2.").arg(what, monthName(latest.month));
    if (result.level == MedicationOveruseLevel::Sustained)
        result.message += QStringLiteral(" The threshold has been met %1 months running; ICHD-3 "
                                         "describes medication-overuse headache after more than 3 "
                                         "months. Discuss with the client's physician.")
                                  .arg(running);
    else
        result.message += QStringLiteral(
                " Medication-overuse headache is described (ICHD-3 8.2) when this goes on for "
                "more than 3 months.");
    return result;
}

BeforeAfter beforeAfter(const QList<DiaryEntry> &entries, const QDate &firstSession,
                        const QDate &latest, int windowDays)
{
    BeforeAfter result;
    windowDays = std::max(1, windowDays);
    result.before = forPeriod(entries, firstSession.addDays(-windowDays), firstSession.addDays(-1));
    result.after = forPeriod(entries, latest.addDays(-(windowDays - 1)), latest);
    const auto &before = result.before.headacheDaysPer28.value;
    const auto &after = result.after.headacheDaysPer28.value;
    if (before && after && *before > 0)
        result.headacheDaysChange = (*after - *before) / *before;
    return result;
}

QList<DiaryPeriodStatistics> rollingWindows(const QList<DiaryEntry> &entries, const QDate &latest,
                                            int count, int windowDays)
{
    QList<DiaryPeriodStatistics> windows;
    windowDays = std::max(1, windowDays);
    for (int i = count - 1; i >= 0; --i) {
        const QDate to = latest.addDays(-qint64(i) * windowDays);
        windows.append(forPeriod(entries, to.addDays(-(windowDays - 1)), to));
    }
    return windows;
}

} // namespace DiaryStatistics

} // namespace stillpoint::core
