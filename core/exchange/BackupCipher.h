// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

class QIODevice;

namespace stillpoint::core {

// How hard Argon2id works to turn a passphrase into a key; stored in each backup's header.
struct BackupKdf
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // For real backups: about a second and 256 MiB on a laptop.
    static BackupKdf moderate();
    // For tests: a tenth of that.
    static BackupKdf interactive();
};

// What an encrypted backup says about itself (inside the encryption, so it is authenticated).
struct BackupMetadata
{
    QDateTime createdUtc;
    QString appVersion;
    int schemaVersion = 0;
    qint64 size = 0; // bytes of the practice file inside
};

// Called as work goes on with bytes done and bytes in all; returning false stops the work.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// The encrypted backup format. A 72-byte header (magic "STLPBKUP", format version, Argon2id
// parameters and salt, chunk size, secretstream header) and then length-prefixed chunks of
// crypto_secretstream_xchacha20poly1305, each authenticated with the header as additional data:
// first a metadata chunk, then the practice file in 64 KiB chunks, the last one tagged FINAL.
// A wrong passphrase, a changed header or byte, chunks in another order, a file cut short (no
// FINAL) or data after the end are all refused.
class BackupCipher
{
public:
    static constexpr int HeaderSize = 72;
    static constexpr int ChunkSize = 64 * 1024;
    static constexpr qsizetype MinimumPassphraseLength = 8;

    // Whether the file starts like an encrypted Stillpoint backup (its magic).
    static bool isEncryptedBackup(const QString &path);
    // The rule for a new backup passphrase; InvalidInput naming what is wrong.
    static Status checkPassphrase(const QString &passphrase);

    // Reads `plain` to its end and writes the encrypted backup to `out`.
    static Status encrypt(QIODevice &plain, QIODevice &out, const QString &passphrase,
                          const BackupMetadata &metadata, const BackupKdf &kdf,
                          const BackupProgress &progress = {});
    // Reads the encrypted backup `in` and writes the practice file to `plainOut`. Everything
    // written is authenticated chunk by chunk; on an error the caller must discard `plainOut`.
    static Result<BackupMetadata> decrypt(QIODevice &in, QIODevice &plainOut,
                                          const QString &passphrase,
                                          const BackupProgress &progress = {});
};

} // namespace stillpoint::core
