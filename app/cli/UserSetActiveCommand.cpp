// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserSetActiveCommand.h"

#include "app/cli/SignedInUser.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

UserSetActiveCommand::UserSetActiveCommand(bool active)
    : Command(active ? u"enable"_s : u"disable"_s,
              active ? u"Let a disabled user sign in again (owner only)."_s
                     : u"Stop a user from signing in; their history stays (owner only)."_s),
      m_active(active)
{ }

QString UserSetActiveCommand::syntax() const
{
    return u"NAME"_s;
}

int UserSetActiveCommand::execute(CommandContext &context, const QCommandLineParser &parser)
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

    if (const core::Status changed =
                user->authenticator().setActive(user->session(), username, m_active);
        !changed)
        return failure(context, changed.error());
    context.out << (m_active ? "Enabled " : "Disabled ") << username << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
