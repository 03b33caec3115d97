// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// How the bytes of a CSV file were turned into text.
enum class TextEncoding {
    Utf8,
    Utf8WithBom,
    Latin1, // not valid UTF-8; read as Windows-1252 (Latin-1 with Excel's € and curly quotes)
};

// One record of a CSV file: its fields and the file line it starts on (1-based; a quoted field
// with line breaks makes a record span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A whole CSV file: the header line's fields and the records below it, with what was detected.
struct CsvTable
{
    QStringList header;
    int headerLine = 1;
    QList<CsvRecord> records; // wholly blank lines are left out
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';

    // "UTF-8, comma-separated", for summaries.
    QString describeFormat() const;
};

// Reads CSV (RFC 4180 and what spreadsheets write) with libcsv: UTF-8 with or without a byte-order
// mark, else Windows-1252/Latin-1 (UTF-16 is refused with a hint); comma, semicolon or tab as found
// on the header line; CRLF, LF or CR line ends; quoted fields with delimiters, quotes ("") and line
// breaks inside. A malformed file (a stray quote, a quote left open, NUL bytes, nothing but blank
// lines) is refused with an Error whose message names the line; nothing is guessed.
class CsvReader
{
public:
    // Larger files are refused before they are read: no practice has that many clients.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    static Result<CsvTable> read(const QByteArray &bytes);
    static Result<CsvTable> readFile(const QString &path);

    static TextEncoding detectEncoding(const QByteArray &bytes);
    // The delimiter the first line of `bytes` uses most outside quotes: ',', ';' or '\t' (',' when
    // it has none).
    static char sniffDelimiter(const QByteArray &bytes);
    static QString delimiterName(char delimiter);
    static QString encodingName(TextEncoding encoding);
};

} // namespace stillpoint::core
