// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientIdentity.h"
#include "core/common/Result.h"
#include "core/exchange/ClientImportDates.h"
#include "core/exchange/ClientImportMapping.h"
#include "core/exchange/CsvReader.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace stillpoint::core {

// What an import will do with one record of the file.
enum class ImportRowStatus {
    New, // will be created
    Duplicate, // looks like a stored client or an earlier row of the file; will be skipped
    Bad, // cannot be imported as it is; while any row is bad, nothing is imported
};

struct ClientImportRow
{
    int line = 0; // the file line the record starts on
    ImportRowStatus status = ImportRowStatus::New;
    Client client; // as read through the mapping (partly filled for a bad row)
    // Bad: every reason, each naming the field (the validator's messages). Duplicate: what it
    // matches ("Same phone number as client 12, Ann Lee.").
    QString reason;
    QString field; // Bad: the ClientField key of the first problem, when it is about one field
    qint64 duplicateOfClientId = 0; // Duplicate of a stored client
    int duplicateOfLine = 0; // Duplicate of an earlier row of the file
};

// What importing a file with a mapping would do, row by row; nothing is saved to build it.
struct ClientImportPreview
{
    ClientImportMapping mapping;
    DateOrder dateOrder = DateOrder::YearMonthDay; // what dates were read with
    DateColumnVerdict dates; // what the date column said, when dates were read automatically
    QList<Error> problems; // about the whole file (no name column, dates that need a choice)
    QList<ClientImportRow> rows;

    int count(ImportRowStatus status) const;
    // Nothing stands in the way: no problem and no bad row (there may be nothing new, though).
    bool canImport() const;
    QList<Client> clientsToCreate() const;
    // The New rows' lines, in the order of clientsToCreate().
    QList<int> linesToCreate() const;
};

// Turns a CSV table into clients through a column mapping and sorts them into new, duplicate and
// bad rows. Pure: the stored clients to compare with are passed in, so that it runs without a
// database (and under the fuzzer).
namespace ClientImport {
// Called every few hundred rows with how many are done, for a progress bar.
using Progress = std::function<void(int done, int total)>;

ClientImportPreview preview(const CsvTable &table, const ClientImportMapping &mapping,
                            const QList<ClientIdentity> &stored, const QDate &today,
                            const Progress &progress = {});

// The lines of the preview's new rows that look like one of `stored` (to catch clients stored
// after the preview was made).
QList<int> newRowsMatching(const ClientImportPreview &preview, const QList<ClientIdentity> &stored);

// One record read through the mapping, dates with `order`. Reading problems (a date that is
// not one, missing or surplus fields) are appended to `errors`; the validator is not run.
Client readClient(const CsvRecord &record, int headerColumns, const ClientImportMapping &mapping,
                  DateOrder order, QList<Error> &errors);

// "Ann Marie Lee" -> given "Ann Marie", family "Lee"; "Lee, Ann" -> given "Ann", family "Lee".
void splitFullName(const QString &fullName, QString &givenName, QString &familyName);
} // namespace ClientImport

} // namespace stillpoint::core
