// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupRestorer.h"

#include "core/exchange/BackupSnapshot.h"
#include "core/exchange/StagedFile.h"
#include "core/storage/Database.h"

#include <QSqlDatabase>

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace stillpoint::core {

namespace {

constexpr qint64 CopyChunk = 1024 * 1024;

QString stamp(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'Z';
}

Error refused(const Error &cause, const QString &target)
{
    return makeError(cause.code,
                     QStringLiteral("The backup was not restored. %1 Nothing was written to %2.")
                             .arg(cause.message, target),
                     cause.field);
}

Status copyPlain(QFile &in, QFile &out, const BackupProgress &progress)
{
    const qint64 total = in.size();
    qint64 done = 0;
    for (;;) {
        const QByteArray chunk = in.read(CopyChunk);
        if (chunk.isEmpty())
            break;
        if (out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io,
                             QStringLiteral("The restored file could not be written (%1).")
                                     .arg(out.errorString()));
        done += chunk.size();
        if (progress && !progress(done, total))
            return makeError(ErrorCode::Io, QStringLiteral("The restore was cancelled."));
    }
    if (in.error() != QFileDevice::NoError)
        return makeError(
                ErrorCode::Io,
                QStringLiteral("The backup could not be read (%1).").arg(in.errorString()));
    return {};
}

bool hasUnfinishedLog(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

void removeEmptySidecars(const QString &path)
{
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo sidecar(path + suffix);
        if (sidecar.exists() && (suffix == QLatin1String("-shm") || sidecar.size() == 0))
            QFile::remove(sidecar.filePath());
    }
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString BackupRestorer::restoredPathFor(const QString &practicePath, const QDateTime &nowUtc)
{
    const QFileInfo practice(practicePath);
    const QString suffix = practice.suffix().isEmpty() ? QString() : u'.' + practice.suffix();
    return practice.absolutePath() + u'/' + practice.completeBaseName()
            + QStringLiteral("-restored-") + stamp(nowUtc) + suffix;
}

QString BackupRestorer::keptPathFor(const QString &practicePath, const QDateTime &nowUtc)
{
    return QFileInfo(practicePath).absoluteFilePath() + QStringLiteral(".before-restore-")
            + stamp(nowUtc);
}

Result<RestoreReport> BackupRestorer::restoreToNewFile(const QString &backupPath,
                                                       const QString &newPath,
                                                       const QString &passphrase,
                                                       const BackupProgress &progress)
{
    const QString target = QFileInfo(newPath).absoluteFilePath();
    if (!QFileInfo(backupPath).isFile())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no backup file at %1.")
                                 .arg(QFileInfo(backupPath).absoluteFilePath()));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already exists, and a restore never replaces a file. "
                                        "Choose a new file name.")
                                 .arg(target));

    RestoreReport report;
    report.path = target;
    report.encrypted = BackupCipher::isEncryptedBackup(backupPath);
    if (report.encrypted && passphrase.isEmpty())
        return refused(makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("This backup is encrypted: its passphrase is "
                                                "needed."),
                                 QStringLiteral("passphrase")),
                       target);

    auto staged = StagedFile::create(target);
    if (!staged)
        return refused(staged.error(), target);
    const QString work = staged.value()->path();
    {
        QFile in(backupPath);
        QFile out(work);
        if (!in.open(QIODevice::ReadOnly))
            return refused(makeError(ErrorCode::Io,
                                     QStringLiteral("The backup could not be read (%1).")
                                             .arg(in.errorString())),
                           target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return refused(makeError(ErrorCode::Io,
                                     QStringLiteral("The new file could not be written (%1).")
                                             .arg(out.errorString())),
                           target);
        const BackupProgress copying = progress
                ? BackupProgress([&progress](qint64 done, qint64 all) {
                      return progress(all > 0 ? 70 * done / all : 0, 100);
                  })
                : BackupProgress();
        if (report.encrypted) {
            auto metadata = BackupCipher::decrypt(in, out, passphrase, copying);
            if (!metadata)
                return refused(metadata.error(), target);
            report.createdUtc = metadata->createdUtc;
        } else if (Status copied = copyPlain(in, out, copying); !copied) {
            return refused(copied.error(), target);
        }
        out.close();
        if (out.error() != QFileDevice::NoError)
            return refused(makeError(ErrorCode::Io,
                                     QStringLiteral("The new file could not be written (%1).")
                                             .arg(out.errorString())),
                           target);
    }

    // Names in the checks' messages are the temporary file's; the user knows the backup's.
    const auto described = [&](Error error) {
        error.message.replace(work, QFileInfo(backupPath).absoluteFilePath());
        return refused(error, target);
    };
    {
        // Read-only first: a file that is not a Stillpoint practice (or is empty, or newer) is
        // refused before anything would upgrade it.
        auto looked = Database::open(work, Database::OpenMode::ReadOnly);
        if (!looked)
            return described(looked.error());
    }
    {
        auto opened = Database::open(work, Database::OpenMode::ExistingOnly);
        if (!opened)
            return described(opened.error());
        const IntegrityReport integrity = opened.value()->check();
        if (!integrity.ok())
            return described(
                    makeError(ErrorCode::Storage,
                              QStringLiteral("The restored file failed its check: %1.")
                                      .arg(integrity.problems.join(QStringLiteral("; ")))));
        auto counts = BackupSnapshot::countRows(opened.value()->connection());
        if (!counts)
            return described(counts.error());
        report.schemaVersion = integrity.schemaVersion;
        report.tables = static_cast<int>(counts->size());
        for (const qint64 rows : counts.value())
            report.rows += rows;
        report.clients = counts->value(QStringLiteral("clients"));
    }
    if (progress && !progress(95, 100))
        return refused(makeError(ErrorCode::Io, QStringLiteral("The restore was cancelled.")),
                       target);
    if (Status committed = staged.value()->commit(StagedFile::Replace::Refuse); !committed)
        return refused(committed.error(), target);
    if (progress)
        progress(100, 100);
    return report;
}

