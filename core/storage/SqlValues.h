// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// How repositories store values in SQLite: instants as UTC ISO text with milliseconds, dates as
// ISO text, a missing id or date as NULL, text never NULL. One place, so every table agrees.
namespace stillpoint::core::sql {

inline QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline Error queryError(const QString &what, const QSqlQuery &query)
{
    return Database::storageError(what, query.lastError().databaseText());
}

} // namespace stillpoint::core::sql
