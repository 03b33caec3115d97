// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the headache-diary CSV import: reads the bytes as CSV, previews the
// import with the guessed mapping (and, when the file has at least two columns, with the date
// taken from the second column and the dates read day first), against a stored diary of one row,
// and checks the importer's promises. A broken promise aborts, which libFuzzer reports with the
// input that caused it.
#include "core/exchange/CsvReader.h"
#include "core/outcomes/DiaryImport.h"
#include "core/outcomes/DiaryValidator.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace stillpoint::core;

[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "diary import broke a promise: %s\n", promise);
    std::abort();
}

void check(bool holds, const char *promise)
{
    if (!holds)
        broken(promise);
}

void checkPreview(const CsvTable &table, const DiaryImportMapping &mapping,
                  const QList<DiaryEntry> &stored, const QDate &today)
{
    const DiaryImportPreview preview = DiaryImport::preview(table, mapping, 7, stored, today);
    check(preview.rows.size() == table.records.size(), "one preview row per record");
    check(preview.problems.isEmpty() || !preview.canImport(), "a file problem stops the import");
    QSet<QString> newKeys;
    int lastLine = 0;
    for (const DiaryImportRow &row : preview.rows) {
        check(row.line > lastLine, "rows keep the file's order and line numbers");
        lastLine = row.line;
        check(row.entry.clientId == 7, "every row is for the client imported to");
        switch (row.status) {
        case DiaryImportStatus::Bad:
            check(!row.reason.isEmpty() && !row.field.isEmpty(), "a bad row says why and where");
            break;
        case DiaryImportStatus::Duplicate:
            check(!row.reason.isEmpty(), "a duplicate says what it repeats");
            check((row.duplicateOfEntryId > 0) != (row.duplicateOfLine > 0),
                  "a duplicate repeats a stored row or an earlier line");
            break;
        case DiaryImportStatus::New: {
            check(DiaryValidator::validate(row.entry, today).isEmpty(),
                  "a new row passes the validator");
            check(row.entry.source == DiarySource::Import, "a new row is marked as imported");
            const QString key = DiaryValidator::duplicateKey(row.entry);
            check(!newKeys.contains(key), "no two new rows share a date and start");
            newKeys.insert(key);
            break;
        }
        }
    }
    check(preview.entriesToCreate().size() == preview.count(DiaryImportStatus::New),
          "the rows to create are the new ones");
    check(DiaryImport::newRowsMatching(preview, stored).isEmpty(),
          "no new row repeats the stored diary");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto table = CsvReader::read(
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!table)
        return 0;
    const QDate today(2026, 3, 2);
    DiaryEntry stored;
    stored.id = 1;
    stored.clientId = 7;
    stored.date = QDate(2026, 1, 5);
    stored.start = QTime(8, 0);
    stored.peakIntensity = 5;
    const QList<DiaryEntry> storedDiary{ stored };

    checkPreview(table.value(), DiaryImportMapping::guess(table->header), storedDiary, today);
    if (table->header.size() >= 2) {
        DiaryImportMapping chosen = DiaryImportMapping::guess(table->header);
        chosen.setColumn(1, DiaryColumn::Date);
        chosen.setColumn(0, DiaryColumn::Triggers);
        chosen.setDateOrder(DateOrder::DayMonthYear);
        checkPreview(table.value(), chosen, storedDiary, today);
    }
    return 0;
}
