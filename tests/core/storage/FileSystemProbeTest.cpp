// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileSystemProbe.h"
#include "core/storage/Database.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// A probe that says what the test wants.
class PretendProbe final : public FileSystemProbe
{
public:
    explicit PretendProbe(FileSystemInfo info) : m_info(std::move(info)) { }
    FileSystemInfo inspect(const QString &) const override { return m_info; }

private:
    FileSystemInfo m_info;
};

FileSystemInfo onShare(const QString &type)
{
    FileSystemInfo info;
    info.type = type;
    info.network = true;
    return info;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text) == text.size());
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const char *const SampleMountInfo =
        "22 27 0:21 / /proc rw,relatime - proc proc rw\n"
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "40 27 0:45 / /home rw,relatime shared:1 - ext4 /dev/mapper/home rw\n"
        "41 40 0:46 /export /home/anna/Clinic\\040Share rw,relatime - nfs4 nas:/export rw\n"
        "42 40 0:47 / /home/anna/remote rw,nosuid,nodev - fuse.sshfs anna@server:/srv rw\n"
        "43 40 0:48 / /home/anna/smb rw - cifs //nas/clinic rw\n"
        "44 40 0:49 / /home/anna/usb rw - fuseblk /dev/sdb1 rw\n";

} // namespace

TEST_CASE("the mount holding a path is the longest mount point above it", "[storage][filesystem]")
{
    const QString info = QString::fromLatin1(SampleMountInfo);
    CHECK(FileSystemProbe::mountFor(info, QStringLiteral("/etc"))->type == QLatin1String("ext4"));
    CHECK(FileSystemProbe::mountFor(info, QStringLiteral("/home/anna"))->source
          == QLatin1String("/dev/mapper/home"));
    const auto share = FileSystemProbe::mountFor(info, QStringLiteral("/home/anna/Clinic Share/x"));
    REQUIRE(share);
    CHECK(share->type == QLatin1String("nfs4"));
    CHECK(share->mountPoint == QLatin1String("/home/anna/Clinic Share"));
    CHECK(share->device == QLatin1String("0:46"));
    // "/home/anna/remoteX" is not below "/home/anna/remote".
    CHECK(FileSystemProbe::mountFor(info, QStringLiteral("/home/anna/remoteX"))->type
          == QLatin1String("ext4"));
}

