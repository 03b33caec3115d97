// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/FuzzTargets.h"

#include "core/clients/ClientValidator.h"
#include "core/exchange/ClientImport.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

#include <cstdio>
#include <cstdlib>

namespace stillpoint::fuzz {

namespace {

using namespace core;

const QDate Today(2026, 11, 24);
// How many records the writer round trip checks: enough for every shape, cheap per input.
constexpr qsizetype RoundTripRecords = 64;

void check(bool holds, const char *rule)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz: rule broken: %s\n", rule);
        std::abort();
    }
}

// One stored client, so that rows can also duplicate what is "in the practice".
QList<ClientIdentity> storedClients()
{
    Client ann;
    ann.id = 7;
    ann.givenName = QStringLiteral("Ann");
    ann.familyName = QStringLiteral("Lee");
    ann.dateOfBirth = QDate(1990, 11, 2);
    ann.mobilePhone = QStringLiteral("0412 345 678");
    ann.email = QStringLiteral("ann@example.com");
    return { ClientIdentity::of(ann) };
}

void checkPreview(const CsvTable &table, const ClientImportPreview &preview)
{
    check(preview.rows.size() == table.records.size(), "one preview row per record");
    int previous = table.headerLine;
    for (const ClientImportRow &row : preview.rows) {
        check(row.line > previous, "rows keep the order and lines of the file");
        previous = row.line;
        switch (row.status) {
        case ImportRowStatus::Bad:
            check(!row.reason.isEmpty(), "a bad row says why");
            break;
        case ImportRowStatus::Duplicate:
            check(!row.reason.isEmpty(), "a duplicate says what it duplicates");
            check(row.duplicateOfClientId > 0
                          || (row.duplicateOfLine > table.headerLine
                              && row.duplicateOfLine < row.line),
                  "a duplicate names a stored client or an earlier line");
            break;
        case ImportRowStatus::New:
            check(ClientValidator::validate(row.client, Today).isEmpty(),
                  "a new row passes validation");
            break;
        }
    }
    check(preview.count(ImportRowStatus::New) + preview.count(ImportRowStatus::Duplicate)
                          + preview.count(ImportRowStatus::Bad)
                  == preview.rows.size(),
          "every row has one status");
    if (preview.canImport())
        check(preview.problems.isEmpty() && preview.count(ImportRowStatus::Bad) == 0,
              "only a clean preview can be imported");
    check(preview.clientsToCreate().size() == preview.linesToCreate().size(),
          "the clients to create and their lines agree");
}

// What a field reads back as after CsvWriter wrote it: with the apostrophe that neutralises text
// a spreadsheet would run.
QString neutralised(const QString &field)
{
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        return QLatin1Char('\'') + field;
    return field;
}

void checkWriterRoundTrip(const CsvTable &table)
{
    qsizetype width = 1;
    for (qsizetype i = 0; i < table.records.size() && i < RoundTripRecords; ++i)
        width = std::max(width, table.records.at(i).fields.size());
    QStringList header;
    for (qsizetype column = 0; column < width; ++column)
        header << QStringLiteral("c%1").arg(column + 1);

    QString text = CsvWriter::line(header);
    QList<QStringList> expected;
    for (qsizetype i = 0; i < table.records.size() && i < RoundTripRecords; ++i) {
        const QStringList &fields = table.records.at(i).fields;
        QStringList cells;
        for (const QString &field : fields) {
            const QString cell = CsvWriter::cell(field);
            const QString unquoted = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            check(unquoted.isEmpty() || !QStringLiteral("=+-@\t\r").contains(unquoted.front()),
                  "no written cell starts like a formula");
            cells << neutralised(field);
        }
        expected << cells;
        text += CsvWriter::line(fields);
    }
    const auto again = CsvReader::read(text.toUtf8());
    check(again.ok(), "what the writer writes, the reader reads");
    check(again->header == header, "the header reads back");
    check(again->records.size() == expected.size(), "every written record reads back");
    for (qsizetype i = 0; i < expected.size(); ++i)
        check(again->records.at(i).fields == expected.at(i), "every cell reads back as written");
}

} // namespace

void clientCsv(QByteArrayView bytes)
{
    const QByteArray data = bytes.toByteArray();
    const auto table = CsvReader::read(data);
    if (!table) {
        check(!table.error().message.isEmpty(), "a refused file says why");
        return;
    }
    check(table->headerLine >= 1, "the header has a line");
    for (const CsvRecord &record : table->records)
        check(!record.fields.isEmpty() && record.line > table->headerLine,
              "records come after the header and have fields");

    const QList<ClientIdentity> stored = storedClients();
    const ClientImportMapping guessed = ClientImportMapping::guess(table->header);
    check(guessed.columnCount() == table->header.size(), "one mapping entry per column");
    checkPreview(table.value(), ClientImport::preview(table.value(), guessed, stored, Today));

    // A mapping the input chooses: its first bytes pick the fields of the first columns, its
    // length the date order, so that every field and order meets every kind of cell.
    const QList<ImportField> fields = ImportFields::all();
    const QList<DateOrder> orders = DateOrders::all();
    ClientImportMapping chosen(static_cast<int>(table->header.size()));
    for (int column = 0; column < chosen.columnCount() && column < data.size(); ++column)
        chosen.setField(column,
                        fields.at(static_cast<unsigned char>(data.at(column)) % fields.size()));
    chosen.setDateOrder(orders.at(data.size() % orders.size()));
    if (!table->header.isEmpty())
        (void)chosen.apply(table->header.constLast() + QStringLiteral("=email"), table->header);
    checkPreview(table.value(), ClientImport::preview(table.value(), chosen, stored, Today));

    checkWriterRoundTrip(table.value());
}

} // namespace stillpoint::fuzz
