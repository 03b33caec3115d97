// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"

#include "core/clients/ClientQuerySql.h"
#include "core/clients/ClientValidator.h"
#include "core/clients/SearchText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

namespace stillpoint::core {

using namespace detail;

namespace {

const QString clientColumns = QStringLiteral(
        "given_name, family_name, preferred_name, pronouns, date_of_birth, mobile_phone, "
        "home_phone, work_phone, email, address_line1, address_line2, city, region, postal_code, "
        "country, emergency_name, emergency_relation, emergency_phone, physician_name, "
        "physician_practice, physician_phone, consent_phone, consent_sms, consent_email, "
        "front_desk_notes, sort_name, name_key, search_name, search_contact");

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// The folded copies stored beside a client for search, sort and duplicate checks.
struct DerivedText
{
    QString sortName;
    QString nameKey;
    QString searchName;
    QString searchContact;
};

DerivedText derive(const Client &c)
{
    DerivedText d;
    d.sortName = SearchText::fold(c.familyName + QLatin1Char(' ') + c.givenName);
    d.nameKey = ClientIdentity::nameKeyOf(c);
    d.searchName = SearchText::fold(c.givenName + QLatin1Char(' ') + c.familyName + QLatin1Char(' ')
                                    + c.preferredName);
    // Space-delimited tokens, so an exact token can be matched as ' token '.
    QString contact = QStringLiteral(" ");
    for (const QString &token :
         { SearchText::fold(c.email.trimmed()), SearchText::digits(c.mobilePhone),
           SearchText::digits(c.homePhone), SearchText::digits(c.workPhone) }) {
        if (!token.isEmpty())
            contact += token + QLatin1Char(' ');
    }
    d.searchContact = contact;
    return d;
}

void bindClient(QSqlQuery &query, const Client &c)
{
    const DerivedText d = derive(c);
    const QVariantList values{
        c.givenName.trimmed(),
        c.familyName.trimmed(),
        c.preferredName.trimmed(),
        c.pronouns.trimmed(),
        dateValue(c.dateOfBirth),
        c.mobilePhone.trimmed(),
        c.homePhone.trimmed(),
        c.workPhone.trimmed(),
        c.email.trimmed(),
        c.address.line1.trimmed(),
        c.address.line2.trimmed(),
        c.address.city.trimmed(),
        c.address.region.trimmed(),
        c.address.postalCode.trimmed(),
        c.address.country.trimmed(),
        c.emergencyContact.name.trimmed(),
        c.emergencyContact.relation.trimmed(),
        c.emergencyContact.phone.trimmed(),
        c.physician.name.trimmed(),
        c.physician.practice.trimmed(),
        c.physician.phone.trimmed(),
        c.consent.phone ? 1 : 0,
        c.consent.sms ? 1 : 0,
        c.consent.email ? 1 : 0,
        c.frontDeskNotes,
        d.sortName,
        d.nameKey,
        d.searchName,
        d.searchContact,
    };
    for (int i = 0; i < values.size(); ++i) {
        // A null QString would be bound as NULL; text columns hold '' for "nothing".
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : value);
    }
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

int columnCount()
{
    return static_cast<int>(clientColumns.count(QLatin1Char(',')) + 1);
}

Error queryError(const QString &what, const QSqlQuery &query)
{
    return Database::storageError(what, query.lastError().databaseText());
}

Status insertAlerts(QSqlQuery &insert, qint64 clientId, const QList<ClientAlert> &alerts)
{
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        insert.bindValue(0, clientId);
        insert.bindValue(1, static_cast<qlonglong>(i));
        insert.bindValue(2, alerts.at(i).text.trimmed());
        insert.bindValue(3, alerts.at(i).frontDeskVisible ? 1 : 0);
        if (!insert.exec())
            return queryError(QStringLiteral("save the client's alerts"), insert);
    }
    return {};
}

QString insertClientSql()
{
    return QStringLiteral("INSERT INTO clients (") + clientColumns
            + QStringLiteral(", archived, created_at, updated_at, row_version) VALUES (")
            + placeholders(columnCount()) + QStringLiteral(", ?, ?, ?, 1)");
}

QString insertAlertSql()
{
    return QStringLiteral("INSERT INTO client_alerts (client_id, position, text, "
                          "front_desk_visible) VALUES (?, ?, ?, ?)");
}

// clients_fts (migration 7) indexes clients' own search columns. It is kept in step here, in
// each write's transaction, because SQLite refuses a virtual table inside a trigger while
// trusted_schema is off. Removing a row's entry needs the text it was indexed with.
QString indexSearchTextSql()
{
    return QStringLiteral("INSERT INTO clients_fts(rowid, search_name, search_contact) "
                          "SELECT id, search_name, search_contact FROM clients WHERE id = ?");
}

QString unindexSearchTextSql()
{
    return QStringLiteral("INSERT INTO clients_fts(clients_fts, rowid, search_name, "
                          "search_contact) SELECT 'delete', id, search_name, search_contact FROM "
                          "clients WHERE id = ?");
}

Status runForClient(QSqlQuery &statement, qint64 clientId, const QString &what)
{
    statement.bindValue(0, clientId);
    if (!statement.exec())
        return queryError(what, statement);
    return {};
}

// The prepared statements that store one new client.
struct ClientInserts
{
    explicit ClientInserts(const QSqlDatabase &db) : client(db), alert(db), searchIndex(db) { }
    bool prepare()
    {
        return client.prepare(insertClientSql()) && alert.prepare(insertAlertSql())
                && searchIndex.prepare(indexSearchTextSql());
    }
    QSqlQuery client;
    QSqlQuery alert;
    QSqlQuery searchIndex;
};

// Inserts one client with prepared statements; the caller owns the transaction.
Result<qint64> insertClient(ClientInserts &inserts, const Client &client, const QString &now)
{
    QSqlQuery &insert = inserts.client;
    bindClient(insert, client);
    const int base = columnCount();
    insert.bindValue(base, client.archived ? 1 : 0);
    insert.bindValue(base + 1, now);
    insert.bindValue(base + 2, now);
    if (!insert.exec())
        return queryError(QStringLiteral("save the new client"), insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status status = insertAlerts(inserts.alert, id, client.alerts); !status)
        return status.error();
    if (Status status =
                runForClient(inserts.searchIndex, id, QStringLiteral("save the new client"));
        !status)
        return status.error();
    return id;
}

// A client from a row of "SELECT id, <clientColumns>, archived, created_at, updated_at,
// row_version"; alerts are read separately.
Client clientFromRow(const QSqlQuery &q)
{
    Client c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.givenName = q.value(i++).toString();
    c.familyName = q.value(i++).toString();
    c.preferredName = q.value(i++).toString();
    c.pronouns = q.value(i++).toString();
    c.dateOfBirth = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.mobilePhone = q.value(i++).toString();
    c.homePhone = q.value(i++).toString();
    c.workPhone = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.address.line1 = q.value(i++).toString();
    c.address.line2 = q.value(i++).toString();
    c.address.city = q.value(i++).toString();
    c.address.region = q.value(i++).toString();
    c.address.postalCode = q.value(i++).toString();
    c.address.country = q.value(i++).toString();
    c.emergencyContact.name = q.value(i++).toString();
    c.emergencyContact.relation = q.value(i++).toString();
    c.emergencyContact.phone = q.value(i++).toString();
    c.physician.name = q.value(i++).toString();
    c.physician.practice = q.value(i++).toString();
    c.physician.phone = q.value(i++).toString();
    c.consent.phone = q.value(i++).toBool();
    c.consent.sms = q.value(i++).toBool();
    c.consent.email = q.value(i++).toBool();
    c.frontDeskNotes = q.value(i++).toString();
    i += 4; // derived search columns
    c.archived = q.value(i++).toBool();
    c.createdAt = fromIsoUtc(q.value(i++));
    c.updatedAt = fromIsoUtc(q.value(i++));
    c.rowVersion = q.value(i++).toInt();
    return c;
}

} // namespace

