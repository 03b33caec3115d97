// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The SQL pieces of client lists: which columns a list row needs, how a search text becomes a
// WHERE clause with bound values, and the ORDER BY for each sort. Only ClientRepository uses them.
namespace stillpoint::core::detail {

// The WHERE clause and its bound values for a client list query. Only fixed fragments are
// joined; every piece of user text is a bound value.
struct Filter
{
    QString where;
    QVariantList values;
    QString wholeQuery; // folded, for ranking
};

QString summaryColumns();
ClientSummary summaryFromQuery(const QSqlQuery &q);
QDateTime fromIsoUtc(const QVariant &value);
Filter buildFilter(const ClientQuery &query);
QString orderBy(const ClientQuery &query, bool ranked);

} // namespace stillpoint::core::detail
