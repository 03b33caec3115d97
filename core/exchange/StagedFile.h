// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace stillpoint::core {

// A file written under a temporary name (".NAME.partial-XXXXXXXX", private to the user) in the
// folder of its final name, and moved there only by commit(): nothing partial ever appears under
// the final name, and an uncommitted file is removed when this object goes (a failure, a cancel,
// an exception). SQLite can write into it by path: it is created empty.
class StagedFile
{
public:
    static Result<std::unique_ptr<StagedFile>> create(const QString &finalPath);
    ~StagedFile();
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // The temporary file to write.
    const QString &path() const { return m_path; }
    const QString &finalPath() const { return m_finalPath; }

    // Writes `contents` as the whole temporary file; an Io error names the final file when the
    // disk is full or gone.
    Status writeAll(const QByteArray &contents);

    enum class Replace { Allow, Refuse };
    // Flushes the file to the disk, moves it to its final name (atomically replacing a file there,
    // or refusing when one exists) and flushes the folder, so the name survives a power cut.
    Status commit(Replace replace);
    // Removes the temporary file now (and anything SQLite left beside it).
    void discard();

    // Flushes a folder's entries to the disk (after a rename).
    static void syncFolder(const QString &folder);
    // Flushes a file's contents to the disk.
    static Status syncFile(const QString &path);

private:
    StagedFile(QString path, QString finalPath);

    QString m_path;
    QString m_finalPath;
    bool m_done = false;
};

} // namespace stillpoint::core