ClientRepository::ClientRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<Client> ClientRepository::create(const Client &client, const BeforeCommit &beforeCommit)
{
    const QList<Error> errors = ClientValidator::validate(client, m_clock.today());
    if (!errors.isEmpty())
        return errors.constFirst();

    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    ClientInserts inserts(m_database.connection());
    if (!inserts.prepare())
        return queryError(QStringLiteral("prepare to save the client"), inserts.client);
    auto id = insertClient(inserts, client, isoUtc(m_clock.nowUtc()));
    if (!id)
        return id.error();
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, id.value()); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return find(id.value());
}

Result<int> ClientRepository::createMany(const QList<Client> &clients,
                                         const BeforeCommit &beforeCommit)
{
    const QDate today = m_clock.today();
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const QList<Error> errors = ClientValidator::validate(clients.at(i), today);
        if (!errors.isEmpty()) {
            Error first = errors.constFirst();
            first.message = QStringLiteral("Client %1: %2").arg(i + 1).arg(first.message);
            return first;
        }
    }
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    ClientInserts inserts(m_database.connection());
    if (!inserts.prepare())
        return queryError(QStringLiteral("prepare to save the clients"), inserts.client);
    const QString now = isoUtc(m_clock.nowUtc());
    for (const Client &client : clients) {
        auto id = insertClient(inserts, client, now);
        if (!id)
            return id.error();
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, 0); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return static_cast<int>(clients.size());
}

