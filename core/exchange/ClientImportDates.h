// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/ClientImportMapping.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// What a whole column of dates says about how it is written.
struct DateColumnVerdict
{
    // The order to read the column with; Automatic when the dates cannot tell (see ambiguous).
    DateOrder order = DateOrder::YearMonthDay;
    // Every date with slashes would read as day/month and as month/day (03/04/1985): the person
    // importing must choose. `example` is one such date.
    bool ambiguous = false;
    // Some dates only make sense day first and others only month first; `order` is the one more
    // of them fit, and the others will be bad rows.
    bool conflicting = false;
    QString example;
};

// Dates of birth as exports write them: ISO 1984-03-07 (also 1984/03/07), 07/03/1984 or
// 03/07/1984 (also with '-'), and 7.3.1984 (always day first). A time after the date
// ("1984-03-07 00:00:00") is ignored. Two-digit years are refused: "84" could be 1884 or 1984.
namespace ClientImportDates {
// Decides the order of a column from all its values; empty values are skipped.
DateColumnVerdict decide(const QStringList &values);
// Parses one value read with `order` (Automatic reads only the forms that need no order). An
// empty text is a null date. Errors name the value and say how to write it.
Result<QDate> parse(const QString &text, DateOrder order);
} // namespace ClientImportDates

} // namespace stillpoint::core
