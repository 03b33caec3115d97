// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportDiaryCommand.h"

#include "app/cli/CsvImportOutput.h"
#include "app/cli/SignedInUser.h"
#include "core/exchange/CsvReader.h"
#include "core/outcomes/DiaryImportService.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {

using CsvImportOutput::plural;
using CsvImportOutput::printable;

QString fieldKeys()
{
    QStringList keys;
    for (const core::DiaryColumn column : core::DiaryColumns::all())
        keys << core::DiaryColumns::key(column);
    return CsvImportOutput::fieldKeys(keys);
}

void printMapping(QTextStream &out, const core::CsvTable &table,
                  const core::DiaryImportPreview &preview)
{
    CsvImportOutput::printColumns(out, table.header, [&preview](int index) {
        const core::DiaryColumn column = preview.mapping.column(index);
        return column == core::DiaryColumn::Ignore ? u"(not imported)"_s
                                                   : core::DiaryColumns::key(column);
    });
    CsvImportOutput::printDateOrder(out, u"Dates"_s,
                                    preview.mapping.isMapped(core::DiaryColumn::Date),
                                    preview.dateOrder, preview.mapping.dateOrder());
}

void printRows(QTextStream &out, const core::DiaryImportPreview &preview,
               core::DiaryImportStatus status)
{
    for (const core::DiaryImportRow &row : preview.rows) {
        if (row.status == status)
            out << "  line " << row.line << ": " << printable(row.reason) << '\n';
    }
}

QString hintFor(const core::Error &problem)
{
    if (problem.field == u"dateOrder"_s)
        return u"Give --date-format dmy (day/month/year) or --date-format mdy (month/day/year)."_s;
    return u"Map the date column with --map COLUMN=date."_s;
}

} // namespace

ImportDiaryCommand::ImportDiaryCommand()
    : Command(u"diary"_s, u"Import a client's headache diary from a CSV file, all or nothing."_s)
{ }

QList<QCommandLineOption> ImportDiaryCommand::options() const
{
    return CsvImportOutput::options(u"dates"_s);
}

QString ImportDiaryCommand::syntax() const
{
    return u"[--dry-run] [--map COLUMN=FIELD]... [--date-format ORDER] CLIENT_ID FILE"_s;
}

QString ImportDiaryCommand::description() const
{
    return u"Import a client's headache diary from a CSV file (UTF-8 or Latin-1; comma,\n"
           u"semicolon or tab), one row per day or per attack. Columns such as Date, Start,\n"
           u"End, Intensity (or Pain), Aura, Nausea, Medication, Dose, Triggers (separated by\n"
           u"; or |), Sleep and Stress are recognised from the header; --map changes that.\n"
           u"Answers are yes/no, y/n or 1/0. Prints how many rows would be added, the rows\n"
           u"that repeat a stored row or an earlier line (same date and start; skipped) and\n"
           u"each bad row with its line and reason. When any row is bad nothing is imported\n"
           u"and the exit code is 1. Needs --user NAME of a therapist or the owner; CLIENT_ID\n"
           u"is the number \"clients search\" shows.\n\n"_s
            + fieldKeys();
}

int ImportDiaryCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(context, u"the client's number and the CSV file are needed."_s);
    bool isNumber = false;
    const qint64 clientId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || clientId <= 0)
        return usageError(
                context,
                u"\"%1\" is not a client number (see \"clients search\")."_s.arg(arguments.at(0)));
    if (!context.global.user)
        return userRequired(context);

    const QString path = arguments.at(1);
    const auto table = core::CsvReader::readFile(path);
    if (!table)
        return failure(context, table.error());
    core::DiaryImportMapping mapping = core::DiaryImportMapping::guess(table->header);
    if (const auto wrong = CsvImportOutput::applyOptions(parser, mapping, table->header))
        return usageError(context, *wrong);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    core::DiaryImportService service(user->database(), context.clock);
    const auto preview = service.preview(user->session(), clientId, table.value(), mapping);
    if (!preview)
        return failure(context, preview.error());

    QTextStream &out = context.out;
    out << "Read " << plural(static_cast<int>(table->records.size()), u"row"_s, u"rows"_s)
        << " from " << path << " (" << table->describeFormat() << ").\n";
    printMapping(out, table.value(), preview.value());
    const int toAdd = preview->count(core::DiaryImportStatus::New);
    const int duplicates = preview->count(core::DiaryImportStatus::Duplicate);
    const int bad = preview->count(core::DiaryImportStatus::Bad);
    out << "To add: " << toAdd << '\n';
    out << "Duplicates (skipped): " << duplicates << '\n';
    printRows(out, preview.value(), core::DiaryImportStatus::Duplicate);
    out << "Bad rows: " << bad << '\n';
    printRows(out, preview.value(), core::DiaryImportStatus::Bad);

    if (const auto stop = CsvImportOutput::stopBeforeImport(out, context.errors(), parser,
                                                            preview->problems, bad, toAdd, hintFor))
        return *stop;
    const auto imported = service.importEntries(user->session(), preview.value());
    if (!imported)
        return failure(context, imported.error());
    out << "Imported " << plural(imported.value(), u"diary row"_s, u"diary rows"_s)
        << " for client " << clientId << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
