// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupCipher.h"
#include "core/exchange/BackupRestorer.h"
#include "core/exchange/BackupWriter.h"
#include "tests/core/exchange/BackupFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QString Passphrase = QStringLiteral("lavender towels at dawn");

// One chunk of an encrypted backup: where its length prefix starts and how long it is with it.
struct Frame
{
    qsizetype offset = 0;
    qsizetype size = 0;
};

QList<Frame> framesOf(const QByteArray &file)
{
    QList<Frame> frames;
    qsizetype at = BackupCipher::HeaderSize;
    while (at + 4 <= file.size()) {
        const auto length = static_cast<qsizetype>(
                (quint32(quint8(file.at(at))) << 24) | (quint32(quint8(file.at(at + 1))) << 16)
                | (quint32(quint8(file.at(at + 2))) << 8) | quint32(quint8(file.at(at + 3))));
        frames.append({ at, 4 + length });
        at += 4 + length;
    }
    return frames;
}

// An encrypted backup of a demo practice, made once for all the tamper cases.
struct EncryptedBackup
{
    test::BackupFixture fixture{ 60 };
    QString path = fixture.elsewherePath(QStringLiteral("good.stillpoint-backup"));
    QByteArray bytes;

    EncryptedBackup()
    {
        auto made = BackupWriter::write(fixture.practice.path(),
                                        test::BackupFixture::request(path, Passphrase),
                                        fixture.clock.nowUtc());
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        bytes = test::readAll(path);
        fixture.practice.close(); // only the backup is needed from here on
    }

    // Made once for all the cases below: the demo practice and the key derivation take a while.
    static EncryptedBackup &shared()
    {
        static EncryptedBackup backup;
        return backup;
    }

    // Writes `changed` as a backup, tries to restore it and expects a refusal whose message
    // matches `expected`, with nothing restored and nothing left behind.
    void expectRefused(const QByteArray &changed, const char *expected,
                       const QString &passphrase = Passphrase)
    {
        const QString tampered =
                fixture.elsewherePath(QStringLiteral("tampered.stillpoint-backup"));
        test::writeAll(tampered, changed);
        const QString restored = fixture.elsewherePath(QStringLiteral("restored.stillpoint"));
        auto back = BackupRestorer::restoreToNewFile(tampered, restored, passphrase);
        REQUIRE_FALSE(back.ok());
        INFO(back.error().message.toStdString());
        CHECK(back.error().message.contains(QLatin1String(expected), Qt::CaseInsensitive));
        CHECK(back.error().message.contains(QLatin1String("Nothing was written")));
        CHECK_FALSE(QFileInfo::exists(restored));
        CHECK(test::filesIn(fixture.elsewhere.path())
              == QStringList({ QStringLiteral("good.stillpoint-backup"),
                               QStringLiteral("tampered.stillpoint-backup") }));
    }
};

QByteArray flipped(QByteArray bytes, qsizetype offset)
{
    bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x01);
    return bytes;
}

} // namespace

