// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DemoCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "core/demo/LargePractice.h"
#include "core/security/Authenticator.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString ClientsOption = u"clients"_s;
const QString AddOption = u"add"_s;
const QString ScaleOption = u"scale"_s;
} // namespace

DemoCommand::DemoCommand() : Command(u"demo"_s, u"Add made-up clients for trying Stillpoint out."_s)
{ }

QString DemoCommand::description() const
{
    return u"Add made-up clients for trying Stillpoint out. Without --database they go to the\n"
           u"demo practice file, never to your own, and a file that already has clients is\n"
           u"left alone unless --add is given. A new file also gets the demo users owner,\n"
           u"therapist and frontdesk, whose password is \"demo\". A file that has users is\n"
           u"changed only by its owner: give --user NAME.\n\n"
           u"--scale makes a whole practice of a given size in a new file, for measuring\n"
           u"Stillpoint (see \"bench\"): ten therapists and ten years of appointments, notes,\n"
           u"diaries and audit trail; small has 1,000 clients, medium 10,000 and large 50,000\n"
           u"(about 500,000 appointments, 200,000 signed notes, 1,000,000 diary rows)."_s;
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {
        QCommandLineOption(ClientsOption, u"How many clients to add (1 to %1)."_s.arg(MaxClients),
                           u"N"_s),
        QCommandLineOption(AddOption, u"Add them even if the file already has clients."_s),
        QCommandLineOption(ScaleOption,
                           u"Make a whole practice in a new file: small, medium or large."_s,
                           u"SIZE"_s),
    };
}

QString DemoCommand::syntax() const
{
    return u"--clients N [--add] | --scale small|medium|large"_s;
}

int DemoCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments, only --clients N."_s);
    if (parser.isSet(ScaleOption)) {
        if (parser.isSet(ClientsOption) || parser.isSet(AddOption))
            return usageError(context,
                              u"--scale makes a whole practice; leave out --clients "
                              u"and --add."_s);
        return makePractice(context, parser.value(ScaleOption));
    }
    if (!parser.isSet(ClientsOption))
        return usageError(context, u"--clients N is needed: how many demo clients to add."_s);
    const auto count =
            parseCount(context, ClientsOption, parser.value(ClientsOption), 1, MaxClients);
    if (!count)
        return ExitCode::Usage;

    const auto database = openDatabase(context, core::Database::OpenMode::CreateIfMissing,
                                       core::Database::defaultDemoPath());
    if (!database)
        return ExitCode::Failure;

    core::ClientQuery everyone;
    everyone.includeArchived = true;
    const auto existing = core::ClientRepository(*database, context.clock).count(everyone);
    if (!existing)
        return failure(context, existing.error());
    if (*existing > 0 && !parser.isSet(AddOption)) {
        context.errors() << programName() << ": " << database->path() << " already has "
                         << *existing << " clients; demo clients are made up and would mix with "
                         << "them. Use --add to add them anyway.\n";
        return ExitCode::Failure;
    }

    const auto initialized = core::Authenticator(*database, context.clock).isInitialized();
    if (!initialized)
        return failure(context, initialized.error());
    // A practice with accounts is changed only by its owner; an empty file gets the demo's own.
    std::unique_ptr<SignedInUser> user;
    bool createdDemoUsers = false;
    if (*initialized) {
        if (!context.global.user)
            return usageError(context,
                              u"%1 has users, so adding demo clients to it needs --user NAME "
                              u"(the owner)."_s.arg(database->path()));
        user = SignedInUser::signIn(context, *database);
        if (!user)
            return ExitCode::Failure;
        if (const core::Status allowed = user->require(core::Operation::DemoCreate); !allowed)
            return failure(context, allowed.error());
    } else if (*existing == 0) {
        const auto created = core::DemoPractice::ensureDemoUsers(*database, context.clock);
        if (!created)
            return failure(context, created.error());
        createdDemoUsers = *created;
    }

    QElapsedTimer timer;
    timer.start();
    const auto added = core::DemoPractice::populate(*database, *count, context.clock);
    if (!added)
        return failure(context, added.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;

    context.out << "Added " << *added << " demo clients to " << database->path() << " in "
                << QString::number(seconds, 'f', 2) << " s.\n";
    if (createdDemoUsers)
        context.out << "Sign in as owner, therapist or frontdesk with the password "
                    << core::DemoPractice::DemoPassword << ".\n";
    return ExitCode::Success;
}

int DemoCommand::makePractice(CommandContext &context, const QString &scale) const
{
    const auto size = core::LargePracticeSize::named(scale);
    if (!size)
        return usageError(context, u"--scale is small, medium or large, not \"%1\"."_s.arg(scale));
    const auto database = openDatabase(context, core::Database::OpenMode::CreateIfMissing,
                                       core::Database::defaultDemoPath());
    if (!database)
        return ExitCode::Failure;

    QElapsedTimer timer;
    timer.start();
    // Each step as it ends: a large practice takes a while, and the figures show where it goes.
    const auto progress = [&context](const QString &step, qint64 rows, qint64 milliseconds) {
        context.out << "  " << step << ": " << rows << " in "
                    << QString::number(static_cast<double>(milliseconds) / 1000.0, 'f', 2)
                    << " s\n";
        context.out.flush();
    };
    const auto made = core::LargePractice::populate(*database, *size, context.clock,
                                                    core::DemoPractice::DefaultSeed, progress);
    if (!made)
        return failure(context, made.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    context.out << "Made a " << scale << " demo practice in " << database->path() << " in "
                << QString::number(seconds, 'f', 2) << " s: " << made->clients << " clients, "
                << made->intakes << " intakes, " << made->appointments << " appointments, "
                << made->notes << " session notes, " << made->diaryEntries << " diary rows, "
                << made->auditRows << " audit rows.\n"
                << "Sign in as owner, therapist (or therapist2 ... therapist10) or frontdesk "
                << "with the password " << core::DemoPractice::DemoPassword << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
