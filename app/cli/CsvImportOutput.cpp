// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CsvImportOutput.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stillpoint::cli::CsvImportOutput {

QString printable(const QString &text)
{
    QString cleaned = text;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return cleaned;
}

QString plural(int count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

QString fieldKeys(const QStringList &keys)
{
    QString text = u"Fields:"_s;
    qsizetype lineLength = text.size();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString word = keys.at(i) + (i + 1 < keys.size() ? u","_s : u"."_s);
        if (lineLength + 1 + word.size() > 80) {
            text += u"\n "_s;
            lineLength = 1;
        }
        text += u' ' + word;
        lineLength += 1 + word.size();
    }
    return text;
}

void printColumns(QTextStream &out, const QStringList &header,
                  const std::function<QString(int column)> &fieldOf)
{
    out << "Columns:\n";
    qsizetype width = 0;
    for (const QString &name : header)
        width = std::max(width, name.size() + 2);
    for (int column = 0; column < header.size(); ++column) {
        const QString quoted = u'"' + printable(header.at(column)) + u'"';
        out << "  " << quoted.leftJustified(width) << "  -> " << fieldOf(column) << '\n';
    }
}

void printDateOrder(QTextStream &out, const QString &what, bool dateMapped, core::DateOrder readAs,
                    core::DateOrder asked)
{
    if (!dateMapped || readAs == core::DateOrder::Automatic)
        return;
    out << what << " read as " << core::DateOrders::label(readAs);
    if (asked == core::DateOrder::Automatic)
        out << " (decided from the dates in the file)";
    out << ".\n";
}

} // namespace stillpoint::cli::CsvImportOutput
