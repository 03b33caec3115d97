// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// Writes a CSV file all or nothing through QSaveFile: UTF-8 with a byte-order mark (so that
// spreadsheets read accents right), comma-separated, CRLF line ends, quoted as RFC 4180 says.
// Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) is neutralised
// with a leading apostrophe, so an exported "=HYPERLINK(…)" stays text. The file is readable by
// its owner only: it holds clients' details.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);

    // Opens the temporary file; nothing appears at `path` before commit().
    Status open();
    void writeRow(const QStringList &cells);
    // Moves the finished file into place. On failure the previous file, if any, is unchanged.
    Status commit();
    qint64 rowsWritten() const { return m_rows; }

    // One cell, neutralised and quoted when it must be.
    static QString cell(const QString &text);
    // One line: cells joined with commas, ended with CRLF.
    static QString line(const QStringList &cells);

private:
    Error writeError() const;

    QString m_path;
    QSaveFile m_file;
    qint64 m_rows = 0;
    bool m_failed = false;
};

} // namespace stillpoint::core
