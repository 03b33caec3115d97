// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/ClientImportMapping.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace stillpoint::cli {

// What the CSV import commands (clients, diary) share: their --dry-run, --map and --date-format
// options, and what they print alike: text from the file on one line, counts, the list of field
// keys, how each column of the file is read, and why nothing was imported.
namespace CsvImportOutput {

// Text from the file on one line of output: control characters become spaces.
QString printable(const QString &text);
// "1 row", "3 rows".
QString plural(int count, const QString &one, const QString &many);
// "Fields: a, b, c." wrapped for an 80-column terminal.
QString fieldKeys(const QStringList &keys);
// "Columns:" and a line per column of `header`: its name and `fieldOf(column)` ("(not imported)"
// for an ignored one).
void printColumns(QTextStream &out, const QStringList &header,
                  const std::function<QString(int column)> &fieldOf);
// "Dates read as day/month/year (decided from the dates in the file)." when the date column is
// mapped and an order was settled; `what` names the dates ("Dates", "Dates of birth").
void printDateOrder(QTextStream &out, const QString &what, bool dateMapped, core::DateOrder readAs,
                    core::DateOrder asked);

// --dry-run, --map COLUMN=FIELD (repeatable) and --date-format ORDER; `datesAre` names the
// file's dates in the help ("dates", "dates of birth").
QList<QCommandLineOption> options(const QString &datesAre);

// Applies --map and --date-format to a guessed `mapping` (ClientImportMapping or
// DiaryImportMapping); what is wrong with them, for a usage error, or nothing.
template<class Mapping>
std::optional<QString> applyOptions(const QCommandLineParser &parser, Mapping &mapping,
                                    const QStringList &header);

// The end of a preview: with problems in the whole file (each printed with `hintFor` its cure)
// or any bad row, says that nothing was imported and returns Failure; with --dry-run or nothing
// to add, says so and returns Success; otherwise returns nothing and the import goes ahead.
std::optional<int> stopBeforeImport(QTextStream &out, QTextStream &err,
                                    const QCommandLineParser &parser,
                                    const QList<core::Error> &problems, int bad, int toAdd,
                                    const std::function<QString(const core::Error &)> &hintFor);

// --date-format's order into `order` when it is given; what is wrong with it, or nothing.
std::optional<QString> dateOrderOption(const QCommandLineParser &parser,
                                       std::optional<core::DateOrder> *order);

template<class Mapping>
std::optional<QString> applyOptions(const QCommandLineParser &parser, Mapping &mapping,
                                    const QStringList &header)
{
    for (const QString &assignment : parser.values(QStringLiteral("map"))) {
        if (core::Status applied = mapping.apply(assignment, header); !applied)
            return QStringLiteral("--map ") + applied.error().message;
    }
    std::optional<core::DateOrder> order;
    if (auto wrong = dateOrderOption(parser, &order))
        return wrong;
    if (order)
        mapping.setDateOrder(*order);
    return std::nullopt;
}

} // namespace CsvImportOutput

} // namespace stillpoint::cli
