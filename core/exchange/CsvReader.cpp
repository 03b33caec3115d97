// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>

#include <array>

namespace stillpoint::core {

namespace {

constexpr char Cr = '\r';
constexpr char Lf = '\n';

// Windows-1252's letters in 0x80-0x9F, where Latin-1 has control characters; 0 where 1252 has
// nothing either (those bytes stay as Latin-1 says).
constexpr std::array<char16_t, 32> Windows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool hasUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString decodeWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        const char16_t mapped =
                byte >= 0x80 && byte <= 0x9F ? Windows1252High.at(byte - 0x80u) : char16_t(0);
        out[i] = mapped ? QChar(mapped) : QChar(char16_t(byte));
    }
    return text;
}

// Line breaks inside a field become "\n"; other control characters (which no name, phone or
// address has, and which would garble a display) become spaces.
QString cleanField(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : text) {
        if (c == u'\r')
            c = u'\n';
        else if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F)
            c = u' ';
    }
    return text;
}

// Everything the libcsv callbacks need; they receive it as their `void *`.
struct ParseState
{
    TextEncoding encoding = TextEncoding::Utf8;
    QList<CsvRecord> records;
    QStringList fields;
    int recordLine = 1;
    bool rowOpen = false;
};

void onField(void *data, size_t size, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    const auto *chars = static_cast<const char *>(data);
    const auto length = static_cast<qsizetype>(size);
    QString text = s->encoding == TextEncoding::Latin1 ? decodeWindows1252(chars, length)
                                                       : QString::fromUtf8(chars, length);
    s->fields << cleanField(std::move(text));
}

void onRecordEnd(int, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    bool blank = true;
    for (const QString &field : std::as_const(s->fields)) {
        if (!field.trimmed().isEmpty()) {
            blank = false;
            break;
        }
    }
    if (!blank)
        s->records << CsvRecord{ s->recordLine, s->fields };
    s->fields.clear();
    s->rowOpen = false;
}

// Line breaks in bytes[from, to): LF, and CR not followed by LF (libcsv ends a record at both).
int lineBreaks(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    int count = 0;
    for (qsizetype i = from; i < to; ++i) {
        const char c = bytes.at(i);
        if (c == Lf || (c == Cr && (i + 1 >= bytes.size() || bytes.at(i + 1) != Lf)))
            ++count;
    }
    return count;
}

// Frees the parser's buffer however parse() ends.
class Parser
{
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;
    bool ok() const { return m_ok; }
    csv_parser *get() { return &m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

Error malformed(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Parses UTF-8 or single-byte text (no BOM) with libcsv, feeding it a line at a time so that every
// record knows the line it starts on.
Result<QList<CsvRecord>> parse(const QByteArray &bytes, char delimiter, TextEncoding encoding)
{
    Parser parser;
    if (!parser.ok())
        return makeError(ErrorCode::Storage, QStringLiteral("The CSV reader could not start."));
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));

    ParseState state;
    state.encoding = encoding;
    const qsizetype size = bytes.size();
    const char *data = bytes.constData();
    int line = 1;
    qsizetype pos = 0;
    while (pos < size) {
        if (!state.rowOpen) {
            // Between records libcsv ignores blanks and line breaks (a tab only when it is not
            // the delimiter); skip them here to find the line the next record starts on.
            while (pos < size) {
                const char c = data[pos];
                if (c != ' ' && c != Cr && c != Lf && !(c == '\t' && delimiter != '\t'))
                    break;
                line += lineBreaks(bytes, pos, pos + 1);
                ++pos;
            }
            if (pos == size)
                break;
            state.rowOpen = true;
            state.recordLine = line;
        }
        qsizetype end = pos;
        while (end < size && data[end] != Cr && data[end] != Lf)
            ++end;
        if (end < size)
            ++end; // the line break itself, which may end the record
        const auto length = static_cast<size_t>(end - pos);
        const size_t used =
                csv_parse(parser.get(), data + pos, length, onField, onRecordEnd, &state);
        if (used != length) {
            const int errorLine = line + lineBreaks(bytes, pos, pos + static_cast<qsizetype>(used));
            if (csv_error(parser.get()) == CSV_EPARSE)
                return malformed(QStringLiteral("Line %1 has a quote (\") inside a field that does "
                                                "not start with one, or text after a closing "
                                                "quote. Put the whole field in quotes and double "
                                                "each quote inside it (\"\").")
                                         .arg(errorLine));
            return makeError(
                    ErrorCode::Io,
                    QStringLiteral("Line %1 is too long to read (%2).")
                            .arg(errorLine)
                            .arg(QString::fromLatin1(csv_strerror(csv_error(parser.get())))));
        }
        line += lineBreaks(bytes, pos, end);
        pos = end;
    }
    if (csv_fini(parser.get(), onField, onRecordEnd, &state) != 0)
        return malformed(QStringLiteral("The record that starts on line %1 opens a quote (\") "
                                        "that is never closed.")
                                 .arg(state.recordLine));
    return std::move(state.records);
}

} // namespace

QString CsvTable::describeFormat() const
{
    return CsvReader::encodingName(encoding) + QStringLiteral(", ")
            + CsvReader::delimiterName(delimiter);
}

TextEncoding CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (hasUtf8Bom(bytes))
        return TextEncoding::Utf8WithBom;
    return isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Latin1;
}

char CsvReader::sniffDelimiter(const QByteArray &bytes)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == Cr || c == Lf)
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return QStringLiteral("semicolon-separated");
    case '\t':
        return QStringLiteral("tab-separated");
    default:
        return QStringLiteral("comma-separated");
    }
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with byte-order mark");
    case TextEncoding::Latin1:
        return QStringLiteral("Latin-1 (Windows-1252)");
    }
    return {};
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return malformed(QStringLiteral("The file is UTF-16 text. Save it again as \"CSV UTF-8\" "
                                        "and import that file."));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return malformed(QStringLiteral("Line %1 contains a NUL byte: this is not a CSV (text) "
                                        "file.")
                                 .arg(1 + lineBreaks(bytes, 0, nul)));

    CsvTable table;
    table.encoding = detectEncoding(bytes);
    // The byte-order mark is not part of the first column's name. Removing it here leaves the
    // line breaks, and so every line number, as they were.
    const QByteArray text = table.encoding == TextEncoding::Utf8WithBom ? bytes.mid(3) : bytes;
    table.delimiter = sniffDelimiter(text);
    auto records = parse(text, table.delimiter, table.encoding);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return malformed(QStringLiteral("The file is empty: there is no header line naming the "
                                        "columns, and no clients."));
    table.header = records->constFirst().fields;
    for (QString &name : table.header)
        name = name.simplified();
    table.headerLine = records->constFirst().line;
    table.records = std::move(records).value();
    table.records.removeFirst();
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 is a folder, not a CSV file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
                ErrorCode::Io,
                QStringLiteral("Stillpoint could not read %1: %2.").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is larger than %2 MB; no client list is that big. "
                                        "Check that it is the right file.")
                                 .arg(path)
                                 .arg(MaxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
                ErrorCode::Io,
                QStringLiteral("Stillpoint could not read %1: %2.").arg(path, file.errorString()));
    return read(bytes);
}

} // namespace stillpoint::core
