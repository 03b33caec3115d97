// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace stillpoint::core {

class Database;

// Scope guard for a write transaction. Begins with BEGIN IMMEDIATE so that the write lock is taken
// up front (a deferred BEGIN fails with "database is locked" when two writers race); the destructor
// rolls back unless commit() succeeded. Every multi-statement write in core uses one of these.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Did BEGIN IMMEDIATE succeed? Check before writing.
    const Status &status() const { return m_status; }
    bool isActive() const { return m_active; }

    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_active = false;
};

} // namespace stillpoint::core
