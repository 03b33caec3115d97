// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/ClientImportDates.h"
#include "core/exchange/CsvReader.h"
#include "core/outcomes/DiaryEntry.h"
#include "core/outcomes/DiaryImportMapping.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace stillpoint::core {

enum class DiaryImportStatus {
    New, // will be added
    Duplicate, // same date and start as a stored row or an earlier line; skipped
    Bad, // cannot be imported as it is; while any row is bad, nothing is imported
};

struct DiaryImportRow
{
    int line = 0; // the file line the record starts on
    DiaryImportStatus status = DiaryImportStatus::New;
    DiaryEntry entry; // as read (partly filled for a bad row)
    // Bad: every reason, each naming its column. Duplicate: what it repeats.
    QString reason;
    QString field; // Bad: the field of the first problem ("row" when fields are missing or extra)
    qint64 duplicateOfEntryId = 0; // Duplicate of a stored row
    int duplicateOfLine = 0; // Duplicate of an earlier line
};

// What importing a diary file for one client would do, row by row; nothing is saved to build it.
struct DiaryImportPreview
{
    qint64 clientId = 0;
    DiaryImportMapping mapping;
    DateOrder dateOrder = DateOrder::YearMonthDay; // what dates were read with
    DateColumnVerdict dates;
    QList<Error> problems; // about the whole file (no date column, dates that need a choice)
    QList<DiaryImportRow> rows;

    int count(DiaryImportStatus status) const;
    bool canImport() const; // no problem and no bad row
    QList<DiaryEntry> entriesToCreate() const;
    QList<int> linesToCreate() const;
};

// Reads a headache diary from a CSV table (CsvReader: UTF-8 or Latin-1, comma, semicolon or tab)
// for one client. Pure: the stored rows to compare with are passed in, so it runs without a
// database (and under the fuzzer). Dates as ClientImportDates reads them (ISO, d/m/y or m/d/y
// decided from the whole column, d.m.y); times 14:30, 2:30 pm, 1430, 9.15; answers yes/no/y/n/
// 1/0/true/false/x or blank; several medications or triggers separated by ; or |. Each bad row
// is reported with every reason; the validator's rules apply (DiaryValidator).
namespace DiaryImport {

DiaryImportPreview preview(const CsvTable &table, const DiaryImportMapping &mapping,
                           qint64 clientId, const QList<DiaryEntry> &stored, const QDate &today);

// The new rows of a preview that now repeat one of `stored` (to catch rows stored since).
QList<int> newRowsMatching(const DiaryImportPreview &preview, const QList<DiaryEntry> &stored);

// Unknown for a blank (or "-", "?", "n/a"); empty when the text is not an answer.
std::optional<Answer> parseAnswer(const QString &text);
// A blank is a null time; an error names the column.
Result<std::optional<QTime>> parseTime(const QString &text, const QString &column);
// What kind of acute medication a name is, from generic and common brand names: triptans,
// simple analgesics (paracetamol, NSAIDs, aspirin), combinations; Other for anything else.
AcuteMedicationKind medicationKind(const QString &name);
// "stress; Red wine | weather" -> {"stress", "Red wine", "weather"}
QStringList splitList(const QString &text);
// IntakeCatalog's trigger key for a label or a common word for it ("Stress", "red wine",
// "period"); the text itself (trimmed) when none matches.
QString triggerKey(const QString &text);

} // namespace DiaryImport

} // namespace stillpoint::core
