// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryImportMapping.h"

#include <QHash>

#include <vector>

namespace stillpoint::core {

namespace {

struct ColumnInfo
{
    DiaryColumn column;
    const char *key;
    const char *label;
    // Header names (folded: lower case, letters and digits only, single spaces).
    std::vector<const char *> names;
};

const QList<ColumnInfo> &infos()
{
    using C = DiaryColumn;
    static const QList<ColumnInfo> list{
        { C::Ignore, "ignore", "Not imported", {} },
        { C::Date, "date", "Date", { "date", "day", "datum", "entry date", "diary date" } },
        { C::Headache,
          "headache",
          "Headache",
          { "headache", "had headache", "headache yes no", "migraine", "attack" } },
        { C::Start,
          "start",
          "Start",
          { "start", "start time", "started", "began", "onset", "time started", "from" } },
        { C::End,
          "end",
          "End",
          { "end", "end time", "ended", "stopped", "until", "time ended", "to" } },
        { C::Intensity,
          "intensity",
          "Peak intensity",
          { "intensity", "peak intensity", "peak", "pain", "pain level", "pain 0 10",
            "intensity 0 10", "severity", "max pain", "peak pain" } },
        { C::Location,
          "location",
          "Location",
          { "location", "where", "side", "pain location", "headache location" } },
        { C::Aura, "aura", "Aura", { "aura", "had aura" } },
        { C::Nausea, "nausea", "Nausea", { "nausea", "nauseous", "nausea vomiting", "sick" } },
        { C::LightSensitivity,
          "light",
          "Light sensitivity",
          { "light", "light sensitivity", "sensitive to light", "photophobia" } },
        { C::SoundSensitivity,
          "sound",
          "Sound sensitivity",
          { "sound", "sound sensitivity", "noise", "noise sensitivity", "sensitive to sound",
            "phonophobia" } },
        { C::Medication,
          "medication",
          "Medication",
          { "medication", "medications", "medicine", "meds", "drug", "acute medication",
            "medication taken", "treatment" } },
        { C::Dose, "dose", "Dose", { "dose", "dosage", "amount", "medication dose" } },
        { C::MedicationTime,
          "medication-time",
          "Medication time",
          { "medication time", "time taken", "taken at", "med time", "meds time", "dose time" } },
        { C::MedicationHelped,
          "helped",
          "Medication helped",
          { "helped", "did it help", "medication helped", "meds helped", "effective", "relief" } },
        { C::Triggers,
          "triggers",
          "Triggers",
          { "triggers", "trigger", "suspected triggers", "possible triggers", "causes" } },
        { C::Menstruation,
          "menstruation",
          "Menstruation",
          { "menstruation", "period", "menstrual", "menses", "on period" } },
        { C::Sleep,
          "sleep",
          "Sleep hours",
          { "sleep", "sleep hours", "hours slept", "hours of sleep", "slept" } },
        { C::Stress, "stress", "Stress", { "stress", "stress level", "stress 0 10" } },
        { C::WhatHelped,
          "what-helped",
          "What helped",
          { "what helped", "helped by", "relief measures", "what helps" } },
        { C::DayMissed,
          "missed",
          "Day missed",
          { "missed", "day missed", "missed day", "missed work", "missed school", "lost day" } },
    };
    return list;
}

const ColumnInfo &info(DiaryColumn column)
{
    for (const ColumnInfo &entry : infos()) {
        if (entry.column == column)
            return entry;
    }
    return infos().constFirst();
}

// "Pain (0-10)" -> "pain 0 10"
QString fold(const QString &header)
{
    QString folded;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            folded += c;
        else if (!folded.isEmpty() && !folded.endsWith(QLatin1Char(' ')))
            folded += QLatin1Char(' ');
    }
    return folded.trimmed();
}

} // namespace

QList<DiaryColumn> DiaryColumns::all()
{
    QList<DiaryColumn> list;
    for (const ColumnInfo &entry : infos())
        list << entry.column;
    return list;
}

QString DiaryColumns::key(DiaryColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<DiaryColumn> DiaryColumns::fromKey(const QString &key)
{
    for (const ColumnInfo &entry : infos()) {
        if (key == QLatin1String(entry.key))
            return entry.column;
    }
    return std::nullopt;
}

QString DiaryColumns::label(DiaryColumn column)
{
    return QString::fromLatin1(info(column).label);
}

DiaryColumn DiaryColumns::recognise(const QString &header)
{
    static const QHash<QString, DiaryColumn> byName = [] {
        QHash<QString, DiaryColumn> names;
        for (const ColumnInfo &entry : infos()) {
            for (const char *name : entry.names)
                names.insert(QString::fromLatin1(name), entry.column);
        }
        return names;
    }();
    return byName.value(fold(header), DiaryColumn::Ignore);
}

DiaryImportMapping::DiaryImportMapping(int columnCount)
    : m_columns(std::max(0, columnCount), DiaryColumn::Ignore)
{ }

DiaryImportMapping DiaryImportMapping::guess(const QStringList &header)
{
    DiaryImportMapping mapping(static_cast<int>(header.size()));
    for (int index = 0; index < mapping.columnCount(); ++index) {
        const DiaryColumn column = DiaryColumns::recognise(header.at(index));
        if (column != DiaryColumn::Ignore && !mapping.isMapped(column))
            mapping.m_columns[index] = column;
    }
    return mapping;
}

DiaryColumn DiaryImportMapping::column(int index) const
{
    return index >= 0 && index < columnCount() ? m_columns.at(index) : DiaryColumn::Ignore;
}

void DiaryImportMapping::setColumn(int index, DiaryColumn column)
{
    if (index < 0 || index >= columnCount())
        return;
    if (column != DiaryColumn::Ignore) {
        for (DiaryColumn &other : m_columns) {
            if (other == column)
                other = DiaryColumn::Ignore;
        }
    }
    m_columns[index] = column;
}

int DiaryImportMapping::columnOf(DiaryColumn column) const
{
    const auto index = m_columns.indexOf(column);
    return column == DiaryColumn::Ignore ? -1 : static_cast<int>(index);
}

Status DiaryImportMapping::apply(const QString &assignment, const QStringList &header)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not COLUMN=FIELD, for example "
                                        "\"Pain=intensity\".")
                                 .arg(assignment));
    const QString columnText = assignment.left(equals).simplified();
    const QString fieldText = assignment.mid(equals + 1).trimmed();
    const auto field = DiaryColumns::fromKey(fieldText);
    if (!field) {
        QStringList keys;
        for (const DiaryColumn known : DiaryColumns::all())
            keys << DiaryColumns::key(known);
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a diary field. Use one of: %2.")
                                 .arg(fieldText, keys.join(QStringLiteral(", "))));
    }
    int index = -1;
    for (int i = 0; i < header.size() && i < columnCount(); ++i) {
        if (header.at(i).simplified().compare(columnText, Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        bool isNumber = false;
        const int number = columnText.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= columnCount())
            index = number - 1;
    }
    if (index < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The file has no column \"%1\" (give a header or a "
                                        "number from 1 to %2).")
                                 .arg(columnText)
                                 .arg(columnCount()));
    setColumn(index, *field);
    return Status::success();
}

QList<Error> DiaryImportMapping::problems() const
{
    QList<Error> list;
    if (!isMapped(DiaryColumn::Date))
        list << makeError(ErrorCode::InvalidInput,
                          QStringLiteral("No column gives the date of each row."),
                          QStringLiteral("date"));
    return list;
}

} // namespace stillpoint::core
