// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/exchange/BackupRestorer.h"
#include "core/exchange/BackupRotation.h"
#include "core/exchange/BackupWriter.h"
#include "core/security/AuditTrail.h"
#include "core/security/Session.h"

#include <QTimeZone>

namespace stillpoint::core {

class Database;

// Backups and restores of the open practice as the signed-in user may make them: every call is
// access-checked (BackupCreate: the owner) and audited, a failure too (without health data). A
// verified backup is recorded as the schedule's last good one.
class BackupService
{
public:
    explicit BackupService(Database &database, const Clock &clock = SystemClock::instance());

    // A verified backup at request.targetPath (see BackupWriter).
    Result<BackupReport> create(const Session &session, const BackupRequest &request,
                                const BackupProgress &progress = {});
    // A plain, verified backup into the schedule's folder under a dated name, then the folder's
    // rotation. NotFound when no folder is set.
    Result<BackupReport> createScheduled(const Session &session,
                                         const BackupProgress &progress = {});

    // Restores `backupPath` into the new file `newPath` (see BackupRestorer); the practice in use
    // is not touched.
    Result<RestoreReport> restore(const Session &session, const QString &backupPath,
                                  const QString &newPath, const QString &passphrase,
                                  const BackupProgress &progress = {});
    // After the user confirmed: checks the restored file once more and returns the swap that puts
    // it in the practice file's place, to be applied once the practice file is closed.
    Result<RestoreSwap> prepareSwap(const Session &session, const QString &restoredPath);

    // The calendar the rotation counts days in.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    Status audit(const Session &session, const QString &operation, AuditOutcome outcome,
                 const QString &detail, const QDateTime *lastGoodUtc = nullptr);

    Database &m_database;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace stillpoint::core
