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

// How a list query finds its rows. Every plan returns exactly the rows the text asks for (each
// word in the name or contact details); they differ only in what SQLite reads to find them.
enum class Plan {
    // Every client row (through an index where one fits the order): short words, or words so
    // common that most clients match and the first page is found quickly anyway.
    Scan,
    // Only the clients the trigram index (clients_fts) names for the words of three or more
    // characters, each then checked against the stored text.
    TextIndex,
    // Only clients whose name starts with the whole search text, on the clients_search index:
    // the best-ranked rows of a relevance search.
    NamePrefix,
};

// The FROM and WHERE clauses and their bound values for a client list query. Only fixed
// fragments are joined; every piece of user text is a bound value.
struct Filter
{
    QString from;
    QString where;
    QVariantList values;
    QString wholeQuery; // folded, for ranking
};

QString summaryColumns();
ClientSummary summaryFromQuery(const QSqlQuery &q);
QDateTime fromIsoUtc(const QVariant &value);
// The clients_fts MATCH expression for the words the trigram index can answer (three or more
// characters), or empty when there is none.
QString textIndexMatch(const ClientQuery &query);
Filter buildFilter(const ClientQuery &query, Plan plan = Plan::Scan);
QString orderBy(const ClientQuery &query, bool ranked);

} // namespace stillpoint::core::detail
