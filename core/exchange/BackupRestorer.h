// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/BackupCipher.h"

#include <QDateTime>
#include <QString>

namespace stillpoint::core {

// A restored practice file, checked.
struct RestoreReport
{
    QString path;
    bool encrypted = false;
    QDateTime createdUtc; // when the backup was made; null for a plain backup
    int schemaVersion = 0;
    int tables = 0;
    qint64 rows = 0;
    qint64 clients = 0;
};

// Replacing the practice file in use by a restored copy, once the user has confirmed it. Made
// only by BackupService::prepareSwap (access-checked and audited); applied by the application
// after it has closed every connection to the practice file.
struct RestoreSwap
{
    QString practicePath; // the file in use now
    QString restoredPath; // the checked copy that takes its place
    QString keptPath; // where the file in use now is kept

    // Keeps the practice file under keptPath and moves the restored copy to its name (an atomic
    // rename, so the practice file's name always holds one whole file). Refuses while the file
    // is still in use (an unfinished write-ahead log beside it).
    Status apply() const;
};

// Restores a backup into a new practice file, without any session: the file-level work behind
// BackupService::restore and the command line. The backup is decrypted (or copied) into a
// temporary file beside the new one; that is opened as a Stillpoint practice (an older schema is
// upgraded), checked (integrity, foreign keys), and only then given the new name, which must not
// exist: a restore never replaces a file. A wrong passphrase, a damaged, cut-short, reordered or
// lengthened backup leaves nothing behind.
class BackupRestorer
{
public:
    static Result<RestoreReport> restoreToNewFile(const QString &backupPath, const QString &newPath,
                                                  const QString &passphrase,
                                                  const BackupProgress &progress = {});

    // A name beside `practicePath` for a restored copy:
    // "practice-restored-20261124-090000.stillpoint".
    static QString restoredPathFor(const QString &practicePath, const QDateTime &nowUtc);
    // The name the practice file is kept under when a restored copy replaces it:
    // "practice.stillpoint.before-restore-20261124-090000".
    static QString keptPathFor(const QString &practicePath, const QDateTime &nowUtc);
};

} // namespace stillpoint::core
