// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include "core/storage/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace stillpoint::test {

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    auto opened = core::Database::open(m_dir.filePath(QStringLiteral("practice.stillpoint")));
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_db = std::move(opened).value();
}

QString TestDatabase::path() const
{
    return m_db->path();
}

void writeOlderPracticeFile(const QString &path, int version, const QStringList &rows)
{
    const QString name = QStringLiteral("older-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (!raw.open())
            throw std::runtime_error("cannot create " + path.toStdString());
        QSqlQuery q(raw);
        QStringList statements;
        for (const core::Migration &step : core::Migrations::all()) {
            if (step.version <= version)
                statements << step.statements;
        }
        statements
                << rows
                << QStringLiteral("PRAGMA application_id = %1").arg(core::Database::ApplicationId)
                << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement))
                throw std::runtime_error(
                        QString(statement + QStringLiteral(": ") + q.lastError().databaseText())
                                .toStdString());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace stillpoint::test