Result<Client> ClientRepository::update(const Client &client, const BeforeCommit &beforeCommit)
{
    if (client.id <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This client has not been saved yet, so it cannot be "
                                        "updated."));
    const QList<Error> errors = ClientValidator::validate(client, m_clock.today());
    if (!errors.isEmpty())
        return errors.constFirst();

    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();

    // The index entry goes with the text it was made from, before that text changes. A stale
    // row version changes nothing below, and the conflict rolls this back too.
    QSqlQuery unindex(m_database.connection());
    unindex.prepare(unindexSearchTextSql());
    if (Status status =
                runForClient(unindex, client.id, QStringLiteral("save the client's changes"));
        !status)
        return status.error();

    QStringList assignments;
    for (const QString &column : clientColumns.split(QStringLiteral(", ")))
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE clients SET ") + assignments.join(QStringLiteral(", "))
                   + QStringLiteral(", updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ? AND row_version = ?"));
    bindClient(update, client);
    const int base = columnCount();
    update.bindValue(base, isoUtc(m_clock.nowUtc()));
    update.bindValue(base + 1, client.id);
    update.bindValue(base + 2, client.rowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("save the client's changes"), update);
    if (update.numRowsAffected() != 1) {
        auto current = find(client.id);
        if (!current)
            return current.error();
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Someone else changed %1's record since you opened it. "
                                        "Reload it to see their change, then make yours again; "
                                        "nothing was saved.")
                                 .arg(current->givenName));
    }

    QSqlQuery index(m_database.connection());
    index.prepare(indexSearchTextSql());
    if (Status status = runForClient(index, client.id, QStringLiteral("save the client's changes"));
        !status)
        return status.error();

    QSqlQuery removeAlerts(m_database.connection());
    removeAlerts.prepare(QStringLiteral("DELETE FROM client_alerts WHERE client_id = ?"));
    removeAlerts.bindValue(0, client.id);
    if (!removeAlerts.exec())
        return queryError(QStringLiteral("save the client's alerts"), removeAlerts);
    QSqlQuery alertInsert(m_database.connection());
    alertInsert.prepare(insertAlertSql());
    if (Status status = insertAlerts(alertInsert, client.id, client.alerts); !status)
        return status.error();
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, client.id); !status)
            return status.error();
    }

    if (Status status = transaction.commit(); !status)
        return status.error();
    return find(client.id);
}

Result<Client> ClientRepository::setArchived(qint64 id, bool archived, int expectedRowVersion,
                                             const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery update(m_database.connection());
    update.prepare(
            QStringLiteral("UPDATE clients SET archived = ?, updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    update.bindValue(0, archived ? 1 : 0);
    update.bindValue(1, isoUtc(m_clock.nowUtc()));
    update.bindValue(2, id);
    update.bindValue(3, expectedRowVersion);
    if (!update.exec())
        return queryError(archived ? QStringLiteral("archive the client")
                                   : QStringLiteral("restore the client"),
                          update);
    if (update.numRowsAffected() != 1) {
        auto current = find(id);
        if (!current)
            return current.error();
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Someone else changed %1's record since you opened it. "
                                        "Reload it and try again; nothing was changed.")
                                 .arg(current->givenName));
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, id); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return find(id);
}

Result<Client> ClientRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, ") + clientColumns
              + QStringLiteral(", archived, created_at, updated_at, row_version FROM clients "
                               "WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return queryError(QStringLiteral("be read"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no client with number %1.").arg(id));
    Client c = clientFromRow(q);

    QSqlQuery alerts(m_database.connection());
    alerts.prepare(QStringLiteral("SELECT id, text, front_desk_visible FROM client_alerts "
                                  "WHERE client_id = ? ORDER BY position"));
    alerts.bindValue(0, id);
    if (!alerts.exec())
        return queryError(QStringLiteral("be read"), alerts);
    while (alerts.next())
        c.alerts << ClientAlert{ alerts.value(0).toLongLong(), alerts.value(1).toString(),
                                 alerts.value(2).toBool() };
    return c;
}

