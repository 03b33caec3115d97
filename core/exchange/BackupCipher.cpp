// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupCipher.h"

#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <array>

namespace stillpoint::core {

namespace {

constexpr char Magic[] = { 'S', 'T', 'L', 'P', 'B', 'K', 'U', 'P' };
constexpr quint16 FormatVersion = 1;
constexpr quint8 KdfArgon2id = crypto_pwhash_ALG_ARGON2ID13;
constexpr quint64 MaxOpsLimit = 16;
constexpr quint64 MaxMemLimit = quint64(1) << 30; // 1 GiB: a crafted header may not ask more
constexpr quint32 MinChunkSize = 1024;
constexpr quint32 MaxChunkSize = 16 * 1024 * 1024;
constexpr qsizetype SaltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype StreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype Overhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int LengthPrefix = 4;

static_assert(sizeof(Magic) + 2 + 1 + 1 + 8 + 8 + SaltSize + 4 + StreamHeaderSize
                      == BackupCipher::HeaderSize,
              "the header layout adds up to HeaderSize");

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

// The key's bytes are wiped when it goes out of scope.
struct WipedKey
{
    Key bytes{};
    ~WipedKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

void putBigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

quint64 getBigEndian(const QByteArray &in, qsizetype offset, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | static_cast<quint8>(in.at(offset + i));
    return value;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

struct Header
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;
    quint32 chunkSize = 0;
    QByteArray streamHeader;
};

QByteArray encodeHeader(const Header &header)
{
    QByteArray out(Magic, sizeof(Magic));
    putBigEndian(out, FormatVersion, 2);
    putBigEndian(out, KdfArgon2id, 1);
    putBigEndian(out, 0, 1);
    putBigEndian(out, header.opsLimit, 8);
    putBigEndian(out, header.memLimit, 8);
    out.append(header.salt);
    putBigEndian(out, header.chunkSize, 4);
    out.append(header.streamHeader);
    return out;
}

Error notABackup()
{
    return makeError(ErrorCode::NotADatabase,
                     QStringLiteral("The file is not an encrypted Stillpoint backup (it does not "
                                    "start like one)."));
}

Error unreadableHeader()
{
    return makeError(ErrorCode::NotADatabase,
                     QStringLiteral("The backup's header is damaged or comes from a newer version "
                                    "of Stillpoint, so it cannot be read."));
}

Result<Header> decodeHeader(const QByteArray &raw)
{
    if (raw.size() < BackupCipher::HeaderSize)
        return raw.startsWith(QByteArray(Magic, sizeof(Magic))) ? unreadableHeader() : notABackup();
    if (!raw.startsWith(QByteArray(Magic, sizeof(Magic))))
        return notABackup();
    qsizetype at = sizeof(Magic);
    const quint64 version = getBigEndian(raw, at, 2);
    const quint64 kdf = getBigEndian(raw, at + 2, 1);
    const quint64 reserved = getBigEndian(raw, at + 3, 1);
    at += 4;
    Header header;
    header.opsLimit = getBigEndian(raw, at, 8);
    header.memLimit = getBigEndian(raw, at + 8, 8);
    at += 16;
    header.salt = raw.mid(at, SaltSize);
    at += SaltSize;
    header.chunkSize = static_cast<quint32>(getBigEndian(raw, at, 4));
    at += 4;
    header.streamHeader = raw.mid(at, StreamHeaderSize);
    if (version != FormatVersion || kdf != KdfArgon2id || reserved != 0
        || header.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.opsLimit > MaxOpsLimit
        || header.memLimit < crypto_pwhash_MEMLIMIT_MIN || header.memLimit > MaxMemLimit
        || header.chunkSize < MinChunkSize || header.chunkSize > MaxChunkSize)
        return unreadableHeader();
    return header;
}

Status deriveKey(Key &key, const QString &passphrase, const Header &header)
{
    // The same passphrase typed on another system must give the same key.
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const int derived = crypto_pwhash(
            key.data(), key.size(), secret.constData(),
            static_cast<unsigned long long>(secret.size()), bytes(header.salt), header.opsLimit,
            static_cast<size_t>(header.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (derived != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("There is not enough memory to derive the backup key "
                                        "(%1 MiB are needed). Close other programs and try again.")
                                 .arg(header.memLimit / (1024 * 1024)));
    return {};
}

Status writeAll(QIODevice &out, const QByteArray &data)
{
    if (out.write(data) != data.size())
        return makeError(ErrorCode::Io,
                         QStringLiteral("The backup file could not be written: the disk may be "
                                        "full or removed (%1).")
                                 .arg(out.errorString()));
    return {};
}

// Reads exactly `size` bytes; fewer only at the end of the device.
QByteArray readExactly(QIODevice &in, qint64 size)
{
    QByteArray data;
    data.reserve(size);
    while (data.size() < size) {
        const QByteArray part = in.read(size - data.size());
        if (part.isEmpty())
            break;
        data.append(part);
    }
    return data;
}

bool ensureSodium()
{
    return sodium_init() >= 0;
}

} // namespace

BackupKdf BackupKdf::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

BackupKdf BackupKdf::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

bool BackupCipher::isEncryptedBackup(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
            && file.read(sizeof(Magic)) == QByteArray(Magic, sizeof(Magic));
}

Status BackupCipher::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A backup passphrase needs at least %1 characters; a few "
                                        "unrelated words are easy to remember and hard to guess.")
                                 .arg(MinimumPassphraseLength),
                         QStringLiteral("passphrase"));
    return {};
}

Status BackupCipher::encrypt(QIODevice &plain, QIODevice &out, const QString &passphrase,
                             const BackupMetadata &metadata, const BackupKdf &kdf,
                             const BackupProgress &progress)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Io, QStringLiteral("The encryption library could not start."));
    if (Status strong = checkPassphrase(passphrase); !strong)
        return strong;

    Header header;
    header.opsLimit = kdf.opsLimit;
    header.memLimit = kdf.memLimit;
    header.salt = QByteArray(SaltSize, '\0');
    randombytes_buf(bytes(header.salt), static_cast<size_t>(header.salt.size()));
    header.chunkSize = ChunkSize;
    header.streamHeader = QByteArray(StreamHeaderSize, '\0');

    WipedKey key;
    if (Status derived = deriveKey(key.bytes, passphrase, header); !derived)
        return derived;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(header.streamHeader),
                                                    key.bytes.data());
    const QByteArray headerBytes = encodeHeader(header);
    if (Status written = writeAll(out, headerBytes); !written)
        return written;

    const auto pushChunk = [&](const QByteArray &message, unsigned char tag) -> Status {
        QByteArray cipher(message.size() + Overhead, '\0');
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
                &state, bytes(cipher), &cipherLength, bytes(message),
                static_cast<unsigned long long>(message.size()), bytes(headerBytes),
                static_cast<unsigned long long>(headerBytes.size()), tag);
        QByteArray framed;
        putBigEndian(framed, cipherLength, LengthPrefix);
        framed.append(cipher.constData(), static_cast<qsizetype>(cipherLength));
        return writeAll(out, framed);
    };

    QJsonObject meta{
        { QStringLiteral("created"), metadata.createdUtc.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("app"), metadata.appVersion },
        { QStringLiteral("schema"), metadata.schemaVersion },
        { QStringLiteral("size"), QString::number(metadata.size) },
    };
    if (Status pushed = pushChunk(QJsonDocument(meta).toJson(QJsonDocument::Compact),
                                  crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        !pushed)
        return pushed;

    qint64 done = 0;
    QByteArray chunk = readExactly(plain, ChunkSize);
    for (;;) {
        // Read ahead one chunk so the last one can be tagged FINAL.
        const QByteArray next =
                chunk.size() == ChunkSize ? readExactly(plain, ChunkSize) : QByteArray();
        const bool last = next.isEmpty();
        if (Status pushed = pushChunk(chunk,
                                      last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                           : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
            !pushed)
            return pushed;
        done += chunk.size();
        if (progress && !progress(done, metadata.size))
            return makeError(ErrorCode::Io, QStringLiteral("The backup was cancelled."));
        if (last)
            break;
        chunk = next;
    }
    if (done != metadata.size)
        return makeError(ErrorCode::Io,
                         QStringLiteral("The practice file changed size while it was being "
                                        "encrypted (%1 bytes instead of %2).")
                                 .arg(done)
                                 .arg(metadata.size));
    return {};
}

Result<BackupMetadata> BackupCipher::decrypt(QIODevice &in, QIODevice &plainOut,
                                             const QString &passphrase,
                                             const BackupProgress &progress)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Io, QStringLiteral("The encryption library could not start."));
    const QByteArray headerBytes = readExactly(in, HeaderSize);
    auto header = decodeHeader(headerBytes);
    if (!header)
        return header.error();

    WipedKey key;
    if (Status derived = deriveKey(key.bytes, passphrase, *header); !derived)
        return derived.error();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(header->streamHeader),
                                                        key.bytes.data())
        != 0)
        return unreadableHeader();

    const qint64 maxCipher = qint64(header->chunkSize) + Overhead;
    BackupMetadata metadata;
    qint64 done = 0;
    for (int index = 0;; ++index) {
        const QByteArray prefix = readExactly(in, LengthPrefix);
        if (prefix.size() < LengthPrefix)
            return makeError(ErrorCode::NotADatabase,
                             prefix.isEmpty() && index == 0
                                     ? QStringLiteral("The backup file holds only its header: "
                                                      "it was cut short.")
                                     : QStringLiteral("The backup file is incomplete: it ends "
                                                      "before its last part, so it was probably "
                                                      "cut short while being copied."));
        const auto length = static_cast<qint64>(getBigEndian(prefix, 0, LengthPrefix));
        if (length < Overhead || length > (index == 0 ? qint64(4096) : maxCipher))
            return makeError(ErrorCode::NotADatabase,
                             index == 0 ? QStringLiteral("The backup could not be unlocked: the "
                                                         "passphrase is wrong, or the start of "
                                                         "the file is damaged.")
                                        : QStringLiteral("The backup file is damaged (part %1 "
                                                         "has an impossible length).")
                                                  .arg(index));
        const QByteArray cipher = readExactly(in, length);
        if (cipher.size() < length)
            return makeError(ErrorCode::NotADatabase,
                             QStringLiteral("The backup file is incomplete: it ends in the "
                                            "middle of part %1, so it was probably cut short "
                                            "while being copied.")
                                     .arg(index));
        QByteArray message(length - Overhead, '\0');
        unsigned long long messageLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                    &state, bytes(message), &messageLength, &tag, bytes(cipher),
                    static_cast<unsigned long long>(cipher.size()), bytes(headerBytes),
                    static_cast<unsigned long long>(headerBytes.size()))
            != 0) {
            if (index == 0)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("The backup could not be unlocked: the "
                                                "passphrase is wrong, or the start of the file "
                                                "is damaged."),
                                 QStringLiteral("passphrase"));
            return makeError(ErrorCode::NotADatabase,
                             QStringLiteral("The backup file is damaged: part %1 failed its "
                                            "check, so the file was changed, corrupted or put "
                                            "together in the wrong order after it was written.")
                                     .arg(index));
        }
        message.truncate(static_cast<qsizetype>(messageLength));

        if (index == 0) {
            const QJsonObject meta = QJsonDocument::fromJson(message).object();
            metadata.createdUtc = QDateTime::fromString(
                    meta.value(QStringLiteral("created")).toString(), Qt::ISODate);
            metadata.appVersion = meta.value(QStringLiteral("app")).toString();
            metadata.schemaVersion = meta.value(QStringLiteral("schema")).toInt();
            metadata.size = meta.value(QStringLiteral("size")).toString().toLongLong();
            if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || metadata.size < 0)
                return makeError(ErrorCode::NotADatabase,
                                 QStringLiteral("The backup file is damaged: its description "
                                                "cannot be read."));
            continue;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
            && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return makeError(ErrorCode::NotADatabase,
                             QStringLiteral("The backup file is damaged: part %1 is of an "
                                            "unknown kind.")
                                     .arg(index));
        if (plainOut.write(message) != message.size())
            return makeError(ErrorCode::Io,
                             QStringLiteral("The restored file could not be written: the disk "
                                            "may be full or removed (%1).")
                                     .arg(plainOut.errorString()));
        done += message.size();
        if (progress && !progress(done, metadata.size))
            return makeError(ErrorCode::Io, QStringLiteral("The restore was cancelled."));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }

    const QByteArray extra = in.read(4096);
    if (!extra.isEmpty())
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("The backup file has data after its end: it was changed "
                                        "after it was written."));
    if (done != metadata.size)
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("The backup file is damaged: it holds %1 bytes where "
                                        "its description says %2.")
                                 .arg(done)
                                 .arg(metadata.size));
    return metadata;
}

} // namespace stillpoint::core
