// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/StagedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace stillpoint::core {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

StagedFile::StagedFile(QString path, QString finalPath)
    : m_path(std::move(path)), m_finalPath(std::move(finalPath))
{ }

Result<std::unique_ptr<StagedFile>> StagedFile::create(const QString &finalPath)
{
    const QFileInfo target(finalPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The folder %1 does not exist. Choose an existing folder.")
                                 .arg(folder));
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString suffix =
                QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        const QString path = folder + QStringLiteral("/.") + target.fileName()
                + QStringLiteral(".partial-") + suffix;
        const int fd =
                ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return std::unique_ptr<StagedFile>(new StagedFile(path, target.absoluteFilePath()));
        }
        if (errno != EEXIST)
            return makeError(ErrorCode::Io,
                             QStringLiteral("Stillpoint cannot write in the folder %1 (%2). Choose "
                                            "a folder you can write to.")
                                     .arg(folder, systemError(errno)));
    }
    return makeError(
            ErrorCode::Io,
            QStringLiteral("Stillpoint could not make a temporary file in %1.").arg(folder));
}

StagedFile::~StagedFile()
{
    discard();
}

void StagedFile::discard()
{
    if (m_done)
        return;
    m_done = true;
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        ::unlink(native(m_path + suffix).constData());
}

Status StagedFile::writeAll(const QByteArray &contents)
{
    QFile file(m_path);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size() && file.flush();
    if (written) {
        file.close();
        written = file.error() == QFileDevice::NoError;
    }
    if (!written)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 could not be written (%2): the disk may be full or "
                                        "removed. Nothing was saved under that name.")
                                 .arg(m_finalPath, file.errorString()));
    return {};
}

Status StagedFile::syncFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 could not be saved to the disk (%2): the disk may be "
                                        "full or removed.")
                                 .arg(path, systemError(error)));
    }
    ::close(fd);
    return {};
}

void StagedFile::syncFolder(const QString &folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd); // some file systems cannot sync a folder; the rename itself is still atomic
    ::close(fd);
}

Status StagedFile::commit(Replace replace)
{
    if (m_done)
        return makeError(ErrorCode::Io, QStringLiteral("The file was already finished."));
    if (Status synced = syncFile(m_path); !synced)
        return synced;
    const QByteArray from = native(m_path);
    const QByteArray to = native(m_finalPath);
    if (replace == Replace::Allow) {
        if (::rename(from.constData(), to.constData()) != 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("%1 could not be put in place (%2).")
                                     .arg(m_finalPath, systemError(errno)));
    } else if (::link(from.constData(), to.constData()) == 0) {
        // A hard link never replaces an existing file; the temporary name goes afterwards.
        ::unlink(from.constData());
    } else if (errno == EEXIST) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already exists, and Stillpoint never replaces it. "
                                        "Choose a new file name.")
                                 .arg(m_finalPath));
    } else {
        // A file system without hard links (FAT, some shares): check, then rename.
        if (QFileInfo::exists(m_finalPath))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 already exists, and Stillpoint never replaces it. "
                                            "Choose a new file name.")
                                     .arg(m_finalPath));
        if (::rename(from.constData(), to.constData()) != 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("%1 could not be put in place (%2).")
                                     .arg(m_finalPath, systemError(errno)));
    }
    m_done = true;
    syncFolder(QFileInfo(m_finalPath).absolutePath());
    return {};
}

} // namespace stillpoint::core
