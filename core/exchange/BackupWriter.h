// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/BackupCipher.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace stillpoint::core {

// Where and how to write one backup.
struct BackupRequest
{
    QString targetPath; // the backup file; its folder must exist
    std::optional<QString> passphrase; // encrypted when set
    BackupKdf kdf = BackupKdf::moderate();
    bool automatic = false; // made by the schedule, not asked for
};

// A backup that was written and verified.
struct BackupReport
{
    QString path;
    bool encrypted = false;
    QDateTime createdUtc;
    qint64 bytes = 0; // of the backup file
    int tables = 0;
    qint64 rows = 0;
};

// Writes verified backups of a practice file, without any session: the file-level work behind
// BackupService. A plain backup is a practice file (VACUUM INTO a temporary file beside the
// target); an encrypted one is that copy, made in the practice file's own private folder,
// encrypted into a temporary file beside the target and then decrypted again to prove it. Each
// is verified (read-only open, integrity and foreign keys, the same rows in every table as the
// practice file had at that moment) before it is renamed into place; nothing else is ever left
// behind, also when the disk fills up half-way.
class BackupWriter
{
public:
    // `progress` gets percent done out of 100; returning false cancels.
    static Result<BackupReport> write(const QString &practicePath, const BackupRequest &request,
                                      const QDateTime &nowUtc, const BackupProgress &progress = {});

    // Refuses a target that is the practice file itself (or its WAL), a folder, or in a missing
    // folder, with a sentence saying so.
    static Status checkTarget(const QString &practicePath, const QString &targetPath);
};

} // namespace stillpoint::core
