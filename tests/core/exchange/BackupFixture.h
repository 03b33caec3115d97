// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/exchange/BackupService.h"
#include "core/security/Session.h"
#include "core/storage/Database.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace stillpoint::test {

// A practice file in its own temporary folder that a test may close.
class PracticeFile
{
public:
    PracticeFile();
    core::Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
};

// A demo practice (the demo users and `clients` demo clients with their intakes) with its owner
// signed in, and a second temporary folder for backups and restored files.
struct BackupFixture
{
    explicit BackupFixture(int clients = 40);

    PracticeFile practice;
    core::FixedClock clock;
    core::Session owner;
    core::Session frontDesk;
    QTemporaryDir elsewhere;

    QString elsewherePath(const QString &name) const { return elsewhere.filePath(name); }
    core::BackupService service() { return core::BackupService(practice.db(), clock); }
    // A request for a backup at `path`, encrypted with `passphrase` when one is given, with the
    // quick key derivation tests use.
    static core::BackupRequest request(const QString &path, const QString &passphrase = {});
};

// Every row of every table of the practice file at `path`, as text, by table.
QMap<QString, QStringList> tableContents(const QString &path);
// Files in `folder`, hidden ones too.
QStringList filesIn(const QString &folder);
// Reads and writes whole files.
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace stillpoint::test
