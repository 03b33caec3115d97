// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Authenticator.h"

#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/PasswordHasher.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace stillpoint::core {

namespace {

constexpr int FreeFailures = 2;
constexpr int FirstDelaySeconds = 5;
constexpr int MaxDelaySeconds = 300;

Status checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$)"));
    if (!pattern.match(username.trimmed()).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("User name \"%1\" is not allowed: use 2 to 32 letters, "
                                        "digits, dots, dashes or underscores, starting with a "
                                        "letter or digit.")
                                 .arg(username.trimmed()),
                         QStringLiteral("username"));
    return {};
}

// The checks every new account passes (name, password strength), then its password hash.
Result<QByteArray> newAccountHash(const QString &username, const QString &password)
{
    if (Status status = checkUsername(username); !status)
        return status.error();
    if (Status status = PasswordHasher::checkStrength(password); !status)
        return status.error();
    return PasswordHasher::hash(password);
}

Session sessionFor(const UserAccount &account, const QDateTime &now)
{
    return Session{ account.id, account.username, account.displayName, account.role, now };
}

AuditEvent event(const QString &operation, qint64 userId, const QString &username,
                 AuditOutcome outcome, const QString &detail = {})
{
    AuditEvent e;
    e.operation = operation;
    e.userId = userId;
    e.username = username;
    e.outcome = outcome;
    e.detail = detail;
    return e;
}

// The audit row for an owner's change to a user account.
AuditEvent userChange(const Session &session, qint64 userId, const QString &detail)
{
    AuditEvent e = event(Operations::key(Operation::UserManage), session.userId, session.username,
                         AuditOutcome::Allowed, detail);
    e.recordType = QStringLiteral("user");
    e.recordId = userId;
    return e;
}

} // namespace

