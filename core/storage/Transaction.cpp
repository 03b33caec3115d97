// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stillpoint::core {

Transaction::Transaction(const Database &database) : Transaction(database.connection()) { }

Transaction::Transaction(QSqlDatabase connection) : m_db(std::move(connection))
{
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_status = Database::storageError(QStringLiteral("start a change"),
                                          begin.lastError().databaseText());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(
                       makeError(ErrorCode::Storage, QStringLiteral("There is no change to save.")))
                             : m_status;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        const Error error = Database::storageError(QStringLiteral("save the change"),
                                                   commitQuery.lastError().databaseText());
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery rollbackQuery(m_db);
    rollbackQuery.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace stillpoint::core
