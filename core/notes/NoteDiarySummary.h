// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryEntry.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace stillpoint::core {

// "Headaches since the last visit" as a new note's S section starts it when the client keeps a
// headache diary: the days from the day after the last signed note (or the DefaultDays before a
// first note) up to the session day, summarised in words, with the medication-overuse warning
// when the diary reaches a threshold. The therapist reads it with the client and edits it.
struct NoteDiarySummary
{
    QDate from;
    QDate to;
    QString text; // empty when the client keeps no diary at all
    // Headache days in the period; empty when no day of it was recorded (never a misleading 0).
    std::optional<int> headacheDays;
    bool medicationOveruse = false;

    static constexpr int DefaultDays = 28;

    // `diary` is the client's whole diary (any order); `lastVisit` the session date of the last
    // signed note before `sessionDate` (null when there is none).
    static NoteDiarySummary compute(const QList<DiaryEntry> &diary, const QDate &lastVisit,
                                    const QDate &sessionDate);
};

} // namespace stillpoint::core
