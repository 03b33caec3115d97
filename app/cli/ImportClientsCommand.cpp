// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportClientsCommand.h"

#include "app/cli/CsvImportOutput.h"
#include "app/cli/SignedInUser.h"
#include "core/exchange/ClientImportService.h"
#include "core/exchange/CsvReader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {

using CsvImportOutput::plural;
using CsvImportOutput::printable;

// The field keys, wrapped for an 80-column terminal.
QString fieldKeys()
{
    QStringList keys;
    for (const core::ImportField field : core::ImportFields::all())
        keys << core::ImportFields::key(field);
    return CsvImportOutput::fieldKeys(keys);
}

void printMapping(QTextStream &out, const core::CsvTable &table,
                  const core::ClientImportPreview &preview)
{
    CsvImportOutput::printColumns(out, table.header, [&preview](int column) {
        const core::ImportField field = preview.mapping.field(column);
        return field == core::ImportField::Ignore ? u"(not imported)"_s
                                                  : core::ImportFields::key(field);
    });
    CsvImportOutput::printDateOrder(out, u"Dates of birth"_s,
                                    preview.mapping.isMapped(core::ImportField::DateOfBirth),
                                    preview.dateOrder, preview.mapping.dateOrder());
}

void printRows(QTextStream &out, const core::ClientImportPreview &preview,
               core::ImportRowStatus status)
{
    for (const core::ClientImportRow &row : preview.rows) {
        if (row.status == status)
            out << "  line " << row.line << ": " << printable(row.reason) << '\n';
    }
}

// What to do about a problem with the whole file, on the command line.
QString hintFor(const core::Error &problem)
{
    if (problem.field == u"dateOrder"_s)
        return u"Give --date-format dmy (day/month/year) or --date-format mdy (month/day/year)."_s;
    return u"Map a column with --map COLUMN=given-name (or COLUMN=full-name)."_s;
}

} // namespace

ImportClientsCommand::ImportClientsCommand()
    : Command(u"clients"_s, u"Import clients from a CSV file, all or nothing."_s)
{ }

QList<QCommandLineOption> ImportClientsCommand::options() const
{
    return CsvImportOutput::options(u"dates of birth"_s);
}

QString ImportClientsCommand::syntax() const
{
    return u"[--dry-run] [--map COLUMN=FIELD]... [--date-format ORDER] FILE"_s;
}

QString ImportClientsCommand::description() const
{
    return u"Import clients from a CSV file (UTF-8 or Latin-1; comma, semicolon or tab). The\n"
           u"columns are recognised from the header (first/last name, phone, email, date of\n"
           u"birth and more); --map changes that. Prints the mapping, how many clients would be\n"
           u"created, the rows that duplicate stored clients or earlier rows (skipped), and each\n"
           u"bad row with its line and reason. When any row is bad nothing is imported and the\n"
           u"exit code is 1. Needs --user NAME; every role may import.\n\n"_s
            + fieldKeys();
}

int ImportClientsCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(context, u"the CSV file to import is needed, and only one."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = files.constFirst();
    const auto table = core::CsvReader::readFile(path);
    if (!table)
        return failure(context, table.error());

    core::ClientImportMapping mapping = core::ClientImportMapping::guess(table->header);
    if (const auto wrong = CsvImportOutput::applyOptions(parser, mapping, table->header))
        return usageError(context, *wrong);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    core::ClientImportService service(user->database(), context.clock);
    const auto preview = service.preview(user->session(), table.value(), mapping);
    if (!preview)
        return failure(context, preview.error());

    QTextStream &out = context.out;
    out << "Read " << plural(static_cast<int>(table->records.size()), u"row"_s, u"rows"_s)
        << " from " << path << " (" << table->describeFormat() << ").\n";
    printMapping(out, table.value(), preview.value());
    const int toCreate = preview->count(core::ImportRowStatus::New);
    const int duplicates = preview->count(core::ImportRowStatus::Duplicate);
    const int bad = preview->count(core::ImportRowStatus::Bad);
    out << "To create: " << toCreate << '\n';
    out << "Duplicates (skipped): " << duplicates << '\n';
    printRows(out, preview.value(), core::ImportRowStatus::Duplicate);
    out << "Bad rows: " << bad << '\n';
    printRows(out, preview.value(), core::ImportRowStatus::Bad);

    if (const auto stop = CsvImportOutput::stopBeforeImport(
                out, context.errors(), parser, preview->problems, bad, toCreate, hintFor))
        return *stop;
    const auto imported = service.importClients(user->session(), preview.value());
    if (!imported)
        return failure(context, imported.error());
    out << "Imported " << plural(imported.value(), u"client"_s, u"clients"_s) << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
