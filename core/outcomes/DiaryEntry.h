// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace stillpoint::core {

// One dose of acute medication taken for a headache.
struct DiaryMedication
{
    QString name; // "sumatriptan"
    QString dose; // "50 mg"
    std::optional<QTime> time;
    AcuteMedicationKind kind = AcuteMedicationKind::Other;
    Answer helped = Answer::Unknown;

    friend bool operator==(const DiaryMedication &, const DiaryMedication &) = default;
};

// How a diary row came in: typed at the visit or read from a CSV file.
enum class DiarySource { Manual, Import };

// One row of a client's headache diary: a day (headache or not) or one attack. A day the client
// kept the diary without a headache is a row with headache = false: that is how the statistics
// tell "no headache" from "no record".
struct DiaryEntry
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate date;
    bool headache = true;
    std::optional<QTime> start;
    std::optional<QTime> end; // earlier than start: the attack ran past midnight
    std::optional<int> peakIntensity; // 0..10
    QString location; // IntakeCatalog location keys or free text
    Answer aura = Answer::Unknown;
    Answer nausea = Answer::Unknown;
    Answer lightSensitivity = Answer::Unknown;
    Answer soundSensitivity = Answer::Unknown;
    QList<DiaryMedication> medications;
    QStringList triggers; // IntakeCatalog trigger keys, "practice:<id>" or free labels
    Answer menstruation = Answer::Unknown;
    std::optional<double> sleepHours; // 0..24
    std::optional<int> stress; // 0..10
    QString whatHelped;
    Answer dayMissed = Answer::Unknown; // missed work, school or family time
    DiarySource source = DiarySource::Manual;
    int rowVersion = 0; // 0 until stored; an update must name the stored one

    // Minutes from start to end (past midnight when end < start); empty when either is missing.
    std::optional<int> durationMinutes() const;

    friend bool operator==(const DiaryEntry &, const DiaryEntry &) = default;
};

} // namespace stillpoint::core
