// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"
#include "core/security/UserAccount.h"

#include <QList>
#include <QString>

namespace stillpoint::core {

class Database;

// Creating the practice's first account, signing in and out, and user administration.
// Wrong passwords slow down: from the third failure in a row the account is held for a growing
// time (5 s, 10 s, 20 s … at most 5 minutes) and attempts during that time are refused without
// looking at the password. Every sign-in, sign-out, failure and user change is audited.
class Authenticator
{
public:
    explicit Authenticator(Database &database, const Clock &clock = SystemClock::instance());

    // True once the practice has its owner account.
    Result<bool> isInitialized() const;
    // Creates the practice (name, IANA time zone) and its owner; refused once initialized.
    Result<Session> initializePractice(const QString &practiceName, const QString &timeZoneId,
                                       const QString &ownerUsername,
                                       const QString &ownerDisplayName, const QString &password);

    Result<Session> signIn(const QString &username, const QString &password);
    Status signOut(const Session &session);

    // Owner only.
    Result<UserAccount> addUser(const Session &session, const QString &username,
                                const QString &displayName, Role role, const QString &password);
    Result<QList<UserAccount>> users(const Session &session) const;
    Status setActive(const Session &session, const QString &username, bool active);
    Status resetPassword(const Session &session, const QString &username,
                         const QString &newPassword);

    // Seconds the account must wait after `failures` wrong passwords in a row (0: none).
    static int delayAfterFailures(int failures);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
