// SPDX-License-Identifier: GPL-3.0-or-later
// Client search reads fewer rows on a large practice (a name prefix on an index, a trigram index
// for longer words, an index walk in name order), but it must return exactly the rows a plain
// reading of every client would. These tests compare every page with a reference computed here
// from the stored search text, for common and rare words, and check that the trigram index
// follows every write.
#include "core/clients/ClientRepository.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    return fixed;
}

// 1,400 clients: common first names (so short words match hundreds), a few rare ones, accents,
// apostrophes, phones that all share "555", emails on one domain for most, some archived.
QList<Client> practice()
{
    const QStringList given{ QStringLiteral("Mary"),  QStringLiteral("Martin"),
                             QStringLiteral("Marta"), QStringLiteral("Zoë"),
                             QStringLiteral("Ana"),   QStringLiteral("Mateo"),
                             QStringLiteral("Sean"),  QStringLiteral("Tina"),
                             QStringLiteral("Omar"),  QStringLiteral("Émile"),
                             QStringLiteral("Björn"), QStringLiteral("Mai"),
                             QStringLiteral("Lucia"), QStringLiteral("Ravi") };
    const QStringList family{ QStringLiteral("Andersen"), QStringLiteral("O'Brien"),
                              QStringLiteral("Marsh"),    QStringLiteral("Nakamura"),
                              QStringLiteral("Okafor"),   QStringLiteral("Martinez"),
                              QStringLiteral("Ng"),       QStringLiteral("Smith-Jones"),
                              QStringLiteral("Müller"),   QStringLiteral("Dubois") };
    QList<Client> clients;
    for (int i = 0; i < 1400; ++i) {
        Client c;
        c.givenName = given.at((i * 7) % given.size());
        c.familyName = family.at((i * 3 + i / 11) % family.size());
        if (i % 97 == 0)
            c.givenName = QStringLiteral("Quintessa"); // rare
        if (i % 5 == 0)
            c.preferredName = QStringLiteral("Mo");
        if (i % 13 != 0)
            c.dateOfBirth = QDate(1950, 1, 1).addDays((i * 173) % 20000);
        c.mobilePhone = QStringLiteral("(541) 555-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (i % 4 == 0)
            c.homePhone = QStringLiteral("+1 503 555 %1").arg(9999 - i, 4, 10, QLatin1Char('0'));
        if (i % 3 != 0)
            c.email = QStringLiteral("%1.%2@example.org").arg(c.givenName.left(3).toLower()).arg(i);
        c.archived = i % 9 == 0;
        clients << c;
    }
    return clients;
}

struct Stored
{
    qint64 id = 0;
    QByteArray sortName; // compared as SQLite does: the bytes of the UTF-8 text
    QString searchName;
    QString searchContact;
    QString dateOfBirth;
    bool archived = false;
};

QList<Stored> storedClients(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, sort_name, search_name, search_contact, "
                                  "date_of_birth, archived FROM clients")));
    QList<Stored> rows;
    while (q.next())
        rows << Stored{ q.value(0).toLongLong(), q.value(1).toString().toUtf8(),
                        q.value(2).toString(),   q.value(3).toString(),
                        q.value(4).toString(),   q.value(5).toBool() };
    return rows;
}

bool phoneLike(const QString &term)
{
    bool digit = false;
    for (const QChar c : term) {
        if (c.isDigit())
            digit = true;
        else if (!QStringLiteral("+-()./").contains(c))
            return false;
    }
    return digit;
}

QString digitsOf(const QString &term)
{
    QString out;
    for (const QChar c : term)
        if (c.isDigit())
            out += c;
    return out;
}

