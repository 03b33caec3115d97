// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupSchedule.h"

#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>

namespace stillpoint::core {

BackupSchedule::BackupSchedule(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

QString BackupSchedule::folderKey()
{
    return QStringLiteral("backup.folder");
}

QString BackupSchedule::lastGoodKey()
{
    return QStringLiteral("backup.lastGoodUtc");
}

Result<BackupStatus> BackupSchedule::status() const
{
    UserRepository settings(m_database);
    auto folder = settings.setting(folderKey());
    if (!folder)
        return folder.error();
    auto lastGood = settings.setting(lastGoodKey());
    if (!lastGood)
        return lastGood.error();

    BackupStatus status;
    status.folder = folder.value();
    const QDateTime now = m_clock.nowUtc();
    QDateTime last = QDateTime::fromString(lastGood.value(), Qt::ISODate);
    if (last.isValid()) {
        last = last.toUTC();
        status.lastGoodUtc = last;
        status.daysSinceLastGood = std::max<qint64>(0, last.secsTo(now) / IntervalSeconds);
    }
    const qint64 age = last.isValid() ? last.secsTo(now) : -1;
    status.due = !status.folder.isEmpty() && (age < 0 || age >= IntervalSeconds);
    status.stale = age < 0 || age > StaleAfterDays * IntervalSeconds;
    return status;
}

Status BackupSchedule::setFolder(const Session &session, const QString &folder)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::BackupCreate);
        !allowed)
        return allowed;
    const QString chosen =
            folder.trimmed().isEmpty() ? QString() : QFileInfo(folder.trimmed()).absoluteFilePath();
    if (!chosen.isEmpty()) {
        const QFileInfo info(chosen);
        if (!info.isDir())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is not a folder. Choose an existing folder for "
                                            "the backups.")
                                     .arg(chosen),
                             QStringLiteral("backupFolder"));
        if (!info.isWritable())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Stillpoint cannot write to %1. Choose a folder you "
                                            "can write to.")
                                     .arg(chosen),
                             QStringLiteral("backupFolder"));
        if (QFileInfo(chosen).canonicalFilePath()
            == QFileInfo(QFileInfo(m_database.path()).absolutePath()).canonicalFilePath())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Backups in the practice file's own folder are lost "
                                            "with it. Choose a folder on another disk, such as "
                                            "an external drive."),
                             QStringLiteral("backupFolder"));
    }
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    // An empty folder is stored as '' (a null string would be NULL).
    if (Status stored =
                UserRepository(m_database)
                        .setSetting(folderKey(), chosen.isEmpty() ? QStringLiteral("") : chosen);
        !stored)
        return stored;
    AuditEvent changed;
    changed.operation = Operations::key(Operation::SettingsChange);
    changed.userId = session.userId;
    changed.username = session.username;
    changed.recordType = QStringLiteral("setting");
    changed.detail = folderKey();
    if (Status audited = AuditTrail(m_database, m_clock).record(transaction, changed); !audited)
        return audited;
    return transaction.commit();
}

QString BackupSchedule::warning(const BackupStatus &status)
{
    if (!status.stale)
        return {};
    if (!status.lastGoodUtc)
        return QStringLiteral("No backup yet — back up now");
    if (status.daysSinceLastGood == 1)
        return QStringLiteral("Last backup 1 day ago — back up now");
    return QStringLiteral("Last backup %1 days ago — back up now").arg(status.daysSinceLastGood);
}

} // namespace stillpoint::core
