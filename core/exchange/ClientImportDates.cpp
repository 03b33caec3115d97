// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImportDates.h"

#include <QRegularExpression>

namespace stillpoint::core {

namespace {

// The shape of one value, before any order is applied.
struct DateParts
{
    enum class Form {
        Empty,
        YearFirst, // 1984-03-07
        Dotted, // 7.3.1984: day first
        Slashed, // 07/03/1984 or 03/07/1984
        ShortYear, // 07/03/84
        NotADate,
    };
    Form form = Form::NotADate;
    int first = 0;
    int second = 0;
    int third = 0;
};

DateParts split(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
            R"(^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
            R"((?:Z|[+-]\d{2}:?\d{2})?)?$)"));
    DateParts parts;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        parts.form = DateParts::Form::Empty;
        return parts;
    }
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return parts;
    const QString a = match.captured(1);
    const QString c = match.captured(4);
    parts.first = a.toInt();
    parts.second = match.captured(3).toInt();
    parts.third = c.toInt();
    if (a.size() == 4 && c.size() <= 2)
        parts.form = DateParts::Form::YearFirst;
    else if (a.size() <= 2 && c.size() == 4)
        parts.form = match.captured(2) == QLatin1String(".") ? DateParts::Form::Dotted
                                                             : DateParts::Form::Slashed;
    else if (a.size() <= 2 && c.size() == 2)
        parts.form = DateParts::Form::ShortYear;
    return parts;
}

QDate dayMonthYear(const DateParts &p)
{
    return QDate(p.third, p.second, p.first);
}

QDate monthDayYear(const DateParts &p)
{
    return QDate(p.third, p.first, p.second);
}

Error notADate(const QString &text)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Date of birth \"%1\" is not a date. Write it as 1984-03-07, "
                                    "07/03/1984 or 7.3.1984.")
                             .arg(text.trimmed()),
                     QStringLiteral("dateOfBirth"));
}

Error notInCalendar(const QString &text, DateOrder order)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Date of birth \"%1\" is not a day of the calendar when read "
                                    "as %2. Check the day and month.")
                             .arg(text.trimmed(), DateOrders::label(order)),
                     QStringLiteral("dateOfBirth"));
}

} // namespace

DateColumnVerdict ClientImportDates::decide(const QStringList &values)
{
    int onlyDayFirst = 0;
    int onlyMonthFirst = 0;
    bool dotted = false;
    bool yearFirst = false;
    QString bothWays;
    for (const QString &value : values) {
        const DateParts parts = split(value);
        if (parts.form == DateParts::Form::Dotted)
            dotted = true;
        if (parts.form == DateParts::Form::YearFirst)
            yearFirst = true;
        if (parts.form != DateParts::Form::Slashed)
            continue;
        const bool dayFirst = dayMonthYear(parts).isValid();
        const bool monthFirst = monthDayYear(parts).isValid();
        if (dayFirst && !monthFirst)
            ++onlyDayFirst;
        else if (monthFirst && !dayFirst)
            ++onlyMonthFirst;
        else if (dayFirst && parts.first != parts.second && bothWays.isEmpty())
            bothWays = value.trimmed();
    }

    DateColumnVerdict verdict;
    if (onlyDayFirst > 0 && onlyMonthFirst > 0) {
        verdict.conflicting = true;
        verdict.order =
                onlyDayFirst >= onlyMonthFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    } else if (onlyDayFirst > 0 || dotted) {
        // A file that writes some dates 7.3.1984 is from a day-first locale.
        verdict.order = onlyMonthFirst > 0 ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
    } else if (onlyMonthFirst > 0) {
        verdict.order = DateOrder::MonthDayYear;
    } else if (!bothWays.isEmpty()) {
        verdict.order = DateOrder::Automatic;
        verdict.ambiguous = true;
        verdict.example = bothWays;
    } else {
        // Nothing tells the orders apart (only ISO dates, or days that equal their months).
        verdict.order = yearFirst ? DateOrder::YearMonthDay : DateOrder::DayMonthYear;
    }
    return verdict;
}

Result<QDate> ClientImportDates::parse(const QString &text, DateOrder order)
{
    const DateParts parts = split(text);
    switch (parts.form) {
    case DateParts::Form::Empty:
        return QDate();
    case DateParts::Form::NotADate:
        return notADate(text);
    case DateParts::Form::ShortYear:
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Date of birth \"%1\" has a two-digit year. Write the "
                                        "year in full, for example 1984.")
                                 .arg(text.trimmed()),
                         QStringLiteral("dateOfBirth"));
    case DateParts::Form::YearFirst: {
        const QDate date(parts.first, parts.second, parts.third);
        if (!date.isValid())
            return notInCalendar(text, DateOrder::YearMonthDay);
        return date;
    }
    case DateParts::Form::Dotted: {
        const QDate date = dayMonthYear(parts);
        if (!date.isValid())
            return notInCalendar(text, DateOrder::DayMonthYear);
        return date;
    }
    case DateParts::Form::Slashed:
        break;
    }
    if (order == DateOrder::DayMonthYear || order == DateOrder::MonthDayYear) {
        const QDate date =
                order == DateOrder::DayMonthYear ? dayMonthYear(parts) : monthDayYear(parts);
        if (!date.isValid())
            return notInCalendar(text, order);
        return date;
    }
    if (order == DateOrder::YearMonthDay)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Date of birth \"%1\" is not written year-month-day, as "
                                        "chosen for this file.")
                                 .arg(text.trimmed()),
                         QStringLiteral("dateOfBirth"));
    // Without an order only a date that reads the same both ways is certain.
    if (parts.first == parts.second && dayMonthYear(parts).isValid())
        return dayMonthYear(parts);
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Date of birth \"%1\" could be day/month/year or "
                                    "month/day/year. Choose how the file writes dates.")
                             .arg(text.trimmed()),
                     QStringLiteral("dateOfBirth"));
}

} // namespace stillpoint::core