TEST_CASE("NFS SMB and sshfs are network file systems and local ones are not",
          "[storage][filesystem]")
{
    for (const char *type : { "nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "sshfs" })
        CHECK(FileSystemProbe::isNetworkType(QString::fromLatin1(type)));
    for (const char *type : { "ext4", "btrfs", "xfs", "tmpfs", "fuseblk", "vfat", "overlay" })
        CHECK_FALSE(FileSystemProbe::isNetworkType(QString::fromLatin1(type)));
    CHECK(FileSystemProbe::isNetworkMagic(0x6969)); // NFS
    CHECK(FileSystemProbe::isNetworkMagic(0xFF534D42)); // CIFS
    CHECK(FileSystemProbe::isNetworkMagic(0xFE534D42)); // SMB2
    CHECK_FALSE(FileSystemProbe::isNetworkMagic(0xEF53)); // ext2/3/4
    CHECK_FALSE(FileSystemProbe::isNetworkMagic(0x65735546)); // FUSE: mountinfo decides
}

TEST_CASE("the system probe reads mountinfo and the block devices under a folder",
          "[storage][filesystem]")
{
    QTemporaryDir fake;
    REQUIRE(fake.isValid());
    const QString folder = QDir(fake.path()).canonicalPath();
    const QString sys = folder + QStringLiteral("/sys");
    const QString mountInfo = folder + QStringLiteral("/mountinfo");
    const auto mountedAs = [&](const QString &type, const QString &device) {
        write(mountInfo,
              QStringLiteral("27 1 %1 / / rw - %2 /not/a/device rw\n").arg(device, type).toUtf8());
        return SystemFileSystemProbe(mountInfo, sys).inspect(folder);
    };

    SECTION("a share")
    {
        for (const char *type : { "nfs4", "fuse.sshfs", "cifs" }) {
            const FileSystemInfo info =
                    mountedAs(QString::fromLatin1(type), QStringLiteral("0:50"));
            CHECK(info.network);
            CHECK(info.type == QLatin1String(type));
            CHECK(info.encryption == FileSystemInfo::Encryption::Unknown);
        }
    }
    SECTION("LVM on LUKS is encrypted")
    {
        // dm-1 (LVM) is built on dm-0 (LUKS), which is built on a partition.
        write(sys + QStringLiteral("/dev/block/253:1/dm/uuid"), "LVM-abc\n");
        write(sys + QStringLiteral("/dev/block/253:1/slaves/dm-0/dev"), "253:0\n");
        write(sys + QStringLiteral("/dev/block/253:0/dm/uuid"), "CRYPT-LUKS2-0123-root\n");
        write(sys + QStringLiteral("/dev/block/253:0/slaves/nvme0n1p3/dev"), "259:3\n");
        QDir().mkpath(sys + QStringLiteral("/dev/block/259:3"));
        const FileSystemInfo info = mountedAs(QStringLiteral("ext4"), QStringLiteral("253:1"));
        CHECK_FALSE(info.network);
        CHECK(info.encryption == FileSystemInfo::Encryption::Encrypted);
        CHECK(info.encryptionLayer == QLatin1String("dm-crypt"));
    }
    SECTION("a plain partition is not encrypted")
    {
        QDir().mkpath(sys + QStringLiteral("/dev/block/8:2"));
        CHECK(mountedAs(QStringLiteral("ext4"), QStringLiteral("8:2")).encryption
              == FileSystemInfo::Encryption::NotEncrypted);
    }
    SECTION("LVM without LUKS is not encrypted")
    {
        write(sys + QStringLiteral("/dev/block/253:4/dm/uuid"), "LVM-xyz\n");
        write(sys + QStringLiteral("/dev/block/253:4/slaves/sda2/dev"), "8:2\n");
        QDir().mkpath(sys + QStringLiteral("/dev/block/8:2"));
        CHECK(mountedAs(QStringLiteral("xfs"), QStringLiteral("253:4")).encryption
              == FileSystemInfo::Encryption::NotEncrypted);
    }
    SECTION("no block device to look at cannot be told")
    {
        CHECK(mountedAs(QStringLiteral("tmpfs"), QStringLiteral("0:30")).encryption
              == FileSystemInfo::Encryption::Unknown);
        CHECK(mountedAs(QStringLiteral("overlay"), QStringLiteral("0:31")).encryption
              == FileSystemInfo::Encryption::Unknown);
    }
}

TEST_CASE("this computer's probe answers for a temporary folder", "[storage][filesystem]")
{
    QTemporaryDir dir;
    const FileSystemInfo info = FileSystemProbe::system().inspect(dir.path());
    CHECK_FALSE(info.network);
    CHECK_FALSE(info.type.isEmpty());
    // And for a folder not made yet: its nearest existing parent's.
    CHECK(FileSystemProbe::system().inspect(dir.filePath(QStringLiteral("a/b/c"))).type
          == info.type);
}

TEST_CASE("a practice file on a network share is refused read-write and left unchanged",
          "[storage][filesystem]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("practice.stillpoint"));
    const PretendProbe nfs(onShare(QStringLiteral("nfs4")));

    // A new file is not even created.
    auto created = Database::open(path, Database::OpenMode::CreateIfMissing, nfs);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(QLatin1String("network share (nfs4)")));
    CHECK(created.error().message.contains(QLatin1String("get corrupted")));
    CHECK(created.error().message.contains(QLatin1String("Copy the file to this computer")));
    CHECK(created.error().message.contains(QLatin1String("database server")));
    CHECK_FALSE(QFileInfo::exists(path));

    {
        auto local = Database::open(path);
        REQUIRE(local.ok());
    }
    const QByteArray before = sha256(path);
    for (const char *type : { "cifs", "fuse.sshfs" }) {
        auto existing = Database::open(path, Database::OpenMode::ExistingOnly,
                                       PretendProbe(onShare(QString::fromLatin1(type))));
        REQUIRE_FALSE(existing.ok());
        CHECK(existing.error().message.contains(QString::fromLatin1(type)));
    }
    CHECK(sha256(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // Reading it there is fine (a check, a restore from a backup on a NAS).
    auto readOnly = Database::open(path, Database::OpenMode::ReadOnly, nfs);
    REQUIRE(readOnly.ok());
    CHECK(readOnly.value()->fileSystem().network);
    CHECK(readOnly.value()->check().ok());
}

TEST_CASE("an unencrypted or unknown disk is warned about but opened", "[storage][filesystem]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("practice.stillpoint"));
    FileSystemInfo plain;
    plain.type = QStringLiteral("ext4");
    plain.encryption = FileSystemInfo::Encryption::NotEncrypted;
    {
        auto opened =
                Database::open(path, Database::OpenMode::CreateIfMissing, PretendProbe(plain));
        REQUIRE(opened.ok());
        CHECK(opened.value()->encryptionWarning().contains(
                QLatin1String("not on an encrypted disk")));
    }
    FileSystemInfo unknown;
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly, PretendProbe(unknown));
        REQUIRE(opened.ok());
        CHECK(opened.value()->encryptionWarning().contains(QLatin1String("could not tell")));
    }
    FileSystemInfo encrypted;
    encrypted.encryption = FileSystemInfo::Encryption::Encrypted;
    encrypted.encryptionLayer = QStringLiteral("dm-crypt");
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly, PretendProbe(encrypted));
    REQUIRE(opened.ok());
    CHECK(opened.value()->encryptionWarning().isEmpty());
}
