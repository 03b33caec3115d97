// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"
#include "core/security/AccessControl.h"
#include "core/security/Authenticator.h"
#include "core/security/Operation.h"
#include "core/security/Session.h"

#include <memory>

namespace stillpoint::cli {

// The --user of the command line, signed in for the length of one command. signIn() reads the
// password and leaves the decision (wrong password, disabled account, growing delay) and its audit
// to core's Authenticator; the destructor signs out, which is audited too.
class SignedInUser
{
public:
    // Signs in context.global.user (which must be set). Prints why and returns nothing when the
    // file has no users yet, the password cannot be read or core refuses the sign-in.
    static std::unique_ptr<SignedInUser> signIn(CommandContext &context, core::Database &database);
    // The same, keeping the opened practice file for as long as the user is signed in.
    static std::unique_ptr<SignedInUser> signIn(CommandContext &context,
                                                std::unique_ptr<core::Database> database);
    ~SignedInUser();
    SignedInUser(const SignedInUser &) = delete;
    SignedInUser &operator=(const SignedInUser &) = delete;

    const core::Session &session() const { return m_session; }
    core::Database &database() { return m_database; }
    core::Authenticator &authenticator() { return m_authenticator; }
    // Core's access check for this user, for refusing before asking for more input (a refusal is
    // audited, and the operation itself checks again).
    core::Status require(core::Operation operation) const
    {
        return m_access.require(m_session, operation);
    }

private:
    SignedInUser(CommandContext &context, core::Database &database, core::Session session);

    CommandContext &m_context;
    std::unique_ptr<core::Database> m_ownedDatabase; // first: outlives everything that uses it
    core::Database &m_database;
    core::Authenticator m_authenticator;
    core::AccessControl m_access;
    core::Session m_session;
};

} // namespace stillpoint::cli
