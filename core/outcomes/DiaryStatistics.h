// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryEntry.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace stillpoint::core {

// A figure that may not be computable: too few recorded days gives "not enough data", never a
// misleading zero.
struct DiaryFigure
{
    std::optional<double> value;
    bool enoughData() const { return value.has_value(); }
};

// What a diary says about one period [from, to] (both inclusive).
struct DiaryPeriodStatistics
{
    QDate from;
    QDate to;
    int daysInPeriod = 0;
    int recordedDays = 0; // days with at least one diary row (headache or not)
    int headacheDays = 0; // recorded days with a headache
    int attacks = 0; // headache rows
    // Attacks with peak intensity 4 or more and nausea, or light and sound sensitivity (the
    // features ICHD-3 names for migraine; a convention for counting, not a diagnosis).
    int migraineLikeAttacks = 0;
    int acuteMedicationDays = 0; // recorded days with any acute medication
    int missedDays = 0;
    DiaryFigure headacheDaysPer28; // headacheDays / recordedDays × 28
    DiaryFigure acuteMedicationDaysPer28;
    DiaryFigure meanPeakIntensity; // over attacks with an intensity
    std::optional<int> highestIntensity;
    DiaryFigure meanDurationHours; // over attacks with start and end
    QMap<QString, int> triggerCounts; // trigger → headache rows naming it
};

// Acute-medication days in one calendar month, as ICHD-3 8.2 counts them.
struct MedicationMonth
{
    QDate month; // the first of the month
    int recordedDays = 0;
    // Days with a triptan, a combination analgesic or another acute drug (ergots, opioids and
    // anything not known to be a simple analgesic are counted here, on the safe side).
    int tenDayClassDays = 0;
    int simpleAnalgesicDays = 0; // paracetamol, NSAIDs
    int anyAcuteDays = 0;
    // ≥ 10 days of the ten-day class, ≥ 15 days of simple analgesics, or ≥ 10 days of acute
    // medication of several classes together without either alone reaching its threshold.
    bool thresholdMet = false;
};

enum class MedicationOveruseLevel {
    None,
    ThresholdMet, // in the latest month with diary records
    Sustained, // in each of at least three consecutive months up to the latest: over 3 months
};

struct MedicationOveruse
{
    MedicationOveruseLevel level = MedicationOveruseLevel::None;
    QList<MedicationMonth> months; // oldest first, months with any records only
    // "Acute medication on 11 days in October (the threshold is 10)": for the client's page and
    // the note's S section. Describes counts, never advises on medication. Empty for None.
    QString message;
};

// A course of care: the baseline window before the first session against the latest window.
struct BeforeAfter
{
    DiaryPeriodStatistics before;
    DiaryPeriodStatistics after;
    // (after − before) / before for headache days per 28 days; empty without enough data on
    // either side or with no headache days before.
    std::optional<double> headacheDaysChange;
    bool halvedOrBetter() const { return headacheDaysChange && *headacheDaysChange <= -0.5; }
};

// Statistics over a client's diary: pure functions of the entries, tested on hand-computed
// diaries. A rate needs at least MinimumRecordedDays recorded days in its period.
namespace DiaryStatistics {
inline constexpr int MinimumRecordedDays = 14;
inline constexpr int TenDayThreshold = 10;
inline constexpr int SimpleAnalgesicThreshold = 15;

DiaryPeriodStatistics forPeriod(const QList<DiaryEntry> &entries, const QDate &from,
                                const QDate &to);
// Calendar months from the month of the first record to the month of the last.
QList<MedicationMonth> medicationMonths(const QList<DiaryEntry> &entries);
MedicationOveruse medicationOveruse(const QList<DiaryEntry> &entries);
// `windowDays` before `firstSession` (not including it) against the `windowDays` ending on
// `latest` (including it).
BeforeAfter beforeAfter(const QList<DiaryEntry> &entries, const QDate &firstSession,
                        const QDate &latest, int windowDays = 28);
// Headache days per 28 days for consecutive 28-day windows ending on `latest`, oldest first
// (`count` windows); a window without enough data has an empty figure.
QList<DiaryPeriodStatistics> rollingWindows(const QList<DiaryEntry> &entries, const QDate &latest,
                                            int count, int windowDays = 28);
} // namespace DiaryStatistics

} // namespace stillpoint::core
