// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupService.h"

#include "core/exchange/BackupSchedule.h"
#include "core/exchange/BackupSnapshot.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>

namespace stillpoint::core {

namespace {

// No Operation of its own yet: a restore is allowed to whoever may make backups.
const QString RestoreOperation = QStringLiteral("backup.restore");

// Why a restore failed, for the audit trail: the kind of failure only, never file contents.
QString restoreFailure(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("refused: wrong passphrase or damaged header");
    case ErrorCode::Conflict:
        return QStringLiteral("refused: the new file already exists");
    case ErrorCode::NotFound:
        return QStringLiteral("refused: no backup file");
    case ErrorCode::NotADatabase:
        return QStringLiteral("refused: damaged or not a Stillpoint backup");
    default:
        return QStringLiteral("failed");
    }
}

} // namespace

BackupService::BackupService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Status BackupService::audit(const Session &session, const QString &operation, AuditOutcome outcome,
                            const QString &detail, const QDateTime *lastGoodUtc)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    AuditEvent event;
    event.operation = operation;
    event.userId = session.userId;
    event.username = session.username;
    event.recordType = QStringLiteral("backup");
    event.outcome = outcome;
    event.detail = detail;
    if (Status audited = AuditTrail(m_database, m_clock).record(transaction, event); !audited)
        return audited;
    if (lastGoodUtc) {
        if (Status stored = UserRepository(m_database)
                                    .setSetting(BackupSchedule::lastGoodKey(),
                                                lastGoodUtc->toUTC().toString(Qt::ISODate));
            !stored)
            return stored;
    }
    return transaction.commit();
}

Result<BackupReport> BackupService::create(const Session &session, const BackupRequest &request,
                                           const BackupProgress &progress)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::BackupCreate);
        !allowed)
        return allowed.error();
    // Mistakes in what was asked for are answered before anything is written or audited.
    if (Status target = BackupWriter::checkTarget(m_database.path(), request.targetPath); !target)
        return target.error();
    if (request.passphrase) {
        if (Status strong = BackupCipher::checkPassphrase(*request.passphrase); !strong)
            return strong.error();
    }

    const QString key = Operations::key(Operation::BackupCreate);
    const QString kind = QString(request.automatic ? QStringLiteral("automatic ") : QString())
            + (request.passphrase ? QStringLiteral("encrypted") : QStringLiteral("plain"));
    const QDateTime now = m_clock.nowUtc();
    auto written = BackupWriter::write(m_database.path(), request, now, progress);
    if (!written) {
        if (Status audited = audit(session, key, AuditOutcome::Failed,
                                   kind + QStringLiteral(" backup failed"));
            !audited)
            return audited.error();
        return written.error();
    }
    const QString detail = QStringLiteral("%1 backup, verified: %2 tables, %3 rows")
                                   .arg(kind)
                                   .arg(written->tables)
                                   .arg(written->rows);
    if (Status audited = audit(session, key, AuditOutcome::Allowed, detail, &now); !audited)
        return makeError(audited.error().code,
                         QStringLiteral("The backup %1 was made and verified, but could not be "
                                        "recorded in the practice file: %2")
                                 .arg(written->path, audited.error().message));
    return written;
}

Result<BackupReport> BackupService::createScheduled(const Session &session,
                                                    const BackupProgress &progress)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::BackupCreate);
        !allowed)
        return allowed.error();
    auto status = BackupSchedule(m_database, m_clock).status();
    if (!status)
        return status.error();
    const QString folder = status->folder;
    if (folder.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("No backup folder is set. Choose one in Practice > Backup "
                                        "Settings."));
    if (!QFileInfo(folder).isDir()) {
        static_cast<void>(audit(session, Operations::key(Operation::BackupCreate),
                                AuditOutcome::Failed,
                                QStringLiteral("automatic plain backup failed: no folder")));
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The backup folder %1 is not there (is the external drive "
                                        "connected?). No backup was made.")
                                 .arg(folder));
    }

    BackupRequest request;
    request.automatic = true;
    request.targetPath =
            folder + u'/' + BackupRotation::fileName(m_database.path(), m_clock.nowUtc(), false);
    auto made = create(session, request, progress);
    if (!made)
        return made;
    // The new backup is safe; a rotation that cannot remove an old file only wastes space.
    static_cast<void>(BackupRotation::apply(folder, m_database.path(), BackupSchedule::rotation(),
                                            m_zone, m_clock.nowUtc()));
    return made;
}

Result<RestoreReport> BackupService::restore(const Session &session, const QString &backupPath,
                                             const QString &newPath, const QString &passphrase,
                                             const BackupProgress &progress)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::BackupCreate);
        !allowed)
        return allowed.error();
    auto restored = BackupRestorer::restoreToNewFile(backupPath, newPath, passphrase, progress);
    const QString detail = restored
            ? QStringLiteral("restored into a new file, checked: %1 tables, %2 rows")
                      .arg(restored->tables)
                      .arg(restored->rows)
            : restoreFailure(restored.error());
    if (Status audited = audit(session, RestoreOperation,
                               restored ? AuditOutcome::Allowed : AuditOutcome::Failed, detail);
        !audited)
        return audited.error();
    return restored;
}

Result<RestoreSwap> BackupService::prepareSwap(const Session &session, const QString &restoredPath)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::BackupCreate);
        !allowed)
        return allowed.error();
    RestoreSwap swap;
    swap.practicePath = m_database.path();
    swap.restoredPath = QFileInfo(restoredPath).absoluteFilePath();
    swap.keptPath = BackupRestorer::keptPathFor(swap.practicePath, m_clock.nowUtc());
    if (QFileInfo(swap.restoredPath) == QFileInfo(swap.practicePath))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The restored file is the practice file itself."));
    auto checked = BackupSnapshot::verify(swap.restoredPath, nullptr);
    if (!checked)
        return checked.error();
    {
        // The restored practice's own trail says where it came from. Its users are not this
        // file's, so the row names the person without a user id.
        auto restored = Database::open(swap.restoredPath, Database::OpenMode::ExistingOnly);
        if (!restored)
            return restored.error();
        AuditEvent arrived;
        arrived.operation = RestoreOperation;
        arrived.username = session.username;
        arrived.recordType = QStringLiteral("backup");
        arrived.detail = QStringLiteral("restored from a backup to replace the practice file");
        if (Status audited = AuditTrail(*restored.value(), m_clock).record(arrived); !audited)
            return audited.error();
    }
    if (Status audited = audit(session, RestoreOperation, AuditOutcome::Allowed,
                               QStringLiteral("replaced by a restored copy; this file is kept as "
                                              "%1")
                                       .arg(QFileInfo(swap.keptPath).fileName()));
        !audited)
        return audited.error();
    return swap;
}

} // namespace stillpoint::core
