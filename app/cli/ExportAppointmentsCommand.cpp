// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportAppointmentsCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/exchange/CsvExportService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
} // namespace

ExportAppointmentsCommand::ExportAppointmentsCommand()
    : Command(u"appointments"_s, u"Write every appointment to a CSV file (owner only)."_s)
{ }

QList<QCommandLineOption> ExportAppointmentsCommand::options() const
{
    return { QCommandLineOption(OutOption, u"The CSV file to write."_s, u"FILE"_s) };
}

QString ExportAppointmentsCommand::syntax() const
{
    return u"--out FILE"_s;
}

QString ExportAppointmentsCommand::description() const
{
    return u"Write every appointment, cancelled and missed ones included, to a CSV file (UTF-8,\n"
           u"comma-separated) for spreadsheets: number, date, start and end in the practice's\n"
           u"time, therapist, room, type, the client's number and name, status, cancellation\n"
           u"(by whom, why, late or not), desk notes, who booked it and the price. Nothing\n"
           u"clinical. Text a spreadsheet would run as a formula (starting with = + - or @)\n"
           u"gets a leading apostrophe. The file is replaced whole, readable by you only, and\n"
           u"the export is audited. Owner only."_s;
}

int ExportAppointmentsCommand::execute(CommandContext &context, const QCommandLineParser &parser)
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
                                 .exportAppointments(user->session(), path);
    if (!written)
        return failure(context, written.error());
    context.out << "Wrote " << *written << (*written == 1 ? " appointment" : " appointments")
                << " to " << path << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
