// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)));
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file with the given application id and user_version, without Stillpoint.
void makeForeignSqliteFile(const QString &path, int applicationId, int userVersion)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("every connection sets the durability and safety pragmas", "[storage]")
{
    test::TestDatabase t;
    CHECK(pragma(t.db(), "journal_mode").toString() == QLatin1String("wal"));
    CHECK(pragma(t.db(), "synchronous").toInt() == 2); // FULL
    CHECK(pragma(t.db(), "foreign_keys").toInt() == 1);
    CHECK(pragma(t.db(), "busy_timeout").toInt() == 5000);
    CHECK(pragma(t.db(), "trusted_schema").toInt() == 0);

    // and again on a reopened file: pragmas are per connection, not stored
    const QString path = t.path();
    auto reopened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(reopened.ok());
    CHECK(pragma(*reopened.value(), "foreign_keys").toInt() == 1);
    CHECK(pragma(*reopened.value(), "trusted_schema").toInt() == 0);
    CHECK(pragma(*reopened.value(), "synchronous").toInt() == 2);
}

TEST_CASE("a new practice file is stamped as Stillpoint's and migrated to the latest schema",
          "[storage]")
{
    test::TestDatabase t;
    CHECK(pragma(t.db(), "application_id").toInt() == Database::ApplicationId);
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() == Migrations::all().constLast().version);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('clients', 'client_alerts')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(t.db().check().ok());
}

TEST_CASE("the migration ladder is numbered from 1 without gaps", "[storage]")
{
    int expected = 1;
    for (const Migration &step : Migrations::all()) {
        CHECK(step.version == expected);
        CHECK_FALSE(step.statements.isEmpty());
        ++expected;
    }
}

TEST_CASE("an empty file is migrated from version 0", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.stillpoint"));
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("reopening an up-to-date file keeps its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.stillpoint"));
    {
        auto first = Database::open(path);
        REQUIRE(first.ok());
        QSqlQuery q(first.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO clients (given_name, created_at, updated_at) "
                                      "VALUES ('Ada', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z')")));
    }
    auto second = Database::open(path);
    REQUIRE(second.ok());
    QSqlQuery q(second.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a file that is not a database is refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Shopping list: lavender oil, towels, more towels\n");
    }
    const QByteArray before = sha256(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QLatin1String("not a Stillpoint practice file")));
    CHECK(opened.error().message.contains(path));
    CHECK(sha256(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("another program's SQLite database is refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    makeForeignSqliteFile(path, 0, 3);
    const QByteArray before = sha256(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QLatin1String("not a Stillpoint practice file")));
    CHECK(sha256(path) == before);
}

TEST_CASE("a Stillpoint file from a newer version is refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.stillpoint"));
    makeForeignSqliteFile(path, Database::ApplicationId, Database::latestSchemaVersion() + 1);
    const QByteArray before = sha256(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::TooNew);
    CHECK(opened.error().message.contains(QLatin1String("newer version of Stillpoint")));
    CHECK(opened.error().message.contains(QLatin1String("Update")));
    CHECK(sha256(path) == before);
}

TEST_CASE("a practice file cannot be created where the folder is really a file", "[storage]")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto opened = Database::open(blocker + QStringLiteral("/practice.stillpoint"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Io);
    CHECK(opened.error().message.contains(blocker));
}

TEST_CASE("opening an existing practice only never creates a file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.stillpoint"));
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotFound);
    CHECK(opened.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a new practice file and its new folder are private to the user", "[storage]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/stillpoint"));
    const QString path = folder + QStringLiteral("/practice.stillpoint");
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK(QFile::permissions(path)
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const auto folderPermissions = QFile::permissions(folder);
    CHECK((folderPermissions
           & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
              | QFile::WriteOther | QFile::ExeOther))
          == 0);
}

TEST_CASE("the integrity check reports a row that refers to a missing client", "[storage]")
{
    test::TestDatabase t;
    CHECK(t.db().check().ok());
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO client_alerts (client_id, position, text) "
                                  "VALUES (999, 0, 'orphan')")));
    const IntegrityReport report = t.db().check();
    CHECK_FALSE(report.ok());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.constFirst().contains(QLatin1String("client_alerts")));
    CHECK(report.schemaVersion == Database::latestSchemaVersion());
}

TEST_CASE("the database refuses to delete a client row", "[storage]")
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(
            QStringLiteral("INSERT INTO clients (given_name, created_at, updated_at) "
                           "VALUES ('Ada', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM clients")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a read-only open checks an older practice file without changing it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.stillpoint"));
    makeForeignSqliteFile(path, Database::ApplicationId, 1);
    const QByteArray before = sha256(path);
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    const IntegrityReport report = opened.value()->check();
    CHECK(report.schemaVersion == 1);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.join(QLatin1Char('\n'))
                  .contains(QStringLiteral("Schema version is 1, expected %1")
                                    .arg(Database::latestSchemaVersion())));
    opened.value().reset();
    CHECK(sha256(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a read-only open refuses an empty file instead of making it a practice", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.stillpoint"));
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QLatin1String("is empty")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a read-only open of an up-to-date practice reports it healthy", "[storage]")
{
    test::TestDatabase t;
    auto opened = Database::open(t.path(), Database::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->check().ok());
    QSqlQuery q(opened.value()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO practice_settings VALUES ('k', 'v')")));
}

TEST_CASE("a populated file of every older version migrates to the latest and keeps its data",
          "[storage]")
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.stillpoint"));
        // The file as that version of Stillpoint left it: its steps of the ladder, a client.
        test::writeOlderPracticeFile(
                path, version,
                { QStringLiteral("INSERT INTO clients (given_name, created_at, updated_at) VALUES "
                                 "('Ada', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')") });

        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == Database::latestSchemaVersion());
        CHECK(opened.value()->check().ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT given_name FROM clients")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Ada"));
    }
}
