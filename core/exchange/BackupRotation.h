// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace stillpoint::core {

// How many backups a folder keeps: the newest of each of the last `daily` days that have one,
// of the last `weekly` weeks (ISO weeks) and of the last `monthly` months.
struct BackupRotationPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

struct BackupFileEntry
{
    QString path;
    QDateTime createdUtc;
    friend bool operator==(const BackupFileEntry &, const BackupFileEntry &) = default;
};

struct RotationPlan
{
    QList<BackupFileEntry> keep; // newest first
    QList<BackupFileEntry> remove; // newest first
};

// The rotation of the automatic backups in a folder. plan() is a pure function of the list; the
// rest names, finds and removes files, and only ever touches files named as Stillpoint names its
// backups of this practice ("practice-backup-20261124-090000Z.stillpoint"), never anything else.
class BackupRotation
{
public:
    // Days, weeks and months are counted in `zone` (the practice's own calendar).
    static RotationPlan plan(QList<BackupFileEntry> backups, const BackupRotationPolicy &policy,
                             const QTimeZone &zone);

    // The file name of a backup of `practicePath` made at `createdUtc`.
    static QString fileName(const QString &practicePath, const QDateTime &createdUtc,
                            bool encrypted);
    // When a backup named `fileName` was made; nothing when it is not named as ours.
    static std::optional<QDateTime> parseFileName(const QString &practicePath,
                                                  const QString &fileName);
    // Backups of `practicePath` in `folder`.
    static QList<BackupFileEntry> list(const QString &folder, const QString &practicePath);
    // Removes what plan() does not keep, and temporary files a crash left (older than an hour).
    static Result<RotationPlan> apply(const QString &folder, const QString &practicePath,
                                      const BackupRotationPolicy &policy, const QTimeZone &zone,
                                      const QDateTime &nowUtc);
};

} // namespace stillpoint::core
