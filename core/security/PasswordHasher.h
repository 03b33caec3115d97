// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace stillpoint::core {

// Argon2id password hashing through libsodium's crypto_pwhash_str. The stored string carries its
// own salt and parameters, so parameters can be raised later: needsRehash() tells when a stored
// hash was made with other parameters and should be replaced at the next successful sign-in.
class PasswordHasher
{
public:
    static constexpr qsizetype MinimumLength = 8;

    // The rule for a new password; an InvalidInput error names what is wrong.
    static Status checkStrength(const QString &password);

    static Result<QByteArray> hash(const QString &password);
    static bool verify(const QByteArray &storedHash, const QString &password);
    static bool needsRehash(const QByteArray &storedHash);
};

} // namespace stillpoint::core
