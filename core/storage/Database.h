// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/FileSystemProbe.h"

#include <QString>
#include <QStringList>

#include <memory>

// Declared only: code outside core's storage and repositories never touches the connection, so the
// UI and the command-line tool need no Qt Sql header at all.
class QSqlDatabase;

namespace stillpoint::core {

// What `Database::check()` found: each problem as a sentence, plus the schema version.
struct IntegrityReport
{
    int schemaVersion = 0;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// Owns one SQLite connection to a practice file. Opening checks that the file is a Stillpoint
// database of a version this build understands before anything is written, then sets the pragmas
// (WAL, synchronous=FULL, foreign keys, busy timeout, trusted_schema off) and migrates the schema.
// A refused file is left byte-for-byte untouched. A file on a network share is opened read-only or
// not at all: SQLite's locking cannot be trusted there.
class Database
{
public:
    // 'STLP' in PRAGMA application_id marks a Stillpoint file.
    static constexpr int ApplicationId = 0x53544C50;

    enum class OpenMode {
        CreateIfMissing, // a new file (and its folder) is created when there is none
        ExistingOnly, // the file must already exist
        ReadOnly, // the file must exist and is not changed at all: no WAL switch, no migration
                  // (for checking a file, possibly an older one, without touching it)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `probe` tells whether the file's folder is on a network share or an encrypted disk; tests
    // pass one that pretends.
    static Result<std::unique_ptr<Database>>
    open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
         const FileSystemProbe &probe = FileSystemProbe::system());

    // The practice file used when no --database is given, under the user's application-data folder.
    static QString defaultPath();
    // The demo practice's file, beside the default one.
    static QString defaultDemoPath();
    // The newest schema version this build knows.
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Integrity check, foreign-key check and schema version.
    IntegrityReport check() const;

    // What was found about the file system the file is on when it was opened.
    const FileSystemInfo &fileSystem() const { return m_fileSystem; }
    // A sentence for the user when the folder is not (or not known to be) on an encrypted disk;
    // empty when it is.
    QString encryptionWarning() const;

    // Error for a failed statement, with the driver's text kept out of anything user-facing
    // besides the short reason; used by repositories.
    static Error storageError(const QString &what, const QString &driverText);

private:
    explicit Database(QString path, QString connectionName);
    Status configureConnection();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    FileSystemInfo m_fileSystem;
};

} // namespace stillpoint::core
