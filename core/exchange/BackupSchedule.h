// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/exchange/BackupRotation.h"
#include "core/security/Session.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace stillpoint::core {

class Database;

// Where the automatic backups stand.
struct BackupStatus
{
    QString folder; // empty: no automatic backups
    std::optional<QDateTime> lastGoodUtc; // the last verified backup, by any route
    bool due = false; // an automatic backup should run now
    bool stale = false; // the last verified backup is too old, or there is none
    qint64 daysSinceLastGood = -1; // whole days; -1 when there is none
};

// The practice's backup policy: automatic backups on exit and daily into a folder the owner
// picks, kept by a rotation, and a warning when the last verified backup is too old. The folder
// and the time of the last verified backup are stored in the practice file's settings.
class BackupSchedule
{
public:
    static constexpr qint64 IntervalSeconds = 24 * 60 * 60; // "daily"
    static constexpr int StaleAfterDays = 2;

    explicit BackupSchedule(Database &database, const Clock &clock = SystemClock::instance());

    Result<BackupStatus> status() const;
    // The owner only (audited); an empty folder turns automatic backups off. The folder must
    // exist and be writable.
    Status setFolder(const Session &session, const QString &folder);

    static BackupRotationPolicy rotation() { return {}; }
    // "Last backup 9 days ago — back up now"; empty when the last backup is recent enough.
    static QString warning(const BackupStatus &status);

    // Settings keys, for BackupService.
    static QString folderKey();
    static QString lastGoodKey();

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