namespace {

// Above this many clients named by the trigram index, reading each of them costs more than
// walking the list in its own order until a page is full: the word is common.
constexpr int TextIndexCandidateLimit = 1000;

// Prepares, binds and runs one search statement; the query is ready for next().
Result<QSqlQuery> runSearch(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(QStringLiteral("be searched"), q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return queryError(QStringLiteral("be searched"), q);
    return q;
}

Result<QList<ClientSummary>> readSummaries(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &values)
{
    auto ran = runSearch(db, sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QList<ClientSummary> rows;
    while (q.next())
        rows << summaryFromQuery(q);
    return rows;
}

Result<int> readCount(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto ran = runSearch(db, sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    if (!q.next())
        return queryError(QStringLiteral("be searched"), q);
    return q.value(0).toInt();
}

// The trigram index when it names few clients, otherwise every row. Asking the index how many
// it names (up to the limit) costs well under a millisecond.
Result<Plan> cheapestPlan(const QSqlDatabase &db, const ClientQuery &query)
{
    const QString match = textIndexMatch(query);
    if (match.isEmpty())
        return Plan::Scan;
    auto named = readCount(db,
                           QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM clients_fts "
                                          "WHERE clients_fts MATCH ? LIMIT ?)"),
                           { match, TextIndexCandidateLimit + 1 });
    if (!named)
        return named.error();
    return named.value() <= TextIndexCandidateLimit ? Plan::TextIndex : Plan::Scan;
}

} // namespace

Result<QList<ClientSummary>> ClientRepository::search(const ClientQuery &query) const
{
    return search(query, nullptr);
}

Result<QList<ClientSummary>> ClientRepository::search(const ClientQuery &query, int *matches) const
{
    if (matches)
        *matches = -1;
    const QSqlDatabase db = m_database.connection();
    const QVariantList page{ std::max(0, query.limit), std::max(0, query.offset) };
    const bool ranked = !SearchText::terms(query.text).isEmpty();
    if (ranked && query.sort == ClientQuery::Sort::Relevance) {
        // The best rank comes first: names that start with the whole text, by name. When they
        // fill the page, they are the page, found on the index without reading other rows.
        const Filter prefix = buildFilter(query, Plan::NamePrefix);
        auto rows = readSummaries(
                db,
                QStringLiteral("SELECT ") + summaryColumns()
                        + QStringLiteral(" FROM clients WHERE id IN (SELECT id") + prefix.from
                        + prefix.where
                        + QStringLiteral(" ORDER BY sort_name ASC, id ASC LIMIT ? OFFSET ?) "
                                         "ORDER BY sort_name ASC, id ASC"),
                prefix.values + page);
        if (!rows || rows->size() >= query.limit)
            return rows;
    }

    const auto plan = cheapestPlan(db, query);
    if (!plan)
        return plan.error();
    const Filter filter = buildFilter(query, plan.value());
    QString sql = QStringLiteral("SELECT ") + summaryColumns();
    QVariantList values;
    if (ranked) {
        // 0: the name starts with the query; 1: a word of the name does; 2: the name contains
        // it; 3: matched elsewhere (contact details, or words scattered).
        sql += QStringLiteral(", CASE instr(clients.search_name, ?) WHEN 1 THEN 0 WHEN 0 THEN 3 "
                              "ELSE CASE WHEN instr(' ' || clients.search_name, ?) > 0 THEN 1 "
                              "ELSE 2 END END AS rank");
        values << QVariant(filter.wholeQuery)
               << QVariant(QString(QLatin1Char(' ') + filter.wholeQuery));
    }
    // The trigram index's few candidates are all read and sorted before the page is cut, so
    // counting them then is nearly free: a window over every match, before LIMIT.
    const bool countAlong = matches && plan.value() == Plan::TextIndex;
    if (countAlong)
        sql += QStringLiteral(", count(*) OVER () AS matches");
    sql += filter.from + filter.where + orderBy(query, ranked)
            + QStringLiteral(" LIMIT ? OFFSET ?");
    auto ran = runSearch(db, sql, values + filter.values + page);
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QList<ClientSummary> rows;
    while (q.next()) {
        rows << summaryFromQuery(q);
        if (countAlong)
            *matches = q.value(q.record().count() - 1).toInt();
    }
    if (countAlong && rows.isEmpty() && query.offset == 0)
        *matches = 0;
    return rows;
}

Result<ClientListPage> ClientRepository::listPage(const ClientQuery &query, int countBound) const
{
    int matches = -1;
    auto rows = search(query, &matches);
    if (!rows)
        return rows.error();
    ClientListPage page;
    page.rows = std::move(rows).value();
    const bool searching = !SearchText::terms(query.text).isEmpty();
    if (query.offset == 0 && page.rows.size() < query.limit) {
        page.total = static_cast<int>(page.rows.size()); // every match is on the page
    } else if (matches >= 0) {
        page.total = matches;
    } else {
        auto counted = count(query, searching ? countBound + 1 : 0);
        if (!counted)
            return counted.error();
        page.total = counted.value();
    }
    if (searching && page.total > countBound) {
        page.total = countBound;
        page.totalIsAtLeast = true;
    }
    return page;
}

Result<int> ClientRepository::count(const ClientQuery &query, int stopAfter) const
{
    const QSqlDatabase db = m_database.connection();
    Plan plan = Plan::Scan;
    if (stopAfter > 0) {
        // Stopping early, the index is cheap however common the word: it names matches in
        // order and the count ends after `stopAfter` of them.
        if (!textIndexMatch(query).isEmpty())
            plan = Plan::TextIndex;
    } else {
        auto cheapest = cheapestPlan(db, query);
        if (!cheapest)
            return cheapest.error();
        plan = cheapest.value();
    }
    const Filter filter = buildFilter(query, plan);
    if (stopAfter > 0)
        return readCount(db,
                         QStringLiteral("SELECT count(*) FROM (SELECT 1") + filter.from
                                 + filter.where + QStringLiteral(" LIMIT ?)"),
                         filter.values + QVariantList{ stopAfter });
    return readCount(db, QStringLiteral("SELECT count(*)") + filter.from + filter.where,
                     filter.values);
}

Result<QList<ClientSummary>> ClientRepository::possibleDuplicates(const Client &client) const
{
    const DerivedText d = derive(client);
    QStringList conditions;
    QVariantList values;
    if (client.dateOfBirth.isValid() && !client.givenName.trimmed().isEmpty()) {
        conditions << QStringLiteral("(name_key = ? AND date_of_birth = ?)");
        values << d.nameKey << dateValue(client.dateOfBirth);
    }
    QStringList tokens;
    if (!client.email.trimmed().isEmpty())
        tokens << SearchText::fold(client.email.trimmed());
    for (const QString &phone : { client.mobilePhone, client.homePhone, client.workPhone }) {
        const QString digits = SearchText::digits(phone);
        if (digits.size() >= 6 && !tokens.contains(digits))
            tokens << digits;
    }
    for (const QString &token : tokens) {
        conditions << QStringLiteral("instr(search_contact, ?) > 0");
        values << QVariant(QString(QLatin1Char(' ') + token + QLatin1Char(' ')));
    }
    if (conditions.isEmpty())
        return QList<ClientSummary>();

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + summaryColumns()
              + QStringLiteral(" FROM clients WHERE id <> ? AND (")
              + conditions.join(QStringLiteral(" OR "))
              + QStringLiteral(") ORDER BY sort_name, id LIMIT 20"));
    q.bindValue(0, client.id);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i + 1, values.at(i));
    if (!q.exec())
        return queryError(QStringLiteral("be checked for duplicates"), q);
    QList<ClientSummary> rows;
    while (q.next())
        rows << summaryFromQuery(q);
    return rows;
}

