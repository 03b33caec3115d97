// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace stillpoint::core {

// What Stillpoint could find out about the file system a folder is on.
struct FileSystemInfo
{
    enum class Encryption {
        Encrypted, // dm-crypt (LUKS), fscrypt or eCryptfs was found under the folder
        NotEncrypted, // a local disk with no encryption layer between it and the folder
        Unknown, // nothing conclusive (a RAM disk, a container's overlay, ZFS…)
    };

    QString type; // "ext4", "nfs4", "fuse.sshfs"; empty when unknown
    bool network = false; // NFS, SMB/CIFS, sshfs and other shares
    Encryption encryption = Encryption::Unknown;
    QString encryptionLayer; // "dm-crypt", "fscrypt", "eCryptfs" when encrypted
};

// One line of /proc/self/mountinfo, the fields Stillpoint uses.
struct MountEntry
{
    QString mountPoint;
    QString type;
    QString source;
    QString device; // "major:minor"
};

// Looks at the file system under a folder: is it a network share (where SQLite's locking cannot be
// trusted), and is it encrypted. An interface so that tests can pretend to be on a share.
class FileSystemProbe
{
public:
    virtual ~FileSystemProbe();

    // `folder` need not exist yet: its nearest existing parent is inspected.
    virtual FileSystemInfo inspect(const QString &folder) const = 0;

    // The probe of this computer (statfs, /proc/self/mountinfo, /sys).
    static const FileSystemProbe &system();

    // The mount that holds `path` (an absolute, canonical path) in mountinfo `text`.
    static std::optional<MountEntry> mountFor(const QString &mountInfoText, const QString &path);
    // Whether a mountinfo type names a network file system ("nfs4", "cifs", "fuse.sshfs"…).
    static bool isNetworkType(const QString &type);
    // Whether a statfs f_type magic number is a network file system's.
    static bool isNetworkMagic(qint64 magic);
};

// The real probe. The paths of mountinfo and of /sys can be moved for tests.
class SystemFileSystemProbe final : public FileSystemProbe
{
public:
    explicit SystemFileSystemProbe(QString mountInfoPath = QStringLiteral("/proc/self/mountinfo"),
                                   QString sysRoot = QStringLiteral("/sys"));

    FileSystemInfo inspect(const QString &folder) const override;

private:
    // Whether the block device "major:minor" is, or sits on, a dm-crypt device.
    bool onDmCrypt(const QString &device, int depth = 0) const;

    QString m_mountInfoPath;
    QString m_sysRoot;
};

} // namespace stillpoint::core
