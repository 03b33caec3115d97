// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserAddCommand.h"

#include "app/cli/PasswordReader.h"
#include "app/cli/SignedInUser.h"
#include "core/security/Role.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString RoleOption = u"role"_s;
const QString DisplayNameOption = u"display-name"_s;
} // namespace

UserAddCommand::UserAddCommand() : Command(u"add"_s, u"Add a user (owner only)."_s) { }

QList<QCommandLineOption> UserAddCommand::options() const
{
    return {
        QCommandLineOption(RoleOption, u"What the user may do: owner, therapist or frontdesk."_s,
                           u"ROLE"_s),
        QCommandLineOption(DisplayNameOption, u"The user's name as people see it."_s, u"TEXT"_s),
    };
}

QString UserAddCommand::syntax() const
{
    return u"NAME --role owner|therapist|frontdesk [--display-name TEXT]"_s;
}

QString UserAddCommand::description() const
{
    return u"Add the user NAME (owner only; needs --user). Standard input, when it is not a\n"
           u"terminal, holds the signed-in owner's password on the first line and the new user's\n"
           u"password on the second; on a terminal both are asked for, the new one twice."_s;
}

int UserAddCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(context, u"the new user's name is needed, and only that."_s);
    const QString username = arguments.first();
    if (!parser.isSet(RoleOption))
        return usageError(context, u"--role owner|therapist|frontdesk is needed."_s);
    const auto role = core::Roles::fromKey(parser.value(RoleOption));
    if (!role)
        return usageError(context,
                          u"--role must be owner, therapist or frontdesk, not \"%1\"."_s.arg(
                                  parser.value(RoleOption)));
    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    // Refused before asking for a password that could not be used (addUser checks again).
    if (const core::Status allowed = user->require(core::Operation::UserManage); !allowed)
        return failure(context, allowed.error());

    const auto password =
            context.passwords.readNewPassword(u"the new password of %1"_s.arg(username));
    if (!password)
        return failure(context, password.error());
    const auto added = user->authenticator().addUser(
            user->session(), username, parser.value(DisplayNameOption), *role, *password);
    if (!added)
        return failure(context, added.error());
    context.out << "Added " << added->username << " (" << core::Roles::label(added->role).toLower()
                << ").\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