Result<QList<ClientIdentity>> ClientRepository::identities() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, given_name, family_name, preferred_name, name_key, "
                                  "date_of_birth, search_contact FROM clients ORDER BY id"))
        || !q.exec())
        return queryError(QStringLiteral("be checked for duplicates"), q);
    QList<ClientIdentity> rows;
    while (q.next()) {
        Client names;
        names.givenName = q.value(1).toString();
        names.familyName = q.value(2).toString();
        names.preferredName = q.value(3).toString();
        ClientIdentity identity;
        identity.id = q.value(0).toLongLong();
        identity.displayName = names.displayName();
        identity.nameKey = q.value(4).toString();
        identity.dateOfBirth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        identity.contactKeys = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        rows << identity;
    }
    return rows;
}

Result<QList<Client>> ClientRepository::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, ") + clientColumns
                   + QStringLiteral(", archived, created_at, updated_at, row_version FROM clients "
                                    "ORDER BY id"))
        || !q.exec())
        return queryError(QStringLiteral("be read"), q);
    QList<Client> clients;
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        clients << clientFromRow(q);
        indexOf.insert(clients.constLast().id, clients.size() - 1);
    }

    QSqlQuery alerts(m_database.connection());
    alerts.setForwardOnly(true);
    if (!alerts.prepare(QStringLiteral("SELECT client_id, id, text, front_desk_visible FROM "
                                       "client_alerts ORDER BY client_id, position"))
        || !alerts.exec())
        return queryError(QStringLiteral("be read"), alerts);
    while (alerts.next()) {
        const auto found = indexOf.constFind(alerts.value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        clients[found.value()].alerts
                << ClientAlert{ alerts.value(1).toLongLong(), alerts.value(2).toString(),
                                alerts.value(3).toBool() };
    }
    return clients;
}

} // namespace stillpoint::core