Authenticator::Authenticator(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

int Authenticator::delayAfterFailures(int failures)
{
    if (failures <= FreeFailures)
        return 0;
    const int doublings = std::min(failures - FreeFailures - 1, 10);
    return std::min(FirstDelaySeconds << doublings, MaxDelaySeconds);
}

Result<bool> Authenticator::isInitialized() const
{
    auto count = UserRepository(m_database).count();
    if (!count)
        return count.error();
    return count.value() > 0;
}

Result<Session> Authenticator::initializePractice(const QString &practiceName,
                                                  const QString &timeZoneId,
                                                  const QString &ownerUsername,
                                                  const QString &ownerDisplayName,
                                                  const QString &password)
{
    if (practiceName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Practice name is required."),
                         QStringLiteral("practiceName"));
    if (!QTimeZone(timeZoneId.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Time zone \"%1\" is not known. Use a name such as "
                                        "Europe/London or America/Los_Angeles.")
                                 .arg(timeZoneId),
                         QStringLiteral("timeZone"));
    auto hash = newAccountHash(ownerUsername, password);
    if (!hash)
        return hash.error();

    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    UserRepository users(m_database);
    auto count = users.count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This practice already has an owner; sign in instead."));
    const QDateTime now = m_clock.nowUtc();
    UserAccount owner;
    owner.username = ownerUsername.trimmed();
    owner.displayName = ownerDisplayName.trimmed();
    owner.role = Role::Owner;
    auto id = users.insert(owner, hash.value(), now);
    if (!id)
        return id.error();
    owner.id = id.value();
    for (const auto &[key, value] :
         { std::pair{ QStringLiteral("practice.name"), practiceName.trimmed() },
           std::pair{ QStringLiteral("practice.timeZone"), timeZoneId } }) {
        if (Status status = users.setSetting(key, value); !status)
            return status.error();
    }
    AuditTrail audit(m_database, m_clock);
    if (Status status = audit.record(transaction,
                                     event(QStringLiteral("practice.init"), owner.id,
                                           owner.username, AuditOutcome::Allowed));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return sessionFor(owner, now);
}

Result<Session> Authenticator::signIn(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    const QDateTime now = m_clock.nowUtc();
    UserRepository users(m_database);
    AuditTrail audit(m_database, m_clock);
    const Error wrong = makeError(ErrorCode::Denied,
                                  QStringLiteral("The user name or password is wrong. Check Caps "
                                                 "Lock and try again."),
                                  QStringLiteral("password"));

    auto account = users.findByName(name);
    if (!account) {
        if (account.error().code != ErrorCode::NotFound)
            return account.error();
        // Check a real hash anyway, so an unknown name takes as long as a wrong password.
        static const QByteArray dummy =
                PasswordHasher::hash(QStringLiteral("not-a-password")).value();
        PasswordHasher::verify(dummy, password);
        if (Status status =
                    audit.record(event(QStringLiteral("session.sign-in"), 0, name.left(64),
                                       AuditOutcome::Failed, QStringLiteral("unknown user")));
            !status)
            return status.error();
        return wrong;
    }
    UserAccount user = account.value();
    if (!user.active) {
        if (Status status =
                    audit.record(event(QStringLiteral("session.sign-in"), user.id, user.username,
                                       AuditOutcome::Denied, QStringLiteral("account disabled")));
            !status)
            return status.error();
        return makeError(ErrorCode::Denied,
                         QStringLiteral("The account %1 is disabled. Ask the practice owner to "
                                        "enable it.")
                                 .arg(user.username));
    }
    if (user.lockedUntilUtc.isValid() && now < user.lockedUntilUtc) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(user.lockedUntilUtc));
        if (Status status = audit.record(event(QStringLiteral("session.sign-in"), user.id,
                                               user.username, AuditOutcome::Denied,
                                               QStringLiteral("held after failures")));
            !status)
            return status.error();
        return makeError(ErrorCode::Denied,
                         QStringLiteral("Too many wrong passwords for %1. Wait %2 seconds, then "
                                        "try again.")
                                 .arg(user.username)
                                 .arg(wait),
                         QStringLiteral("password"));
    }

    auto hash = users.passwordHash(user.id);
    if (!hash)
        return hash.error();
    const bool matches = PasswordHasher::verify(hash.value(), password);

    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (!matches) {
        const int failures = user.failedAttempts + 1;
        const int delay = delayAfterFailures(failures);
        if (Status status = users.setFailures(user.id, failures,
                                              delay > 0 ? now.addSecs(delay) : QDateTime());
            !status)
            return status.error();
        if (Status status =
                    audit.record(transaction,
                                 event(QStringLiteral("session.sign-in"), user.id, user.username,
                                       AuditOutcome::Failed, QStringLiteral("wrong password")));
            !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        return wrong;
    }
    if (user.failedAttempts > 0 || user.lockedUntilUtc.isValid()) {
        if (Status status = users.setFailures(user.id, 0, QDateTime()); !status)
            return status.error();
    }
    if (PasswordHasher::needsRehash(hash.value())) {
        auto fresh = PasswordHasher::hash(password);
        if (fresh) {
            if (Status status = users.setPasswordHash(user.id, fresh.value(), now); !status)
                return status.error();
        }
    }
    if (Status status = audit.record(transaction,
                                     event(QStringLiteral("session.sign-in"), user.id,
                                           user.username, AuditOutcome::Allowed));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return sessionFor(user, now);
}

Status Authenticator::signOut(const Session &session)
{
    return AuditTrail(m_database, m_clock)
            .record(event(QStringLiteral("session.sign-out"), session.userId, session.username,
                          AuditOutcome::Allowed));
}

Result<UserAccount> Authenticator::addUser(const Session &session, const QString &username,
                                           const QString &displayName, Role role,
                                           const QString &password)
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::UserManage);
        !allowed)
        return allowed.error();
    auto hash = newAccountHash(username, password);
    if (!hash)
        return hash.error();

    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    UserRepository users(m_database);
    UserAccount account;
    account.username = username.trimmed();
    account.displayName = displayName.trimmed();
    account.role = role;
    auto id = users.insert(account, hash.value(), m_clock.nowUtc());
    if (!id)
        return id.error();
    const AuditEvent added =
            userChange(session, id.value(),
                       QStringLiteral("added %1 as %2").arg(account.username, Roles::key(role)));
    if (Status status = AuditTrail(m_database, m_clock).record(transaction, added); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return users.findByName(account.username);
}

Result<QList<UserAccount>> Authenticator::users(const Session &session) const
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::UserManage);
        !allowed)
        return allowed.error();
    return UserRepository(m_database).all();
}

Status Authenticator::setActive(const Session &session, const QString &username, bool active)
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::UserManage);
        !allowed)
        return allowed;
    UserRepository users(m_database);
    auto account = users.findByName(username);
    if (!account)
        return account.error();
    if (!active && account->id == session.userId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("You cannot disable your own account while signed in."));
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    if (Status status = users.setActive(account->id, active, m_clock.nowUtc()); !status)
        return status;
    const AuditEvent changed =
            userChange(session, account->id,
                       QStringLiteral("%1 %2").arg(active ? QStringLiteral("enabled")
                                                          : QStringLiteral("disabled"),
                                                   account->username));
    if (Status status = AuditTrail(m_database, m_clock).record(transaction, changed); !status)
        return status;
    return transaction.commit();
}

Status Authenticator::resetPassword(const Session &session, const QString &username,
                                    const QString &newPassword)
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::UserManage);
        !allowed)
        return allowed;
    if (Status status = PasswordHasher::checkStrength(newPassword); !status)
        return status;
    UserRepository users(m_database);
    auto account = users.findByName(username);
    if (!account)
        return account.error();
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    if (Status status = users.setPasswordHash(account->id, hash.value(), m_clock.nowUtc()); !status)
        return status;
    const AuditEvent changed =
            userChange(session, account->id,
                       QStringLiteral("reset the password of %1").arg(account->username));
    if (Status status = AuditTrail(m_database, m_clock).record(transaction, changed); !status)
        return status;
    return transaction.commit();
}

} // namespace stillpoint::core
