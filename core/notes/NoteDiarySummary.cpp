// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteDiarySummary.h"

#include "core/outcomes/DiaryStatistics.h"

#include <QLocale>

namespace stillpoint::core {

namespace {

QString day(const QDate &date)
{
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"));
}

QString count(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace

NoteDiarySummary NoteDiarySummary::compute(const QList<DiaryEntry> &diary, const QDate &lastVisit,
                                           const QDate &sessionDate)
{
    NoteDiarySummary summary;
    summary.to = sessionDate;
    summary.from = lastVisit.isValid() && lastVisit < sessionDate
            ? lastVisit.addDays(1)
            : sessionDate.addDays(-(DefaultDays - 1));
    if (diary.isEmpty() || !sessionDate.isValid())
        return summary;

    const QString span = QStringLiteral("%1 to %2").arg(day(summary.from), day(summary.to));
    const QString since = lastVisit.isValid()
            ? QStringLiteral("since the last visit")
            : QStringLiteral("in the last %1 days").arg(DefaultDays);
    const DiaryPeriodStatistics period =
            DiaryStatistics::forPeriod(diary, summary.from, summary.to);
    QStringList lines;
    if (period.recordedDays == 0) {
        lines << QStringLiteral("Diary: no days recorded %1 (%2).").arg(since, span);
    } else {
        summary.headacheDays = period.headacheDays;
        QString line = QStringLiteral("Diary %1 (%2, %3 of %4 days recorded): ")
                               .arg(since, span)
                               .arg(period.recordedDays)
                               .arg(period.daysInPeriod);
        if (period.headacheDays == 0) {
            line += QStringLiteral("no headache days.");
        } else {
            QStringList parts;
            parts << count(period.headacheDays, QStringLiteral("headache day"),
                           QStringLiteral("headache days"));
            parts << count(period.attacks, QStringLiteral("attack"), QStringLiteral("attacks"));
            if (period.highestIntensity) {
                QString peak = QStringLiteral("peak intensity %1/10").arg(*period.highestIntensity);
                if (period.meanPeakIntensity.value)
                    peak += QStringLiteral(" (mean %1)")
                                    .arg(*period.meanPeakIntensity.value, 0, 'f', 1);
                parts << peak;
            }
            if (period.meanDurationHours.value)
                parts << QStringLiteral("mean duration %1 h")
                                 .arg(*period.meanDurationHours.value, 0, 'f', 1);
            parts << QStringLiteral("acute medication on %1")
                             .arg(count(period.acuteMedicationDays, QStringLiteral("day"),
                                        QStringLiteral("days")));
            if (period.missedDays > 0)
                parts << count(period.missedDays, QStringLiteral("day missed"),
                               QStringLiteral("days missed"));
            line += parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        }
        lines << line;
    }
    // The warning looks at the diary up to the session day, whatever the period above.
    QList<DiaryEntry> upToSession;
    for (const DiaryEntry &entry : diary) {
        if (entry.date <= sessionDate)
            upToSession << entry;
    }
    const MedicationOveruse overuse = DiaryStatistics::medicationOveruse(upToSession);
    if (overuse.level != MedicationOveruseLevel::None) {
        summary.medicationOveruse = true;
        lines << QStringLiteral("Medication-overuse warning: %1").arg(overuse.message);
    }
    summary.text = lines.join(QLatin1Char('\n'));
    return summary;
}

} // namespace stillpoint::core
