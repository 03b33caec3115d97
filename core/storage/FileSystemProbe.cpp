// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileSystemProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>

#include <fcntl.h>

namespace stillpoint::core {

namespace {

// mountinfo escapes space, tab, newline and backslash in paths as three octal digits.
QString unescapeMountField(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        out += field.at(i);
    }
    return out;
}

bool isBelow(const QString &path, const QString &mountPoint)
{
    if (mountPoint == QLatin1String("/"))
        return path.startsWith(u'/');
    return path == mountPoint || path.startsWith(mountPoint + u'/');
}

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

// The nearest folder at or above `folder` that exists, canonical (symbolic links resolved).
QString existingCanonicalFolder(const QString &folder)
{
    QString current = QFileInfo(folder).absoluteFilePath();
    for (int guard = 0; guard < 256; ++guard) {
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        const QString parent = info.absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    return QStringLiteral("/");
}

bool fscryptEncrypted(const QString &folder)
{
    struct statx attributes
    { };
    const QByteArray native = QFile::encodeName(folder);
    if (statx(AT_FDCWD, native.constData(), 0, STATX_BASIC_STATS, &attributes) != 0)
        return false;
    return (attributes.stx_attributes_mask & STATX_ATTR_ENCRYPTED) != 0
            && (attributes.stx_attributes & STATX_ATTR_ENCRYPTED) != 0;
}

} // namespace

FileSystemProbe::~FileSystemProbe() = default;

const FileSystemProbe &FileSystemProbe::system()
{
    static const SystemFileSystemProbe probe;
    return probe;
}

std::optional<MountEntry> FileSystemProbe::mountFor(const QString &mountInfoText,
                                                    const QString &path)
{
    std::optional<MountEntry> best;
    const QStringList lines = mountInfoText.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        const qsizetype separator = fields.indexOf(QStringLiteral("-"));
        // id, parent, major:minor, root, mount point, options, [optional…], -, type, source
        if (separator < 6 || separator + 2 >= fields.size())
            continue;
        MountEntry entry{ unescapeMountField(fields.at(4)), fields.at(separator + 1),
                          unescapeMountField(fields.at(separator + 2)), fields.at(2) };
        if (!isBelow(path, entry.mountPoint))
            continue;
        // The longest mount point wins; among equals the later line (mounted on top).
        if (!best || entry.mountPoint.size() >= best->mountPoint.size())
            best = entry;
    }
    return best;
}

bool FileSystemProbe::isNetworkType(const QString &type)
{
    static const QStringList network{
        QStringLiteral("nfs"),         QStringLiteral("nfs4"),
        QStringLiteral("cifs"),        QStringLiteral("smb3"),
        QStringLiteral("smbfs"),       QStringLiteral("sshfs"),
        QStringLiteral("fuse.sshfs"),  QStringLiteral("afs"),
        QStringLiteral("ncpfs"),       QStringLiteral("ceph"),
        QStringLiteral("glusterfs"),   QStringLiteral("fuse.glusterfs"),
        QStringLiteral("davfs"),       QStringLiteral("fuse.davfs2"),
        QStringLiteral("fuse.rclone"), QStringLiteral("fuse.s3fs"),
        QStringLiteral("lustre"),
    };
    return network.contains(type.toLower());
}

bool FileSystemProbe::isNetworkMagic(qint64 magic)
{
    switch (magic) {
    case 0x6969: // NFS
    case 0x517B: // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x73757245: // Coda
    case 0x5346414F: // AFS
    case 0x6B414653: // kAFS
    case 0x564C: // NCP
    case 0x00C36400: // Ceph
        return true;
    default:
        return false;
    }
}

SystemFileSystemProbe::SystemFileSystemProbe(QString mountInfoPath, QString sysRoot)
    : m_mountInfoPath(std::move(mountInfoPath)), m_sysRoot(std::move(sysRoot))
{ }

FileSystemInfo SystemFileSystemProbe::inspect(const QString &folder) const
{
    FileSystemInfo info;
    const QString path = existingCanonicalFolder(folder);

    struct statfs fs
    { };
    if (statfs(QFile::encodeName(path).constData(), &fs) == 0
        && isNetworkMagic(static_cast<qint64>(fs.f_type)))
        info.network = true;

    QFile mountInfo(m_mountInfoPath);
    std::optional<MountEntry> mount;
    if (mountInfo.open(QIODevice::ReadOnly))
        mount = mountFor(QString::fromUtf8(mountInfo.readAll()), path);
    if (mount) {
        info.type = mount->type;
        info.network = info.network || isNetworkType(mount->type);
    }
    if (info.network)
        return info; // whatever the server does with the disk cannot be seen from here

    if (fscryptEncrypted(path)) {
        info.encryption = FileSystemInfo::Encryption::Encrypted;
        info.encryptionLayer = QStringLiteral("fscrypt");
        return info;
    }
    if (!mount)
        return info;
    if (mount->type == QLatin1String("ecryptfs")) {
        info.encryption = FileSystemInfo::Encryption::Encrypted;
        info.encryptionLayer = QStringLiteral("eCryptfs");
        return info;
    }

    // The block device: the source's when it is a device node (btrfs reports an anonymous
    // device number in mountinfo), otherwise mountinfo's own number.
    QString device;
    struct stat sourceStat
    { };
    if (mount->source.startsWith(QLatin1String("/dev/"))
        && stat(QFile::encodeName(mount->source).constData(), &sourceStat) == 0
        && S_ISBLK(sourceStat.st_mode))
        device = QStringLiteral("%1:%2")
                         .arg(major(sourceStat.st_rdev))
                         .arg(minor(sourceStat.st_rdev));
    else
        device = mount->device;
    if (!QFileInfo::exists(m_sysRoot + QStringLiteral("/dev/block/") + device))
        return info; // not on a block device Stillpoint can see: tmpfs, overlay, ZFS…
    if (onDmCrypt(device)) {
        info.encryption = FileSystemInfo::Encryption::Encrypted;
        info.encryptionLayer = QStringLiteral("dm-crypt");
    } else {
        info.encryption = FileSystemInfo::Encryption::NotEncrypted;
    }
    return info;
}

bool SystemFileSystemProbe::onDmCrypt(const QString &device, int depth) const
{
    if (depth > 8)
        return false;
    const QString base = m_sysRoot + QStringLiteral("/dev/block/") + device;
    if (readSmallFile(base + QStringLiteral("/dm/uuid")).startsWith(QLatin1String("CRYPT-")))
        return true;
    // LVM on LUKS and the like: the device is built on others, listed as its slaves.
    const QDir slaves(base + QStringLiteral("/slaves"));
    const QStringList names = slaves.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString slaveDevice = readSmallFile(slaves.filePath(name) + QStringLiteral("/dev"));
        if (!slaveDevice.isEmpty() && onDmCrypt(slaveDevice, depth + 1))
            return true;
    }
    return false;
}

} // namespace stillpoint::core
