// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/exchange/BackupFixture.h"

#include "core/demo/DemoPractice.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace stillpoint::test {

PracticeFile::PracticeFile() : m_path(m_dir.filePath(QStringLiteral("practice.stillpoint")))
{
    REQUIRE(m_dir.isValid());
    auto opened = core::Database::open(m_path);
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

BackupFixture::BackupFixture(int clients)
    : clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()))
{
    REQUIRE(core::DemoPractice::ensureDemoUsers(practice.db(), clock).value());
    if (clients > 0)
        REQUIRE(core::DemoPractice::populate(practice.db(), clients, clock).value() == clients);
    core::Authenticator authenticator(practice.db(), clock);
    const QString password = QString::fromLatin1(core::DemoPractice::DemoPassword);
    owner = authenticator.signIn(QStringLiteral("owner"), password).value();
    frontDesk = authenticator.signIn(QStringLiteral("frontdesk"), password).value();
    REQUIRE(elsewhere.isValid());
}

core::BackupRequest BackupFixture::request(const QString &path, const QString &passphrase)
{
    core::BackupRequest request;
    request.targetPath = path;
    if (!passphrase.isEmpty())
        request.passphrase = passphrase;
    request.kdf = core::BackupKdf::interactive();
    return request;
}

QMap<QString, QStringList> tableContents(const QString &path)
{
    auto opened = core::Database::open(path, core::Database::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    QMap<QString, QStringList> contents;
    QStringList tables;
    {
        QSqlQuery names(opened.value()->connection());
        REQUIRE(names.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (names.next())
            tables << names.value(0).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(opened.value()->connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                cells << (value.isNull() ? QStringLiteral("NULL")
                                  : value.typeId() == QMetaType::QByteArray
                                  ? QString::fromLatin1(value.toByteArray().toHex())
                                  : value.toString());
            }
            lines << cells.join(QChar(0x1f));
        }
        std::sort(lines.begin(), lines.end());
        contents.insert(table, lines);
    }
    return contents;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace stillpoint::test
