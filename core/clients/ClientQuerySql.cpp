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

Filter buildFilter(const ClientQuery &query)
{
    Filter f;
    QStringList conditions;
    if (!query.includeArchived)
        conditions << QStringLiteral("archived = 0");
    const QStringList terms = SearchText::terms(query.text);
    for (const QString &term : terms) {
        // Stored text is already folded, so a plain substring test (instr) is exact and needs
        // no escaping of LIKE's wildcards.
        const QString contactTerm = looksLikePhone(term) ? SearchText::digits(term) : term;
        conditions << QStringLiteral("(instr(search_name, ?) > 0 OR instr(search_contact, ?) > 0)");
        f.values << QVariant(term) << QVariant(contactTerm);
    }
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    f.wholeQuery = terms.join(QLatin1Char(' '));
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
