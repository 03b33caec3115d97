// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientQuerySql.h"

#include "core/clients/SearchText.h"

#include <QTimeZone>
#include <QVariant>

namespace stillpoint::core::detail {

namespace {

bool looksLikePhone(const QString &term)
{
    bool anyDigit = false;
    for (const QChar c : term) {
        if (c.isDigit())
            anyDigit = true;
        else if (!QStringLiteral("+-()./").contains(c))
            return false;
    }
    return anyDigit;
}

QString summaryPhone(const QSqlQuery &q, int first)
{
    for (int i = first; i < first + 3; ++i) {
        const QString phone = q.value(i).toString();
        if (!phone.isEmpty())
            return phone;
    }
    return {};
}

} // namespace

ClientSummary summaryFromQuery(const QSqlQuery &q)
{
    ClientSummary s;
    s.id = q.value(0).toLongLong();
    s.givenName = q.value(1).toString();
    s.familyName = q.value(2).toString();
    s.preferredName = q.value(3).toString();
    s.dateOfBirth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.phone = summaryPhone(q, 5);
    s.email = q.value(8).toString();
    s.archived = q.value(9).toBool();
    s.updatedAt = fromIsoUtc(q.value(10));
    return s;
}

QString summaryColumns()
{
    return QStringLiteral("id, given_name, family_name, preferred_name, date_of_birth, "
                          "mobile_phone, home_phone, work_phone, email, archived, updated_at");
}

QDateTime fromIsoUtc(const QVariant &value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

namespace {

// The text a word is looked for in the contact tokens: only the digits of a phone number.
QString contactTermOf(const QString &term)
{
    return looksLikePhone(term) ? SearchText::digits(term) : term;
}

// The trigram index matches nothing for fewer than three characters (code points, not UTF-16
// units).
bool indexable(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

QString ftsPhrase(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString textIndexMatch(const ClientQuery &query)
{
    QStringList parts;
    for (const QString &term : SearchText::terms(query.text)) {
        const QString contactTerm = contactTermOf(term);
        if (!indexable(term) || !indexable(contactTerm))
            continue;
        parts << (contactTerm == term ? ftsPhrase(term)
                                      : QStringLiteral("(%1 OR %2)")
                                                .arg(ftsPhrase(term), ftsPhrase(contactTerm)));
    }
    return parts.join(QStringLiteral(" AND "));
}

Filter buildFilter(const ClientQuery &query, Plan plan)
{
    Filter f;
    f.from = QStringLiteral(" FROM clients");
    const QStringList terms = SearchText::terms(query.text);
    f.wholeQuery = terms.join(QLatin1Char(' '));
    QStringList conditions;
    switch (plan) {
    case Plan::Scan:
        if (!query.includeArchived)
            conditions << QStringLiteral("archived = 0");
        break;
    case Plan::TextIndex:
        // The index drives the loop; each of its rows is one client, read by id.
        f.from = QStringLiteral(" FROM clients_fts CROSS JOIN clients ON clients.id = "
                                "clients_fts.rowid");
        conditions << QStringLiteral("clients_fts MATCH ?");
        f.values << QVariant(textIndexMatch(query));
        if (!query.includeArchived)
            conditions << QStringLiteral("clients.archived = 0");
        break;
    case Plan::NamePrefix:
        // A range on the folded name: every name that starts with the text sorts between the
        // text itself and the text followed by the last code point.
        f.from = QStringLiteral(" FROM clients INDEXED BY clients_search");
        conditions << (query.includeArchived ? QStringLiteral("archived IN (0, 1)")
                                             : QStringLiteral("archived = 0"))
                   << QStringLiteral("search_name >= ?") << QStringLiteral("search_name < ?");
        f.values << QVariant(f.wholeQuery)
                 << QVariant(f.wholeQuery + QString::fromUcs4(U"\U0010FFFF", 1));
        break;
    }
    for (const QString &term : terms) {
        // Stored text is already folded, so a plain substring test (instr) is exact and needs
        // no escaping of LIKE's wildcards. Qualified: clients_fts has columns of the same names.
        conditions << QStringLiteral("(instr(clients.search_name, ?) > 0 OR "
                                     "instr(clients.search_contact, ?) > 0)");
        f.values << QVariant(term) << QVariant(contactTermOf(term));
    }
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

QString orderBy(const ClientQuery &query, bool ranked)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tieBreak = QStringLiteral(", sort_name ASC, id ASC");
    switch (query.sort) {
    case ClientQuery::Sort::Relevance:
        if (ranked)
            return QStringLiteral(" ORDER BY rank ASC") + tieBreak;
        return QStringLiteral(" ORDER BY sort_name") + direction + QStringLiteral(", id ASC");
    case ClientQuery::Sort::Name:
        return QStringLiteral(" ORDER BY sort_name") + direction + QStringLiteral(", id ASC");
    case ClientQuery::Sort::DateOfBirth:
        return QStringLiteral(" ORDER BY date_of_birth IS NULL, date_of_birth") + direction
                + tieBreak;
    case ClientQuery::Sort::Phone:
        return QStringLiteral(" ORDER BY coalesce(nullif(mobile_phone, ''), nullif(home_phone, ''),"
                              " nullif(work_phone, '')) IS NULL, coalesce(nullif(mobile_phone, ''),"
                              " nullif(home_phone, ''), nullif(work_phone, ''))")
                + direction + tieBreak;
    case ClientQuery::Sort::Email:
        return QStringLiteral(" ORDER BY email = '', email COLLATE NOCASE") + direction + tieBreak;
    case ClientQuery::Sort::Updated:
        return QStringLiteral(" ORDER BY updated_at") + direction + tieBreak;
    }
    return QStringLiteral(" ORDER BY sort_name ASC, id ASC");
}

} // namespace stillpoint::core::detail
