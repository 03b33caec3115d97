// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CsvImportOutput.h"

#include "app/cli/Command.h"

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

QList<QCommandLineOption> options(const QString &datesAre)
{
    return {
        QCommandLineOption(u"dry-run"_s, u"Show what would be imported; change nothing."_s),
        QCommandLineOption(u"map"_s,
                           u"Fill FIELD from COLUMN (a header or a number from 1); may be "
                           u"repeated. FIELD ignore leaves a column out."_s,
                           u"COLUMN=FIELD"_s),
        QCommandLineOption(
                u"date-format"_s,
                u"How the file writes %1: auto (default), ymd, dmy or mdy."_s.arg(datesAre),
                u"ORDER"_s),
    };
}

std::optional<QString> dateOrderOption(const QCommandLineParser &parser,
                                       std::optional<core::DateOrder> *order)
{
    if (!parser.isSet(u"date-format"_s))
        return std::nullopt;
    *order = core::DateOrders::fromKey(parser.value(u"date-format"_s));
    if (!*order)
        return u"--date-format is auto, ymd, dmy or mdy, not \"%1\"."_s.arg(
                parser.value(u"date-format"_s));
    return std::nullopt;
}

std::optional<int> stopBeforeImport(QTextStream &out, QTextStream &err,
                                    const QCommandLineParser &parser,
                                    const QList<core::Error> &problems, int bad, int toAdd,
                                    const std::function<QString(const core::Error &)> &hintFor)
{
    if (!problems.isEmpty()) {
        for (const core::Error &problem : problems)
            err << Command::programName() << ": " << problem.message << ' ' << hintFor(problem)
                << '\n';
        err << "Nothing was imported.\n";
        return ExitCode::Failure;
    }
    if (bad > 0) {
        err << Command::programName()
            << ": nothing was imported: " << plural(bad, u"row is"_s, u"rows are"_s)
            << " bad. Correct or remove them and run the command again.\n";
        return ExitCode::Failure;
    }
    if (parser.isSet(u"dry-run"_s)) {
        out << "Dry run: nothing was imported.\n";
        return ExitCode::Success;
    }
    if (toAdd == 0) {
        out << "Nothing to import.\n";
        return ExitCode::Success;
    }
    return std::nullopt;
}

} // namespace stillpoint::cli::CsvImportOutput
