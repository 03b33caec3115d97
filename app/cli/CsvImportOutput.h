// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientImportMapping.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace stillpoint::cli {

// What the CSV import commands (clients, diary) print alike: text from the file on one line,
// counts, the list of field keys, and how each column of the file is read.
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

} // namespace CsvImportOutput

} // namespace stillpoint::cli
