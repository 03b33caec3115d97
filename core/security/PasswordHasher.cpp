// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PasswordHasher.h"

#include <sodium.h>

namespace stillpoint::core {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Interactive limits: a sign-in costs well under a second on an office PC, and 64 MiB of memory.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

Status PasswordHasher::checkStrength(const QString &password)
{
    if (password.size() < MinimumLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The password is too short: use at least %1 characters.")
                                 .arg(MinimumLength),
                         QStringLiteral("password"));
    if (password.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The password cannot be only spaces."),
                         QStringLiteral("password"));
    return {};
}

Result<QByteArray> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(),
                          static_cast<unsigned long long>(utf8.size()), OpsLimit, MemLimit)
        != 0)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("There was not enough memory to protect the password. "
                                        "Close other programs and try again."));
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash + '\0';
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
            == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash + '\0';
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

} // namespace stillpoint::core
