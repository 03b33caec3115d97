// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/security/UserAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stillpoint::core {

class Database;

// All user-account SQL. No rules here (those are in Authenticator); callers hold the transaction
// for writes.
class UserRepository
{
public:
    explicit UserRepository(Database &database);

    Result<int> count() const;
    // Found by name, ignoring case; NotFound when there is none.
    Result<UserAccount> findByName(const QString &username) const;
    Result<QByteArray> passwordHash(qint64 userId) const;
    Result<QList<UserAccount>> all() const;

    Result<qint64> insert(const UserAccount &account, const QByteArray &passwordHash,
                          const QDateTime &nowUtc);
    Status setPasswordHash(qint64 userId, const QByteArray &passwordHash, const QDateTime &nowUtc);
    Status setActive(qint64 userId, bool active, const QDateTime &nowUtc);
    Status setFailures(qint64 userId, int failures, const QDateTime &lockedUntilUtc);

    Result<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace stillpoint::core
