// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InitCommand.h"

#include "app/cli/PasswordReader.h"
#include "core/security/Authenticator.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OwnerOption = u"owner"_s;
const QString DisplayNameOption = u"display-name"_s;
const QString PracticeNameOption = u"practice-name"_s;
const QString TimeZoneOption = u"time-zone"_s;
const QString DefaultPracticeName = u"My practice"_s;
} // namespace

InitCommand::InitCommand()
    : Command(u"init"_s, u"Create the practice file and its owner, or bring a file up to date."_s)
{ }

QList<QCommandLineOption> InitCommand::options() const
{
    return {
        QCommandLineOption(OwnerOption, u"Create the practice's owner account NAME."_s, u"NAME"_s),
        QCommandLineOption(DisplayNameOption, u"The owner's name as people see it."_s, u"TEXT"_s),
        QCommandLineOption(PracticeNameOption,
                           u"The practice's name (default \"%1\")."_s.arg(DefaultPracticeName),
                           u"TEXT"_s),
        QCommandLineOption(TimeZoneOption,
                           u"The practice's time zone (default this computer's, %1)."_s.arg(
                                   QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                           u"IANA"_s),
    };
}

QString InitCommand::syntax() const
{
    return u"[--owner NAME [--display-name TEXT] [--practice-name TEXT] [--time-zone IANA]]"_s;
}

QString InitCommand::description() const
{
    return u"Create the practice file, or bring an existing one up to date. While the file has no\n"
           u"users, --owner NAME also creates the practice and its owner account. The owner's\n"
           u"password is the first line of standard input when that is not a terminal;\n"
           u"otherwise it is asked for twice, without showing it."_s;
}

int InitCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the owner's name goes after --owner."_s);
    if (!parser.isSet(OwnerOption)) {
        for (const QString &option : { DisplayNameOption, PracticeNameOption, TimeZoneOption }) {
            if (parser.isSet(option))
                return usageError(context, u"--%1 goes with --owner NAME."_s.arg(option));
        }
    }

    const QString path = databasePath(context, core::Database::defaultPath());
    const bool existed = QFileInfo::exists(path);
    const auto database = openDatabase(context, core::Database::OpenMode::CreateIfMissing, path);
    if (!database)
        return ExitCode::Failure;

    const QString version = QString::number(database->schemaVersion());
    if (existed)
        context.out << "Opened " << database->path() << ": schema version " << version
                    << ", up to date.\n";
    else
        context.out << "Created " << database->path() << " (schema version " << version << ").\n";

    const auto initialized = core::Authenticator(*database, context.clock).isInitialized();
    if (!initialized)
        return failure(context, initialized.error());
    if (*initialized) {
        if (!parser.isSet(OwnerOption))
            return ExitCode::Success;
        context.errors() << programName() << ": " << database->path()
                         << " already has users, so --owner was not used. The owner adds "
                         << "users with:\n  " << programName() << " --database " << database->path()
                         << " --user OWNER users add NAME --role ROLE\n";
        return ExitCode::Failure;
    }
    if (!parser.isSet(OwnerOption)) {
        context.out << "The practice has no owner yet, so nobody can sign in. Create the owner "
                    << "with:\n  " << programName() << " --database " << database->path()
                    << " init --owner NAME\n";
        return ExitCode::Success;
    }
    return createOwner(context, parser, *database);
}

int InitCommand::createOwner(CommandContext &context, const QCommandLineParser &parser,
                             core::Database &database) const
{
    const QString owner = parser.value(OwnerOption);
    const QString practiceName = parser.isSet(PracticeNameOption) ? parser.value(PracticeNameOption)
                                                                  : DefaultPracticeName;
    const QString timeZone = parser.isSet(TimeZoneOption)
            ? parser.value(TimeZoneOption)
            : QString::fromUtf8(QTimeZone::systemTimeZoneId());

    const auto password = context.passwords.readNewPassword(u"the new password of %1"_s.arg(owner));
    if (!password)
        return failure(context, password.error());

    core::Authenticator authenticator(database, context.clock);
    const auto session = authenticator.initializePractice(
            practiceName, timeZone, owner, parser.value(DisplayNameOption), *password);
    if (!session)
        return failure(context, session.error());
    context.out << "Created the practice \"" << practiceName.trimmed() << "\" (time zone "
                << timeZone << ") with its owner " << session->username << ".\n";
    if (const core::Status signedOut = authenticator.signOut(*session); !signedOut)
        return failure(context, signedOut.error());
    return ExitCode::Success;
}

} // namespace stillpoint::cli