// The ids the query should list, in order, computed without SQL from the stored search text.
// `terms` are already folded (the tests use lower-case, accent-free words).
QList<qint64> expectedIds(const QList<Stored> &all, const QStringList &terms,
                          const ClientQuery &query)
{
    const QString whole = terms.join(QLatin1Char(' '));
    struct Row
    {
        Stored stored;
        int rank;
    };
    QList<Row> rows;
    for (const Stored &s : all) {
        if (s.archived && !query.includeArchived)
            continue;
        const bool matches = std::all_of(terms.cbegin(), terms.cend(), [&s](const QString &t) {
            const QString contactTerm = phoneLike(t) ? digitsOf(t) : t;
            return s.searchName.contains(t) || s.searchContact.contains(contactTerm);
        });
        if (!matches)
            continue;
        const qsizetype at = s.searchName.indexOf(whole);
        const int rank = at == 0 ? 0
                : at < 0         ? 3
                : QString(QLatin1Char(' ') + s.searchName)
                          .contains(QString(QLatin1Char(' ') + whole))
                ? 1
                : 2;
        rows << Row{ s, terms.isEmpty() ? 0 : rank };
    }
    const bool descending = query.descending;
    std::sort(rows.begin(), rows.end(), [&query, descending](const Row &a, const Row &b) {
        switch (query.sort) {
        case ClientQuery::Sort::Relevance:
            return std::tie(a.rank, a.stored.sortName, a.stored.id)
                    < std::tie(b.rank, b.stored.sortName, b.stored.id);
        case ClientQuery::Sort::Name:
            if (a.stored.sortName != b.stored.sortName)
                return descending ? a.stored.sortName > b.stored.sortName
                                  : a.stored.sortName < b.stored.sortName;
            return a.stored.id < b.stored.id;
        case ClientQuery::Sort::DateOfBirth: {
            const bool aNull = a.stored.dateOfBirth.isEmpty();
            const bool bNull = b.stored.dateOfBirth.isEmpty();
            if (aNull != bNull)
                return bNull;
            if (a.stored.dateOfBirth != b.stored.dateOfBirth)
                return descending ? a.stored.dateOfBirth > b.stored.dateOfBirth
                                  : a.stored.dateOfBirth < b.stored.dateOfBirth;
            return std::tie(a.stored.sortName, a.stored.id)
                    < std::tie(b.stored.sortName, b.stored.id);
        }
        default:
            FAIL("the reference knows only relevance, name and date of birth");
            return false;
        }
    });
    QList<qint64> ids;
    for (qsizetype i = query.offset; i < rows.size() && i < query.offset + query.limit; ++i)
        ids << rows.at(i).stored.id;
    return ids;
}

QList<qint64> idsOf(const QList<ClientSummary> &rows)
{
    QList<qint64> ids;
    for (const ClientSummary &row : rows)
        ids << row.id;
    return ids;
}

int fullIndexCheck(Database &db)
{
    // With rank 1, FTS5 also compares the index with the clients table it was made from.
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral(
                   "INSERT INTO clients_fts(clients_fts, rank) VALUES ('integrity-check', 1)"))
            ? 0
            : 1;
}

} // namespace

TEST_CASE("every search plan lists exactly the clients a full reading would, in the same order",
          "[clients][search][searchindex]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db(), testClock());
    REQUIRE(repository.createMany(practice()).value() == 1400);
    const QList<Stored> all = storedClients(t.db());

    // Common and rare, short and long, names and phones, several words, and words that match
    // nobody. "example" and "555" name far more clients than the trigram index is used for.
    const QList<QStringList> searches{
        { QStringLiteral("m") },
        { QStringLiteral("ma") },
        { QStringLiteral("mar") },
        { QStringLiteral("martin") },
        { QStringLiteral("tina") },
        { QStringLiteral("quintessa") },
        { QStringLiteral("zoe") },
        { QStringLiteral("o'brien") },
        { QStringLiteral("555") },
        { QStringLiteral("555-0123") },
        { QStringLiteral("0123") },
        { QStringLiteral("example") },
        { QStringLiteral("mar"), QStringLiteral("marsh") },
        { QStringLiteral("an"), QStringLiteral("ma") },
        { QStringLiteral("mo"), QStringLiteral("ng") },
        { QStringLiteral("xyz") },
        { QStringLiteral("q") },
        { QStringLiteral("mar\"tin") },
        { QStringLiteral("smith-jones") },
        { QStringLiteral("muller") },
        {},
    };
    using Sort = ClientQuery::Sort;
    for (const QStringList &terms : searches) {
        for (const auto &[sort, descending] :
             { std::pair{ Sort::Relevance, false }, std::pair{ Sort::Name, false },
               std::pair{ Sort::Name, true }, std::pair{ Sort::DateOfBirth, false } }) {
            for (const bool archived : { false, true }) {
                for (const auto &[offset, limit] : { std::pair{ 0, 100 }, std::pair{ 150, 100 },
                                                     std::pair{ 0, 20 }, std::pair{ 0, 2000 } }) {
                    ClientQuery query;
                    query.text = terms.join(QLatin1Char(' '));
                    query.sort = sort;
                    query.descending = descending;
                    query.includeArchived = archived;
                    query.offset = offset;
                    query.limit = limit;
                    INFO("search \"" << query.text.toStdString() << "\" sort "
                                     << static_cast<int>(sort) << (descending ? " desc" : "")
                                     << (archived ? " with archived" : "") << " offset " << offset
                                     << " limit " << limit);
                    const auto found = repository.search(query);
                    REQUIRE(found.ok());
                    CHECK(idsOf(found.value()) == expectedIds(all, terms, query));
                }
            }
        }
        ClientQuery all2000;
        all2000.text = terms.join(QLatin1Char(' '));
        all2000.limit = 100000;
        const auto total = static_cast<int>(expectedIds(all, terms, all2000).size());
        INFO("count \"" << all2000.text.toStdString() << "\"");
        CHECK(repository.count(all2000).value() == total);
        CHECK(repository.count(all2000, 50).value() == std::min(total, 50));
        CHECK(repository.count(all2000, 5000).value() == total);
        // The list's page with its count in one: exact up to the bound, "at least" past it.
        for (const auto sort : { Sort::Relevance, Sort::Name }) {
            for (const int bound : { 40, 300, 2000 }) {
                ClientQuery first;
                first.text = all2000.text;
                first.sort = sort;
                first.limit = 30;
                INFO("list page, sort " << static_cast<int>(sort) << " bound " << bound);
                const auto page = repository.listPage(first, bound);
                REQUIRE(page.ok());
                CHECK(idsOf(page->rows) == expectedIds(all, terms, first));
                const bool counted = terms.isEmpty() || total <= bound;
                CHECK(page->total == (counted ? total : bound));
                CHECK(page->totalIsAtLeast == !counted);
            }
        }
    }
}

