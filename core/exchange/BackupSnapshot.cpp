// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupSnapshot.h"

#include "core/storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <atomic>

namespace stillpoint::core {

namespace {

// A connection of its own to a file, closed and removed when it goes.
class ScratchConnection
{
public:
    explicit ScratchConnection(const QString &path)
    {
        static std::atomic<int> counter{ 0 };
        m_name = QStringLiteral("stillpoint-backup-%1").arg(counter.fetch_add(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().databaseText();
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

QString quotedIdentifier(const QString &name)
{
    QString doubled = name;
    doubled.replace(u'"', QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

} // namespace

qint64 SnapshotCheck::rows() const
{
    qint64 total = 0;
    for (const qint64 count : counts)
        total += count;
    return total;
}

QString BackupSnapshot::explain(const QString &driverText)
{
    if (driverText.contains(QLatin1String("full"), Qt::CaseInsensitive))
        return QStringLiteral("the disk is full");
    if (driverText.contains(QLatin1String("I/O error"), Qt::CaseInsensitive))
        return QStringLiteral("the disk could not be written: it may be full, removed or failing");
    if (driverText.contains(QLatin1String("unable to open"), Qt::CaseInsensitive))
        return QStringLiteral("the file could not be created or opened");
    if (driverText.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return QStringLiteral("another program kept the practice file busy");
    return driverText.isEmpty() ? QStringLiteral("an unknown error") : driverText;
}

Result<TableCounts> BackupSnapshot::countRows(const QSqlDatabase &db)
{
    QStringList tables;
    {
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
            return makeError(ErrorCode::Storage,
                             QStringLiteral("The tables could not be listed: %1.")
                                     .arg(explain(names.lastError().databaseText())));
        while (names.next())
            tables << names.value(0).toString();
    }
    TableCounts counts;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery count(db);
        // A table name cannot be bound; it comes from the file's own schema and is quoted.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + quotedIdentifier(table))
            || !count.next())
            return makeError(ErrorCode::Storage,
                             QStringLiteral("The rows of %1 could not be counted: %2.")
                                     .arg(table, explain(count.lastError().databaseText())));
        counts.insert(table, count.value(0).toLongLong());
    }
    return counts;
}

QStringList BackupSnapshot::differences(const TableCounts &expected, const TableCounts &actual)
{
    QStringList found;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            found << QStringLiteral("table %1 is missing").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            found << QStringLiteral("table %1 has %2 rows instead of %3")
                             .arg(it.key())
                             .arg(actual.value(it.key()))
                             .arg(it.value());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            found << QStringLiteral("table %1 is unexpected").arg(it.key());
    }
    return found;
}

Result<TableCounts> BackupSnapshot::write(const QString &sourcePath, const QString &targetPath)
{
    ScratchConnection lock(sourcePath);
    ScratchConnection reader(sourcePath);
    if (!lock.isOpen() || !reader.isOpen())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("The practice file could not be opened for the backup: "
                                        "%1.")
                                 .arg(explain(lock.isOpen() ? reader.error() : lock.error())));
    {
        QSqlQuery begin(lock.db());
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return makeError(ErrorCode::Storage,
                             QStringLiteral("The practice file could not be held still for the "
                                            "backup: %1. Try again in a moment.")
                                     .arg(explain(begin.lastError().databaseText())));
    }
    // While `lock` holds the write lock nobody can commit, so the counts and the copy agree.
    auto counts = countRows(reader.db());
    Status copied;
    if (counts) {
        QSqlQuery vacuum(reader.db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(targetPath);
        if (!vacuum.exec())
            copied = makeError(ErrorCode::Io,
                               QStringLiteral("The copy could not be written: %1.")
                                       .arg(explain(vacuum.lastError().databaseText())));
    }
    {
        QSqlQuery rollback(lock.db());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    if (!counts)
        return counts.error();
    if (!copied)
        return copied.error();
    return counts;
}

Result<SnapshotCheck> BackupSnapshot::verify(const QString &copyPath, const TableCounts *expected)
{
    auto opened = Database::open(copyPath, Database::OpenMode::ReadOnly);
    if (!opened)
        return makeError(ErrorCode::NotADatabase,
                         QStringLiteral("The copy cannot be opened as a practice file: %1")
                                 .arg(opened.error().message));
    const Database &copy = *opened.value();
    const IntegrityReport report = copy.check();
    if (!report.ok())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("The copy failed its check: %1.")
                                 .arg(report.problems.join(QStringLiteral("; "))));
    auto counts = countRows(copy.connection());
    if (!counts)
        return counts.error();
    if (expected) {
        const QStringList different = differences(*expected, counts.value());
        if (!different.isEmpty())
            return makeError(ErrorCode::Storage,
                             QStringLiteral("The copy does not hold what the practice file "
                                            "holds: %1.")
                                     .arg(different.join(QStringLiteral("; "))));
    }
    return SnapshotCheck{ report.schemaVersion, counts.value() };
}

} // namespace stillpoint::core
