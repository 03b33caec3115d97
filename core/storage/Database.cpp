// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace stillpoint::core {

namespace {

const QByteArray sqliteHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static std::atomic<int> counter{ 0 };
    return QStringLiteral("stillpoint-%1").arg(counter.fetch_add(1));
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return Database::storageError(QStringLiteral("read its settings"),
                                      query.lastError().databaseText());
    return query.value(0).toLongLong();
}

Status exec(QSqlQuery &query, const QString &statement, const QString &what)
{
    if (!query.exec(statement))
        return Database::storageError(what, query.lastError().databaseText());
    return {};
}

// Checks the folder a new file would go in, creating it (private to the user) when allowed.
Status prepareFolder(const QFileInfo &file, Database::OpenMode mode)
{
    const QString folder = file.absolutePath();
    QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        if (mode == Database::OpenMode::ExistingOnly)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("There is no practice file at %1. Check the path, or "
                                            "create a practice with the init command.")
                                     .arg(file.absoluteFilePath()));
        if (!QDir().mkpath(folder))
            return makeError(ErrorCode::Io,
                             QStringLiteral("Stillpoint could not create the folder %1. Choose a "
                                            "folder you can write to.")
                                     .arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        folderInfo.refresh();
    }
    if (!folderInfo.isDir())
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 is not a folder. Choose another place for the "
                                        "practice file.")
                                 .arg(folder));
    if (!folderInfo.isWritable())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint cannot write to the folder %1. Choose a folder "
                                        "you can write to, or ask your administrator for access.")
                                 .arg(folder));
    return {};
}

// Looks at an existing file's first bytes without opening it as a database, so that a file that
// is not SQLite at all is refused before SQLite touches it.
Status checkExistingFile(const QFileInfo &file, bool needWrite)
{
    if (!file.isFile())
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("%1 is not a file. Choose a Stillpoint practice file.")
                                 .arg(file.absoluteFilePath()));
    if (!file.isReadable() || (needWrite && !file.isWritable()))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint cannot read and write %1. Check the file's "
                                        "permissions.")
                                 .arg(file.absoluteFilePath()));
    if (file.size() == 0)
        return {};
    QFile raw(file.absoluteFilePath());
    if (!raw.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint cannot read %1: %2")
                                 .arg(file.absoluteFilePath(), raw.errorString()));
    if (raw.read(sqliteHeader.size()) != sqliteHeader)
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("%1 is not a Stillpoint practice file (it is not a "
                                        "database at all). The file was left unchanged; choose "
                                        "another file.")
                                 .arg(file.absoluteFilePath()));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/practice.stillpoint");
}

QString Database::defaultDemoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/demo.stillpoint");
}

int Database::latestSchemaVersion()
{
    return Migrations::all().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? static_cast<int>(version.value()) : -1;
}

Error Database::storageError(const QString &what, const QString &driverText)
{
    QString message = QStringLiteral("The practice file could not %1").arg(what);
    if (driverText.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive))
        message += QStringLiteral(": the disk is full. Free some space and try again; nothing "
                                  "was saved.");
    else if (driverText.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        message += QStringLiteral(": another program is using it. Try again in a moment.");
    else if (driverText.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
             || driverText.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        message += QStringLiteral(": it is read-only. Check the file's permissions.");
    else if (!driverText.isEmpty())
        message += QStringLiteral(" (%1).").arg(driverText);
    else
        message += QLatin1Char('.');
    return makeError(ErrorCode::Storage, message);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode,
                                                 const FileSystemProbe &probe)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("No practice file was given. Name a file to open."));
    const QFileInfo file(path);
    const QString absolute = file.absoluteFilePath();

    const bool readOnly = mode == OpenMode::ReadOnly;
    const FileSystemInfo fileSystem = probe.inspect(file.absolutePath());
    if (fileSystem.network && !readOnly)
        return makeError(
                ErrorCode::Io,
                QStringLiteral("%1 is on a network share (%2). SQLite files on network shares get "
                               "corrupted when the share loses a lock or caches a write, so "
                               "Stillpoint does not open a practice file there for changes. Copy "
                               "the file to this computer, or use a database server for several "
                               "computers. The file was left unchanged.")
                        .arg(absolute,
                             fileSystem.type.isEmpty() ? QStringLiteral("network file system")
                                                       : fileSystem.type));
    if (file.exists()) {
        if (Status status = checkExistingFile(file, !readOnly); !status)
            return status.error();
        if (!readOnly) {
            if (Status status = prepareFolder(file, OpenMode::ExistingOnly); !status)
                return status.error();
        }
    } else {
        if (mode != OpenMode::CreateIfMissing)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("There is no practice file at %1. Check the path, or "
                                            "create a practice with the init command.")
                                     .arg(absolute));
        if (Status status = prepareFolder(file, mode); !status)
            return status.error();
        // Create the file ourselves so it is private to the user from its first byte.
        QFile created(absolute);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFile::ReadOwner | QFile::WriteOwner))
            return makeError(ErrorCode::Io,
                             QStringLiteral("Stillpoint could not create %1: %2")
                                     .arg(absolute, created.errorString()));
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_fileSystem = fileSystem;
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(absolute);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return storageError(QStringLiteral("be opened"), db.lastError().databaseText());
    }

    // Read-only checks first: a refused file must be left exactly as it was.
    const QSqlDatabase db = database->connection();
    auto applicationId = pragmaValue(db, QStringLiteral("application_id"));
    if (!applicationId) {
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("%1 is not a Stillpoint practice file (it could not be "
                                        "read as a database). The file was left unchanged.")
                                 .arg(absolute));
    }
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
        return storageError(QStringLiteral("be read"), tables.lastError().databaseText());
    const bool empty = tables.value(0).toInt() == 0 && applicationId.value() == 0;
    tables.finish(); // an unfinished statement would hold a read transaction open
    if (!empty && applicationId.value() != ApplicationId)
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("%1 is a database, but not a Stillpoint practice file. "
                                        "The file was left unchanged; choose another file.")
                                 .arg(absolute));
    if (version.value() > latestSchemaVersion())
        return makeError(ErrorCode::TooNew,
                         QStringLiteral("%1 was written by a newer version of Stillpoint (schema "
                                        "%2; this version understands up to %3). Update "
                                        "Stillpoint to open it. The file was left unchanged.")
                                 .arg(absolute)
                                 .arg(version.value())
                                 .arg(latestSchemaVersion()));

    if (readOnly) {
        if (empty)
            return makeError(ErrorCode::NotADatabase,
                             QStringLiteral("%1 is empty: it is not a Stillpoint practice file "
                                            "yet. Create the practice with the init command.")
                                     .arg(absolute));
        return database;
    }
    if (Status status = database->configureConnection(); !status)
        return status.error();
    if (Status status = database->migrate(); !status)
        return status.error();
    return database;
}

