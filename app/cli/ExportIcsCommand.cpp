// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportIcsCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/exchange/IcsExport.h"
#include "core/schedule/ScheduleSetupService.h"

#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString FromOption = u"from"_s;
const QString ToOption = u"to"_s;
const QString TherapistOption = u"therapist"_s;
const QString OutOption = u"out"_s;
} // namespace

ExportIcsCommand::ExportIcsCommand()
    : Command(u"ics"_s, u"Write appointments to an iCalendar (.ics) file for calendar apps."_s)
{ }

QString ExportIcsCommand::description() const
{
    return u"Write the appointments of the days from --from to --to (both included, at most a\n"
           u"year, in the practice's time zone) to an iCalendar file that phones and calendar\n"
           u"apps import: one event per appointment with the client's first name, the type and\n"
           u"the room, never clinical details; times in UTC; cancelled appointments marked\n"
           u"cancelled. Event UIDs stay the same from one export to the next, so importing a\n"
           u"newer file updates the events. The file is written all or nothing and the export\n"
           u"is audited. A therapist may export their own calendar (--therapist with their\n"
           u"name); another therapist's or the whole practice's calendar is for the owner."_s;
}

QList<QCommandLineOption> ExportIcsCommand::options() const
{
    return {
        QCommandLineOption(FromOption, u"The first day, as YYYY-MM-DD."_s, u"DATE"_s),
        QCommandLineOption(ToOption, u"The last day, as YYYY-MM-DD."_s, u"DATE"_s),
        QCommandLineOption(TherapistOption,
                           u"Only this therapist's appointments (the name the calendar shows); "
                           u"without it, the whole practice's."_s,
                           u"NAME"_s),
        QCommandLineOption(OutOption, u"The .ics file to write."_s, u"FILE"_s),
    };
}

QString ExportIcsCommand::syntax() const
{
    return u"--from DATE --to DATE [--therapist NAME] --out FILE"_s;
}

int ExportIcsCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the file goes after --out."_s);
    core::IcsExportRequest request;
    for (const auto &[option, day] :
         { std::pair{ FromOption, &request.firstDay }, std::pair{ ToOption, &request.lastDay } }) {
        if (!parser.isSet(option))
            return usageError(context, u"--%1 DATE is needed, as YYYY-MM-DD."_s.arg(option));
        *day = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        if (!day->isValid())
            return usageError(context,
                              u"--%1 needs a date as YYYY-MM-DD, not \"%2\"."_s.arg(
                                      option, parser.value(option)));
    }
    if (request.lastDay < request.firstDay)
        return usageError(context, u"--to is before --from."_s);
    if (request.firstDay.daysTo(request.lastDay) >= 366)
        return usageError(context, u"export at most a year at a time."_s);
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FILE is needed: where to write the calendar."_s);
    if (parser.isSet(TherapistOption) && parser.value(TherapistOption).trimmed().isEmpty())
        return usageError(context, u"--therapist needs a name."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    // The export replaces its file whole; never let that be the practice file.
    if (QFileInfo(path) == QFileInfo(databasePath(context, core::Database::defaultPath())))
        return usageError(context, u"--out names the practice file itself; choose another file."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    if (parser.isSet(TherapistOption)) {
        const QString name = parser.value(TherapistOption).trimmed();
        auto therapists = core::ScheduleSetupService(user->database(), context.clock)
                                  .therapists(user->session(), true);
        if (!therapists)
            return failure(context, therapists.error());
        QStringList names;
        for (const core::Therapist &therapist : std::as_const(therapists.value())) {
            names << therapist.displayName;
            if (therapist.displayName.compare(name, Qt::CaseInsensitive) == 0)
                request.therapistId = therapist.id;
        }
        if (request.therapistId == 0) {
            context.errors() << programName() << ": no therapist is called \"" << name << "\". "
                             << (names.isEmpty() ? u"The practice has no therapists yet."_s
                                                 : u"The therapists: "_s + names.join(u", "_s))
                             << '\n';
            return ExitCode::Failure;
        }
    }

    const auto written =
            core::IcsExport(user->database(), context.clock).write(user->session(), request, path);
    if (!written)
        return failure(context, written.error());
    context.out << "Wrote " << *written << " appointments to " << path << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
