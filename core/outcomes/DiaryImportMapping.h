// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/ClientImportMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stillpoint::core {

// What a column of a diary CSV file fills.
enum class DiaryColumn {
    Ignore,
    Date,
    Headache, // yes/no; without it a row is a headache when it has an intensity above 0 or a time
    Start,
    End,
    Intensity,
    Location,
    Aura,
    Nausea,
    LightSensitivity,
    SoundSensitivity,
    Medication, // several separated by ; or |, matched by position with dose, time and helped
    Dose,
    MedicationTime,
    MedicationHelped,
    Triggers, // separated by ; or |
    Menstruation,
    Sleep,
    Stress,
    WhatHelped,
    DayMissed,
};

namespace DiaryColumns {
QList<DiaryColumn> all(); // Ignore first
QString key(DiaryColumn column); // "date", "medication-time", "ignore"
std::optional<DiaryColumn> fromKey(const QString &key);
QString label(DiaryColumn column); // "Medication time"
// The column a header names, from the names diaries and headache apps use ("Date", "Pain",
// "Severity", "Meds", "Hours slept" …); Ignore when none.
DiaryColumn recognise(const QString &header);
} // namespace DiaryColumns

// Which diary field each column of a CSV file fills, and how its dates are written. guess()
// recognises common header names; a field fills at most one column (the first that names it).
class DiaryImportMapping
{
public:
    DiaryImportMapping() = default;
    explicit DiaryImportMapping(int columnCount);

    static DiaryImportMapping guess(const QStringList &header);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    DiaryColumn column(int index) const;
    // Giving a field to a column takes it from any other.
    void setColumn(int index, DiaryColumn column);
    int columnOf(DiaryColumn column) const; // -1 when not mapped
    bool isMapped(DiaryColumn column) const { return columnOf(column) >= 0; }

    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

    // "COLUMN=FIELD" as typed on the command line: COLUMN a header (case ignored) or a number
    // from 1, FIELD a DiaryColumns key.
    Status apply(const QString &assignment, const QStringList &header);

    // Why nothing can be imported with this mapping (no date column), or empty.
    QList<Error> problems() const;

private:
    QList<DiaryColumn> m_columns;
    DateOrder m_dateOrder = DateOrder::Automatic;
};

} // namespace stillpoint::core