Status Database::configureConnection()
{
    QSqlQuery query(connection());
    // WAL lets readers continue while one writer works; FULL sync because clinical records must
    // survive a power cut; trusted_schema off so a crafted file cannot run functions from views.
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"),   QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),    QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
    };
    for (const QString &pragma : pragmas) {
        if (Status status = exec(query, pragma, QStringLiteral("be configured")); !status)
            return status;
    }
    return {};
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    for (const Migration &step : Migrations::all()) {
        auto current = pragmaValue(db, QStringLiteral("user_version"));
        if (!current)
            return current.error();
        if (current.value() >= step.version)
            continue;
        Transaction transaction(*this);
        if (!transaction.status())
            return transaction.status();
        QSqlQuery query(db);
        const QString what = QStringLiteral("be upgraded to schema %1 (%2)")
                                     .arg(step.version)
                                     .arg(step.description);
        for (const QString &statement : step.statements) {
            if (Status status = exec(query, statement, what); !status)
                return status;
        }
        // Version numbers come from the ladder above, never from input.
        if (Status status = exec(
                    query, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), what);
            !status)
            return status;
        if (Status status =
                    exec(query, QStringLiteral("PRAGMA user_version = %1").arg(step.version), what);
            !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

QString Database::encryptionWarning() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (m_fileSystem.encryption) {
    case FileSystemInfo::Encryption::Encrypted:
        return {};
    case FileSystemInfo::Encryption::NotEncrypted:
        return QStringLiteral("The practice file's folder %1 is not on an encrypted disk: if this "
                              "computer is lost or stolen, anyone can read the client records. "
                              "Turn on disk encryption (for example LUKS) or keep the practice "
                              "file on an encrypted disk.")
                .arg(folder);
    case FileSystemInfo::Encryption::Unknown:
        break;
    }
    return QStringLiteral("Stillpoint could not tell whether the practice file's folder %1 is on "
                          "an encrypted disk. Make sure it is: if this computer is lost or "
                          "stolen, anyone could otherwise read the client records.")
            .arg(folder);
}

IntegrityReport Database::check() const
{
    IntegrityReport report;
    report.schemaVersion = schemaVersion();
    const QSqlDatabase db = connection();

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << QStringLiteral("The integrity check could not run: %1")
                                   .arg(query.lastError().databaseText());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << QStringLiteral("Integrity: %1").arg(line);
        }
    }

    QSqlQuery foreignKeys(db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << QStringLiteral("The foreign-key check could not run: %1")
                                   .arg(foreignKeys.lastError().databaseText());
    } else {
        while (foreignKeys.next()) {
            report.problems << QStringLiteral("Row %1 of %2 refers to a missing row of %3")
                                       .arg(foreignKeys.value(1).toString(),
                                            foreignKeys.value(0).toString(),
                                            foreignKeys.value(2).toString());
        }
    }

    if (report.schemaVersion != latestSchemaVersion())
        report.problems << QStringLiteral("Schema version is %1, expected %2")
                                   .arg(report.schemaVersion)
                                   .arg(latestSchemaVersion());
    auto applicationId = pragmaValue(db, QStringLiteral("application_id"));
    if (!applicationId || applicationId.value() != ApplicationId)
        report.problems << QStringLiteral("The file is not marked as a Stillpoint practice file");
    return report;
}

} // namespace stillpoint::core
