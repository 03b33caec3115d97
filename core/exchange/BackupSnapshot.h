// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QString>

class QSqlDatabase;

namespace stillpoint::core {

// Rows in each table of a practice file, by table name.
using TableCounts = QMap<QString, qint64>;

// What a checked copy of a practice file holds.
struct SnapshotCheck
{
    int schemaVersion = 0;
    TableCounts counts;
    qint64 rows() const;
};

// The SQL side of backups: a consistent copy of a practice file and the checks of a copy. Works
// through its own connections, opened by path, so it never disturbs the caller's.
class BackupSnapshot
{
public:
    // Copies the practice file at `sourcePath` into `targetPath` (which must be missing or empty)
    // with VACUUM INTO. Another connection holds the write lock meanwhile, so that the copy and
    // the row counts returned are of the same moment even while other programs use the file.
    static Result<TableCounts> write(const QString &sourcePath, const QString &targetPath);

    // Opens `copyPath` read-only as a Stillpoint practice file and checks it: integrity, foreign
    // keys, schema version and, when `expected` is given, the same rows in every table.
    static Result<SnapshotCheck> verify(const QString &copyPath, const TableCounts *expected);

    // Rows in every table of an open connection.
    static Result<TableCounts> countRows(const QSqlDatabase &db);
    // The differences between two sets of counts as sentences; empty when they agree.
    static QStringList differences(const TableCounts &expected, const TableCounts &actual);

    // A driver message as a sentence for people ("the disk is full" for SQLITE_FULL).
    static QString explain(const QString &driverText);
};

} // namespace stillpoint::core
