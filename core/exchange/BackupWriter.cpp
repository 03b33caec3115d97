// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupWriter.h"

#include "core/exchange/BackupSnapshot.h"
#include "core/exchange/StagedFile.h"

#include <QFile>
#include <QFileInfo>

namespace stillpoint::core {

namespace {

QString canonicalOrAbsolute(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

Error failed(const Error &cause, const QString &target)
{
    return makeError(cause.code,
                     QStringLiteral("The backup could not be made. %1 Nothing was written to %2, "
                                    "and the practice file is unchanged.")
                             .arg(cause.message, target),
                     cause.field);
}

Error cancelled(const QString &target)
{
    return makeError(
            ErrorCode::Io,
            QStringLiteral("The backup was cancelled. Nothing was written to %1.").arg(target));
}

// Progress of one step mapped into [from, to] of the whole.
BackupProgress within(const BackupProgress &progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const qint64 share = total > 0 ? (to - from) * done / total : 0;
        return progress(from + share, 100);
    };
}

Error openError(const QFile &file, const QString &what)
{
    return makeError(
            ErrorCode::Io,
            QStringLiteral("The %1 could not be opened (%2).").arg(what, file.errorString()));
}

} // namespace

Status BackupWriter::checkTarget(const QString &practicePath, const QString &targetPath)
{
    if (targetPath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Name a file for the backup."),
                         QStringLiteral("target"));
    const QFileInfo target(targetPath);
    if (target.isDir())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is a folder. Name a file for the backup.")
                                 .arg(target.absoluteFilePath()),
                         QStringLiteral("target"));
    const QString practice = canonicalOrAbsolute(practicePath);
    const QString chosen = canonicalOrAbsolute(targetPath);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal") }) {
        if (chosen == practice + suffix)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is the practice file itself. Choose another name "
                                            "for the backup.")
                                     .arg(target.absoluteFilePath()),
                             QStringLiteral("target"));
    }
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The folder %1 does not exist. Choose an existing folder "
                                        "for the backup.")
                                 .arg(target.absolutePath()),
                         QStringLiteral("target"));
    return {};
}

Result<BackupReport> BackupWriter::write(const QString &practicePath, const BackupRequest &request,
                                         const QDateTime &nowUtc, const BackupProgress &progress)
{
    const QString target = QFileInfo(request.targetPath).absoluteFilePath();
    if (Status ok = checkTarget(practicePath, request.targetPath); !ok)
        return ok.error();
    if (request.passphrase) {
        if (Status strong = BackupCipher::checkPassphrase(*request.passphrase); !strong)
            return strong.error();
    }
    const auto step = [&](int percent) { return !progress || progress(percent, 100); };

    auto staged = StagedFile::create(target);
    if (!staged)
        return failed(staged.error(), target);

    // The plain copy: the backup itself, or (encrypted) a scratch file in the practice file's
    // private folder that never leaves it.
    std::unique_ptr<StagedFile> scratch;
    QString copyPath = staged.value()->path();
    if (request.passphrase) {
        auto made = StagedFile::create(practicePath + QStringLiteral(".backup"));
        if (!made)
            return failed(made.error(), target);
        scratch = std::move(made).value();
        copyPath = scratch->path();
    }
    auto counts = BackupSnapshot::write(practicePath, copyPath);
    if (!counts)
        return failed(counts.error(), target);
    if (!step(30))
        return cancelled(target);
    auto checked = BackupSnapshot::verify(copyPath, &counts.value());
    if (!checked)
        return failed(checked.error(), target);
    if (!step(request.passphrase ? 40 : 90))
        return cancelled(target);

    if (request.passphrase) {
        QFile plain(copyPath);
        QFile out(staged.value()->path());
        if (!plain.open(QIODevice::ReadOnly))
            return failed(openError(plain, QStringLiteral("copy")), target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return failed(openError(out, QStringLiteral("backup file")), target);
        BackupMetadata metadata;
        metadata.createdUtc = nowUtc;
        metadata.appVersion = QStringLiteral(STILLPOINT_VERSION);
        metadata.schemaVersion = checked->schemaVersion;
        metadata.size = plain.size();
        if (Status encrypted = BackupCipher::encrypt(plain, out, *request.passphrase, metadata,
                                                     request.kdf, within(progress, 40, 65));
            !encrypted)
            return failed(encrypted.error(), target);
        out.close();
        if (out.error() != QFileDevice::NoError)
            return failed(openError(out, QStringLiteral("backup file")), target);
        plain.close();
        scratch->discard();

        // Prove the file as written: decrypt it again and check what comes out.
        auto proof = StagedFile::create(practicePath + QStringLiteral(".backup-check"));
        if (!proof)
            return failed(proof.error(), target);
        QFile written(staged.value()->path());
        QFile decrypted(proof.value()->path());
        if (!written.open(QIODevice::ReadOnly))
            return failed(openError(written, QStringLiteral("backup file")), target);
        if (!decrypted.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(openError(decrypted, QStringLiteral("check file")), target);
        auto read = BackupCipher::decrypt(written, decrypted, *request.passphrase,
                                          within(progress, 65, 90));
        decrypted.close();
        if (!read)
            return failed(makeError(ErrorCode::Io,
                                    QStringLiteral("The backup file did not read back as written "
                                                   "(%1).")
                                            .arg(read.error().message)),
                          target);
        auto again = BackupSnapshot::verify(proof.value()->path(), &counts.value());
        if (!again)
            return failed(again.error(), target);
        if (!step(95))
            return cancelled(target);
    }

    const qint64 bytes = QFileInfo(staged.value()->path()).size();
    if (Status committed = staged.value()->commit(StagedFile::Replace::Allow); !committed)
        return failed(committed.error(), target);
    step(100);

    BackupReport report;
    report.path = target;
    report.encrypted = request.passphrase.has_value();
    report.createdUtc = nowUtc;
    report.bytes = bytes;
    report.tables = static_cast<int>(checked->counts.size());
    report.rows = checked->rows();
    return report;
}

} // namespace stillpoint::core
