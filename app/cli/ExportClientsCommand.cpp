// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportClientsCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/exchange/CsvExportService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
} // namespace

ExportClientsCommand::ExportClientsCommand()
    : Command(u"clients"_s, u"Write every client to a CSV file (owner only)."_s)
{ }

QList<QCommandLineOption> ExportClientsCommand::options() const
{
    return { QCommandLineOption(OutOption, u"The CSV file to write."_s, u"FILE"_s) };
}

QString ExportClientsCommand::syntax() const
{
    return u"--out FILE"_s;
}

QString ExportClientsCommand::description() const
{
    return u"Write every client, archived ones included, to a CSV file (UTF-8, comma-separated)\n"
           u"that spreadsheets open and \"import clients\" reads again. Text a spreadsheet would\n"
           u"run as a formula (starting with = + - or @) gets a leading apostrophe. The file is\n"
           u"replaced whole, readable by you only, and the export is audited. Owner only."_s;
}

int ExportClientsCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the file goes after --out."_s);
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FILE is needed: where to write the CSV."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    // The export replaces its file whole; never let that be the practice file.
    if (QFileInfo(path) == QFileInfo(databasePath(context, core::Database::defaultPath())))
        return usageError(context, u"--out names the practice file itself; choose another file."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const auto written = core::CsvExportService(user->database(), context.clock)
                                 .exportClients(user->session(), path);
    if (!written)
        return failure(context, written.error());
    context.out << "Wrote " << *written << (*written == 1 ? " client" : " clients") << " to "
                << path << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
