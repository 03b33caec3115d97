// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserListCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/security/Role.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

UserListCommand::UserListCommand() : Command(u"list"_s, u"List the users (owner only)."_s) { }

QString UserListCommand::description() const
{
    return u"List the practice's users (owner only; needs --user), one per line as tab-separated\n"
           u"fields: name, display name, role (owner, therapist, frontdesk), active or disabled."_s;
}

int UserListCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments."_s);
    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const auto accounts = user->authenticator().users(user->session());
    if (!accounts)
        return failure(context, accounts.error());
    for (const core::UserAccount &account : *accounts) {
        const QStringList fields{
            cell(account.username),
            cell(account.displayName),
            core::Roles::key(account.role),
            account.active ? u"active"_s : u"disabled"_s,
        };
        context.out << fields.join(u'\t') << '\n';
    }
    return ExitCode::Success;
}

} // namespace stillpoint::cli
