// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SignedInUser.h"

#include "app/cli/PasswordReader.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

SignedInUser::SignedInUser(CommandContext &context, core::Database &database, core::Session session)
    : m_context(context), m_database(database), m_authenticator(database, context.clock),
      m_access(database, context.clock), m_session(std::move(session))
{ }

std::unique_ptr<SignedInUser> SignedInUser::signIn(CommandContext &context,
                                                   core::Database &database)
{
    const QString username = context.global.user.value_or(QString());
    core::Authenticator authenticator(database, context.clock);

    // Asking for a password that no account can match would only confuse.
    const auto initialized = authenticator.isInitialized();
    if (!initialized) {
        context.errors() << Command::programName() << ": " << initialized.error().message << '\n';
        return nullptr;
    }
    if (!*initialized) {
        context.errors() << Command::programName() << ": " << database.path()
                         << " has no users yet, so nobody can sign in. Create the practice's "
                         << "owner with:\n  " << Command::programName() << " --database "
                         << database.path() << " init --owner NAME\n";
        return nullptr;
    }

    const auto password = context.passwords.readPassword(u"the password of %1"_s.arg(username));
    if (!password) {
        context.errors() << Command::programName() << ": " << password.error().message << '\n';
        return nullptr;
    }
    auto session = authenticator.signIn(username, *password);
    if (!session) {
        context.errors() << Command::programName() << ": " << session.error().message << '\n';
        return nullptr;
    }
    return std::unique_ptr<SignedInUser>(
            new SignedInUser(context, database, std::move(session).value()));
}

std::unique_ptr<SignedInUser> SignedInUser::signIn(CommandContext &context,
                                                   std::unique_ptr<core::Database> database)
{
    auto user = signIn(context, *database);
    if (user)
        user->m_ownedDatabase = std::move(database);
    return user;
}

SignedInUser::~SignedInUser()
{
    if (const core::Status signedOut = m_authenticator.signOut(m_session); !signedOut)
        m_context.errors() << Command::programName()
                           << ": the sign-out could not be written to the audit trail: "
                           << signedOut.error().message << '\n';
}

} // namespace stillpoint::cli