Status RestoreSwap::apply() const
{
    if (!QFileInfo(restoredPath).isFile())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The restored file %1 is gone; restore the backup again.")
                                 .arg(restoredPath));
    if (hasUnfinishedLog(practicePath) || hasUnfinishedLog(restoredPath))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The practice file is still in use (its write-ahead log "
                                        "is not empty). Close Stillpoint wherever it has the "
                                        "file open, then try again. Nothing was replaced."));
    if (QFileInfo::exists(keptPath))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already exists; nothing was replaced.").arg(keptPath));
    removeEmptySidecars(practicePath);
    removeEmptySidecars(restoredPath);

    const QByteArray practice = QFile::encodeName(practicePath);
    const QByteArray kept = QFile::encodeName(keptPath);
    const QByteArray restored = QFile::encodeName(restoredPath);
    bool linked = false;
    if (QFileInfo::exists(practicePath)) {
        // A second name for the file in use, so that its own name never stands empty.
        linked = ::link(practice.constData(), kept.constData()) == 0;
        if (!linked && ::rename(practice.constData(), kept.constData()) != 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("The practice file could not be set aside as %1 (%2); "
                                            "nothing was replaced.")
                                     .arg(keptPath, systemError()));
    }
    if (::rename(restored.constData(), practice.constData()) != 0) {
        const QString reason = systemError();
        if (linked)
            ::unlink(kept.constData());
        else
            ::rename(kept.constData(), practice.constData());
        return makeError(ErrorCode::Io,
                         QStringLiteral("The restored file could not take the practice file's "
                                        "place (%1); nothing was replaced.")
                                 .arg(reason));
    }
    StagedFile::syncFolder(QFileInfo(practicePath).absolutePath());
    return {};
}

} // namespace stillpoint::core
