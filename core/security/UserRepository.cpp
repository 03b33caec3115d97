// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/UserRepository.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace stillpoint::core {

namespace {

const QString accountColumns = QStringLiteral("id, username, display_name, role, active, "
                                              "failed_attempts, locked_until, created_at, "
                                              "row_version");

QString iso(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

UserAccount accountFromQuery(const QSqlQuery &q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = Roles::fromKey(q.value(3).toString()).value_or(Role::FrontDesk);
    a.active = q.value(4).toBool();
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntilUtc = fromIso(q.value(6));
    a.createdAt = fromIso(q.value(7));
    a.rowVersion = q.value(8).toInt();
    return a;
}

Status run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Database::storageError(what, q.lastError().databaseText());
    return {};
}

} // namespace

UserRepository::UserRepository(Database &database) : m_database(database) { }

Result<int> UserRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return Database::storageError(QStringLiteral("read the users"),
                                      q.lastError().databaseText());
    return q.value(0).toInt();
}

Result<UserAccount> UserRepository::findByName(const QString &username) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + accountColumns
              + QStringLiteral(" FROM users WHERE username = ? COLLATE NOCASE"));
    q.bindValue(0, username.trimmed());
    if (Status status = run(q, QStringLiteral("read the users")); !status)
        return status.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no user called %1.").arg(username.trimmed()),
                         QStringLiteral("username"));
    return accountFromQuery(q);
}

Result<QByteArray> UserRepository::passwordHash(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bindValue(0, userId);
    if (Status status = run(q, QStringLiteral("read the users")); !status)
        return status.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("That user no longer exists."));
    return q.value(0).toString().toLatin1();
}

Result<QList<UserAccount>> UserRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + accountColumns
                + QStringLiteral(" FROM users ORDER BY username COLLATE NOCASE")))
        return Database::storageError(QStringLiteral("read the users"),
                                      q.lastError().databaseText());
    QList<UserAccount> rows;
    while (q.next())
        rows << accountFromQuery(q);
    return rows;
}

Result<qint64> UserRepository::insert(const UserAccount &account, const QByteArray &passwordHash,
                                      const QDateTime &nowUtc)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, "
                             "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, account.username.trimmed());
    q.bindValue(1,
                account.displayName.trimmed().isNull() ? QStringLiteral("")
                                                       : account.displayName.trimmed());
    q.bindValue(2, Roles::key(account.role));
    q.bindValue(3, QString::fromLatin1(passwordHash));
    q.bindValue(4, account.active ? 1 : 0);
    q.bindValue(5, iso(nowUtc));
    q.bindValue(6, iso(nowUtc));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("There is already a user called %1. Choose another "
                                            "name.")
                                     .arg(account.username.trimmed()),
                             QStringLiteral("username"));
        return Database::storageError(QStringLiteral("save the user"),
                                      q.lastError().databaseText());
    }
    return q.lastInsertId().toLongLong();
}

Status UserRepository::setPasswordHash(qint64 userId, const QByteArray &passwordHash,
                                       const QDateTime &nowUtc)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                             "locked_until = NULL, updated_at = ?, row_version = row_version + 1 "
                             "WHERE id = ?"));
    q.bindValue(0, QString::fromLatin1(passwordHash));
    q.bindValue(1, iso(nowUtc));
    q.bindValue(2, userId);
    return run(q, QStringLiteral("save the password"));
}

Status UserRepository::setActive(qint64 userId, bool active, const QDateTime &nowUtc)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET active = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.bindValue(0, active ? 1 : 0);
    q.bindValue(1, iso(nowUtc));
    q.bindValue(2, userId);
    return run(q, QStringLiteral("save the user"));
}

Status UserRepository::setFailures(qint64 userId, int failures, const QDateTime &lockedUntilUtc)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.bindValue(0, failures);
    q.bindValue(1, lockedUntilUtc.isValid() ? QVariant(iso(lockedUntilUtc)) : QVariant());
    q.bindValue(2, userId);
    return run(q, QStringLiteral("save the sign-in attempt"));
}

Result<QString> UserRepository::setting(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM practice_settings WHERE key = ?"));
    q.bindValue(0, key);
    if (Status status = run(q, QStringLiteral("read the practice settings")); !status)
        return status.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status UserRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO practice_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return run(q, QStringLiteral("save the practice settings"));
}

} // namespace stillpoint::core
