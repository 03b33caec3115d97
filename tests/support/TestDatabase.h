// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace stillpoint::test {

// A fresh, migrated practice file in its own temporary folder, removed when the test ends.
class TestDatabase
{
public:
    TestDatabase();
    core::Database &db() { return *m_db; }
    QString path() const;
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

} // namespace stillpoint::test
