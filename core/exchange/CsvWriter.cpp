// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvWriter.h"

namespace stillpoint::core {

CsvWriter::CsvWriter(const QString &path) : m_path(path), m_file(path) { }

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint could not write %1: %2. Choose "
                                        "another folder.")
                                 .arg(m_path, m_file.errorString()));
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_file.write("\xEF\xBB\xBF") != 3)
        m_failed = true;
    return {};
}

void CsvWriter::writeRow(const QStringList &cells)
{
    const QByteArray bytes = line(cells).toUtf8();
    if (m_failed || m_file.write(bytes) != bytes.size())
        m_failed = true;
    else
        ++m_rows;
}

Status CsvWriter::commit()
{
    if (m_failed) {
        const Error error = writeError();
        m_file.cancelWriting();
        return error;
    }
    if (!m_file.commit())
        return writeError();
    return {};
}

Error CsvWriter::writeError() const
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("Stillpoint could not finish writing %1 (%2); the previous "
                                    "file, if any, is unchanged.")
                             .arg(m_path, m_file.errorString()));
}

QString CsvWriter::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    // Readers (libcsv among them) trim blanks around unquoted fields; quotes keep them.
    const auto blank = [](QChar c) { return c == u' ' || c == u'\t'; };
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
            || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
            || value.contains(QLatin1Char(';'))
            || (!value.isEmpty() && (blank(value.front()) || blank(value.back())));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &text : cells)
        quoted << cell(text);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace stillpoint::core
