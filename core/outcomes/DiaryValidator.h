// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/outcomes/DiaryEntry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stillpoint::core {

// Rules a diary row meets before it is stored, typed or imported. Each problem names its field:
// "date", "start", "end", "peakIntensity", "stress", "sleepHours", "headache", "location",
// "whatHelped", "triggers", "medications.N.name" (N from 1) and so on.
namespace DiaryValidator {

inline constexpr int MaxLocationLength = 200;
inline constexpr int MaxWhatHelpedLength = 2000;
inline constexpr int MaxTriggerLength = 100;
inline constexpr int MaxTriggers = 30;
inline constexpr int MaxMedicationNameLength = 200;
inline constexpr int MaxDoseLength = 100;
inline constexpr int MaxMedications = 10;

// Every problem of one row: a date that is missing or after `today`, intensity and stress outside
// 0..10, sleep outside 0..24 hours, a medication without a name, an end time without a start, a
// headache-free day with a start time or an intensity above 0, text that is too long.
QList<Error> validate(const DiaryEntry &entry, const QDate &today);

// A month's rows as the month grid saves them: every row valid and dated in `month`'s calendar
// month, and no two rows on the same day with the same start time (or both without one). Each
// message starts with the row's date ("2026-10-12: …").
QList<Error> validateMonth(const QDate &month, const QList<DiaryEntry> &entries,
                           const QDate &today);

// What makes two rows the same record: the date and the start time ("2026-10-12 09:30", or just
// the date for a row without a start).
QString duplicateKey(const DiaryEntry &entry);

} // namespace DiaryValidator

} // namespace stillpoint::core