TEST_CASE("an encrypted backup is refused when anything about it is wrong", "[backup][tamper]")
{
    EncryptedBackup &backup = EncryptedBackup::shared();
    const QList<Frame> frames = framesOf(backup.bytes);
    // Metadata, at least three data chunks, the last one shorter.
    REQUIRE(frames.size() >= 5);
    REQUIRE(frames.constLast().offset + frames.constLast().size == backup.bytes.size());

    SECTION("the original restores")
    {
        const QString restored = backup.fixture.elsewherePath(QStringLiteral("ok.stillpoint"));
        auto back = BackupRestorer::restoreToNewFile(backup.path, restored, Passphrase);
        INFO((back ? QString() : back.error().message).toStdString());
        CHECK(back.ok());
        CHECK(QFile::remove(restored));
    }
    SECTION("a wrong passphrase")
    {
        backup.expectRefused(backup.bytes, "the passphrase is wrong",
                             QStringLiteral("lavender towels at dusk"));
    }
    SECTION("no passphrase")
    {
        backup.expectRefused(backup.bytes, "passphrase is needed", QString());
    }
    SECTION("one flipped byte in the header's salt")
    {
        backup.expectRefused(flipped(backup.bytes, 30), "the passphrase is wrong, or the start");
    }
    SECTION("one flipped byte in the header's stream nonce")
    {
        backup.expectRefused(flipped(backup.bytes, BackupCipher::HeaderSize - 1),
                             "the passphrase is wrong, or the start");
    }
    SECTION("one flipped byte in the header's format version")
    {
        backup.expectRefused(flipped(backup.bytes, 9), "header is damaged");
    }
    SECTION("one flipped byte in the header's Argon2id memory limit")
    {
        backup.expectRefused(flipped(backup.bytes, 27), "passphrase is wrong, or the start");
    }
    SECTION("one flipped byte in a middle chunk")
    {
        const Frame middle = frames.at(frames.size() / 2);
        backup.expectRefused(flipped(backup.bytes, middle.offset + middle.size / 2), "damaged");
    }
    SECTION("one flipped byte in the last chunk")
    {
        const Frame last = frames.constLast();
        backup.expectRefused(flipped(backup.bytes, last.offset + last.size - 1), "damaged");
    }
    SECTION("one flipped byte in a chunk's length")
    {
        backup.expectRefused(flipped(backup.bytes, frames.at(2).offset + 3), "part 2");
    }
    SECTION("cut short at a chunk boundary so there is no final chunk")
    {
        backup.expectRefused(backup.bytes.left(frames.constLast().offset), "incomplete");
    }
    SECTION("cut short in the middle of a chunk")
    {
        backup.expectRefused(backup.bytes.left(frames.at(2).offset + 1000), "incomplete");
    }
    SECTION("cut short to the header")
    {
        backup.expectRefused(backup.bytes.left(BackupCipher::HeaderSize), "cut short");
    }
    SECTION("two chunks swapped")
    {
        const Frame a = frames.at(1);
        const Frame b = frames.at(2);
        REQUIRE(a.size == b.size);
        QByteArray swapped = backup.bytes;
        swapped.replace(a.offset, a.size, backup.bytes.mid(b.offset, b.size));
        swapped.replace(b.offset, b.size, backup.bytes.mid(a.offset, a.size));
        backup.expectRefused(swapped, "wrong order");
    }
    SECTION("a chunk left out")
    {
        const Frame gone = frames.at(2);
        QByteArray shorter = backup.bytes;
        shorter.remove(gone.offset, gone.size);
        backup.expectRefused(shorter, "damaged");
    }
    SECTION("garbage after the end")
    {
        backup.expectRefused(backup.bytes + QByteArray("tail"), "data after its end");
    }
    SECTION("a whole extra chunk after the end")
    {
        const Frame last = frames.constLast();
        backup.expectRefused(backup.bytes + backup.bytes.mid(last.offset, last.size),
                             "data after its end");
    }
}

TEST_CASE("the cipher round trips empty and exact-chunk inputs", "[backup]")
{
    for (const qsizetype size : { qsizetype(0), qsizetype(1), qsizetype(BackupCipher::ChunkSize),
                                  qsizetype(3 * BackupCipher::ChunkSize + 7) }) {
        QByteArray plain(size, '\0');
        for (qsizetype i = 0; i < size; ++i)
            plain[i] = static_cast<char>(i * 7);
        QBuffer in(&plain);
        in.open(QIODevice::ReadOnly);
        QByteArray encrypted;
        QBuffer out(&encrypted);
        out.open(QIODevice::WriteOnly);
        BackupMetadata metadata;
        metadata.size = size;
        REQUIRE(BackupCipher::encrypt(in, out, Passphrase, metadata, BackupKdf::interactive())
                        .ok());

        QBuffer back(&encrypted);
        back.open(QIODevice::ReadOnly);
        QByteArray decrypted;
        QBuffer result(&decrypted);
        result.open(QIODevice::WriteOnly);
        auto read = BackupCipher::decrypt(back, result, Passphrase);
        INFO(size);
        REQUIRE(read.ok());
        CHECK(read->size == size);
        CHECK(decrypted == plain);
    }
}

TEST_CASE("the same passphrase typed in another Unicode form opens the backup", "[backup]")
{
    QByteArray plain("a practice");
    QBuffer in(&plain);
    in.open(QIODevice::ReadOnly);
    QByteArray encrypted;
    QBuffer out(&encrypted);
    out.open(QIODevice::WriteOnly);
    BackupMetadata metadata;
    metadata.size = plain.size();
    // "Noémie" with é as one character, then as e and a combining accent.
    REQUIRE(BackupCipher::encrypt(in, out, QStringLiteral("No\u00e9mie's towels"), metadata,
                                  BackupKdf::interactive())
                    .ok());
    QBuffer back(&encrypted);
    back.open(QIODevice::ReadOnly);
    QByteArray decrypted;
    QBuffer result(&decrypted);
    result.open(QIODevice::WriteOnly);
    REQUIRE(BackupCipher::decrypt(back, result, QStringLiteral("Noe\u0301mie's towels")).ok());
    CHECK(decrypted == plain);
}
