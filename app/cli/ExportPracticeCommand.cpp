// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportPracticeCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/exchange/PracticeExport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
} // namespace

ExportPracticeCommand::ExportPracticeCommand()
    : Command(u"practice"_s, u"Write the whole practice to a JSON file (owner only)."_s)
{ }

QList<QCommandLineOption> ExportPracticeCommand::options() const
{
    return { QCommandLineOption(OutOption, u"The JSON file to write."_s, u"FILE"_s) };
}

QString ExportPracticeCommand::syntax() const
{
    return u"--out FILE"_s;
}

QString ExportPracticeCommand::description() const
{
    return u"Write the whole practice to one JSON document, for other software or for keeping\n"
           u"outside Stillpoint: settings, users (without passwords), clients, every intake\n"
           u"version, questionnaire scores, red-flag alerts, the schedule (therapists, hours,\n"
           u"time off, rooms, appointment types, series, appointments, waitlist) and session\n"
           u"notes with addenda, templates and techniques. The audit trail is not included\n"
           u"(\"audit export\" writes it). The file holds every client's health records: it is\n"
           u"replaced whole, readable by you only, and the export is audited. Owner only."_s;
}

int ExportPracticeCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the file goes after --out."_s);
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FILE is needed: where to write the JSON."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    if (QFileInfo(path) == QFileInfo(databasePath(context, core::Database::defaultPath())))
        return usageError(context, u"--out names the practice file itself; choose another file."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const auto written =
            core::PracticeExport(user->database(), context.clock).write(user->session(), path);
    if (!written)
        return failure(context, written.error());
    context.out << "Wrote the whole practice to " << written->path << ": " << written->users
                << " users, " << written->clients << " clients, " << written->intakes
                << " intakes, " << written->appointments << " appointments, " << written->notes
                << " session notes.\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