TEST_CASE("the search index follows new clients and edits and a refused edit leaves it as it was",
          "[clients][search][searchindex]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db(), testClock());
    const auto named = [&repository](const QString &text) {
        ClientQuery query;
        query.text = text;
        return idsOf(repository.search(query).value());
    };

    Client c;
    c.givenName = QStringLiteral("Quintessa");
    c.familyName = QStringLiteral("Vale");
    c.mobilePhone = QStringLiteral("(541) 555-0199");
    auto created = repository.create(c);
    REQUIRE(created.ok());
    const qint64 id = created->id;
    CHECK(named(QStringLiteral("tessa")) == QList<qint64>{ id });
    CHECK(named(QStringLiteral("5550199")) == QList<qint64>{ id });

    Client renamed = created.value();
    renamed.givenName = QStringLiteral("Roberta");
    renamed.mobilePhone = QStringLiteral("(541) 555-0277");
    auto updated = repository.update(renamed);
    REQUIRE(updated.ok());
    CHECK(named(QStringLiteral("tessa")).isEmpty());
    CHECK(named(QStringLiteral("5550199")).isEmpty());
    CHECK(named(QStringLiteral("bert")) == QList<qint64>{ id });
    CHECK(named(QStringLiteral("555-0277")) == QList<qint64>{ id });

    // A stale edit is refused as a conflict; the index keeps the stored text.
    Client stale = created.value();
    stale.givenName = QStringLiteral("Winifred");
    auto refused = repository.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(named(QStringLiteral("winifred")).isEmpty());
    CHECK(named(QStringLiteral("bert")) == QList<qint64>{ id });

    // Archiving leaves the text alone; the archived client is listed only when asked for.
    REQUIRE(repository.setArchived(id, true, updated->rowVersion).ok());
    CHECK(named(QStringLiteral("bert")).isEmpty());
    ClientQuery withArchived;
    withArchived.text = QStringLiteral("bert");
    withArchived.includeArchived = true;
    CHECK(idsOf(repository.search(withArchived).value()) == QList<qint64>{ id });

    REQUIRE(repository.createMany({ c, c }).ok());
    CHECK(named(QStringLiteral("tessa")).size() == 2);
    CHECK(fullIndexCheck(t.db()) == 0);
}

TEST_CASE("the index check can fail: a client changed behind the repository's back is found",
          "[clients][search][searchindex]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db(), testClock());
    Client c;
    c.givenName = QStringLiteral("Quintessa");
    REQUIRE(repository.create(c).ok());
    CHECK(fullIndexCheck(t.db()) == 0);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE clients SET search_name = 'someone else', "
                                  "row_version = row_version + 1")));
    CHECK(fullIndexCheck(t.db()) == 1);
}

TEST_CASE("a practice file from before the search index gets one that names its clients",
          "[clients][search][searchindex][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.stillpoint"));
    // As version 6 stored them: the folded search text beside each client.
    QStringList clients;
    for (int i = 0; i < 30; ++i)
        clients << QStringLiteral("INSERT INTO clients (given_name, family_name, sort_name, "
                                  "search_name, search_contact, created_at, updated_at) VALUES "
                                  "('Ada', 'Lovelace%1', 'lovelace%1 ada', 'ada lovelace%1', "
                                  "' ada%1@example.org 5415550%1 ', '2026-01-01T00:00:00Z', "
                                  "'2026-01-01T00:00:00Z')")
                           .arg(i + 10);
    test::writeOlderPracticeFile(path, 6, clients);

    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->schemaVersion() >= 7);
    ClientRepository repository(*opened.value(), testClock());
    ClientQuery query;
    query.text = QStringLiteral("lovelace27");
    const auto found = repository.search(query);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->constFirst().familyName == QStringLiteral("Lovelace27"));
    query.text = QStringLiteral("5415550");
    CHECK(repository.count(query).value() == 30);
    CHECK(fullIndexCheck(*opened.value()) == 0);
}
