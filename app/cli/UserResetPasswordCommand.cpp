// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserResetPasswordCommand.h"

#include "app/cli/PasswordReader.h"
#include "app/cli/SignedInUser.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

UserResetPasswordCommand::UserResetPasswordCommand()
    : Command(u"reset-password"_s, u"Give a user a new password (owner only)."_s)
{ }

QString UserResetPasswordCommand::syntax() const
{
    return u"NAME"_s;
}

QString UserResetPasswordCommand::description() const
{
    return u"Give the user NAME a new password (owner only; needs --user). Standard input, when\n"
           u"it is not a terminal, holds the signed-in owner's password on the first line and the\n"
           u"new password on the second; on a terminal both are asked for, the new one twice."_s;
}

int UserResetPasswordCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(context, u"the user's name is needed, and only that."_s);
    const QString username = arguments.first();
    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    // Refused before asking for a password that could not be used (resetPassword checks again).
    if (const core::Status allowed = user->require(core::Operation::UserManage); !allowed)
        return failure(context, allowed.error());

    const auto password =
            context.passwords.readNewPassword(u"the new password of %1"_s.arg(username));
    if (!password)
        return failure(context, password.error());
    if (const core::Status reset =
                user->authenticator().resetPassword(user->session(), username, *password);
        !reset)
        return failure(context, reset.error());
    context.out << "Set a new password for " << username << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
