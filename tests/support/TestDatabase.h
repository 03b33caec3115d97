// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QStringList>
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

// Writes a practice file as version `version` of Stillpoint left it: the schema ladder's steps up
// to that version, then `rows` (statements adding that version's data), marked with the
// application id and that version. Throws if a statement fails.
void writeOlderPracticeFile(const QString &path, int version, const QStringList &rows);

} // namespace stillpoint::test
