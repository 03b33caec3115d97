// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

Client person(const char *given, const char *family, const char *phone = "", const char *email = "")
{
    Client c;
    c.givenName = QString::fromUtf8(given);
    c.familyName = QString::fromUtf8(family);
    c.mobilePhone = QString::fromUtf8(phone);
    c.email = QString::fromUtf8(email);
    return c;
}

QStringList names(const Result<QList<ClientSummary>> &rows)
{
    REQUIRE(rows.ok());
    QStringList out;
    for (const ClientSummary &row : rows.value())
        out << row.givenName + QLatin1Char(' ') + row.familyName;
    return out;
}

QStringList find(const ClientRepository &repository, const QString &text)
{
    ClientQuery query;
    query.text = text;
    return names(repository.search(query));
}

struct Practice
{
    test::TestDatabase t;
    ClientRepository repository{ t.db() };
    Practice()
    {
        REQUIRE(repository
                        .createMany({
                                person("Zoë", "Martin", "(541) 555-0123", "zoe@example.org"),
                                person("Anne", "Zoeller", "(503) 555-0100"),
                                person("Chloé", "Dubois", "", "chloe.d@example.net"),
                                person("Martin", "Núñez", "+1 360 555 0177"),
                                person("Rosa", "Martinez"),
                                person("Sam", "100%_Real", "", "sam_real@example.com"),
                        })
                        .ok());
    }
};

} // namespace

TEST_CASE("search ignores accents and case: zoe finds Zoë", "[clients][search]")
{
    Practice p;
    CHECK(find(p.repository, QStringLiteral("zoe")).contains(QStringLiteral("Zoë Martin")));
    CHECK(find(p.repository, QStringLiteral("ZOË")).contains(QStringLiteral("Zoë Martin")));
    CHECK(find(p.repository, QStringLiteral("nunez"))
          == QStringList{ QStringLiteral("Martin Núñez") });
    CHECK(find(p.repository, QStringLiteral("chloe"))
          == QStringList{ QStringLiteral("Chloé Dubois") });
}

TEST_CASE("search puts the best matches first", "[clients][search]")
{
    Practice p;
    // "zoe": a name starting with it beats a word starting with it beats an email-only match
    CHECK(find(p.repository, QStringLiteral("zoe"))
          == QStringList{ QStringLiteral("Zoë Martin"), QStringLiteral("Anne Zoeller") });
    // "martin": the given name Martin starts the name; then the family names Martin, Martinez
    CHECK(find(p.repository, QStringLiteral("martin"))
          == QStringList{ QStringLiteral("Martin Núñez"), QStringLiteral("Zoë Martin"),
                          QStringLiteral("Rosa Martinez") });
}

TEST_CASE("search matches any part of a name and every word typed", "[clients][search]")
{
    Practice p;
    CHECK(find(p.repository, QStringLiteral("tine"))
          == QStringList{ QStringLiteral("Rosa Martinez") });
    CHECK(find(p.repository, QStringLiteral("zoe mar"))
          == QStringList{ QStringLiteral("Zoë Martin") });
    CHECK(find(p.repository, QStringLiteral("mar zoe"))
          == QStringList{ QStringLiteral("Zoë Martin") });
    CHECK(find(p.repository, QStringLiteral("nobody")).isEmpty());
}

TEST_CASE("search finds phone numbers however they are typed", "[clients][search]")
{
    Practice p;
    CHECK(find(p.repository, QStringLiteral("555-0123"))
          == QStringList{ QStringLiteral("Zoë Martin") });
    CHECK(find(p.repository, QStringLiteral("5415550123"))
          == QStringList{ QStringLiteral("Zoë Martin") });
    CHECK(find(p.repository, QStringLiteral("360 555"))
          == QStringList{ QStringLiteral("Martin Núñez") });
    CHECK(find(p.repository, QStringLiteral("0177"))
          == QStringList{ QStringLiteral("Martin Núñez") });
}

TEST_CASE("search finds part of an email address", "[clients][search]")
{
    Practice p;
    CHECK(find(p.repository, QStringLiteral("chloe.d@"))
          == QStringList{ QStringLiteral("Chloé Dubois") });
    CHECK(find(p.repository, QStringLiteral("example.org"))
          == QStringList{ QStringLiteral("Zoë Martin") });
}

TEST_CASE("wildcard characters typed in a search match themselves", "[clients][search]")
{
    Practice p;
    CHECK(find(p.repository, QStringLiteral("%"))
          == QStringList{ QStringLiteral("Sam 100%_Real") });
    CHECK(find(p.repository, QStringLiteral("_"))
          == QStringList{ QStringLiteral("Sam 100%_Real") });
}

TEST_CASE("an empty search lists everyone by family name in pages", "[clients][search]")
{
    Practice p;
    ClientQuery query;
    query.limit = 4;
    const QStringList firstPage = names(p.repository.search(query));
    // digits sort before letters, and accents do not push a name to the end
    CHECK(firstPage
          == QStringList{ QStringLiteral("Sam 100%_Real"), QStringLiteral("Chloé Dubois"),
                          QStringLiteral("Zoë Martin"), QStringLiteral("Rosa Martinez") });
    query.offset = 4;
    const QStringList secondPage = names(p.repository.search(query));
    CHECK(secondPage
          == QStringList{ QStringLiteral("Martin Núñez"), QStringLiteral("Anne Zoeller") });
    CHECK(p.repository.count(query).value() == 6);
}

TEST_CASE("the list can be sorted by other columns and reversed", "[clients][search]")
{
    Practice p;
    ClientQuery query;
    query.sort = ClientQuery::Sort::Email;
    const QStringList byEmail = names(p.repository.search(query));
    CHECK(byEmail.mid(0, 3)
          == QStringList{ QStringLiteral("Chloé Dubois"), QStringLiteral("Sam 100%_Real"),
                          QStringLiteral("Zoë Martin") });
    query.sort = ClientQuery::Sort::Name;
    query.descending = true;
    CHECK(names(p.repository.search(query)).constFirst() == QLatin1String("Anne Zoeller"));
}

TEST_CASE("archived clients are found only when asked for", "[clients][search]")
{
    Practice p;
    const qint64 id =
            p.repository.search(ClientQuery{ QStringLiteral("rosa") }).value().constFirst().id;
    REQUIRE(p.repository.setArchived(id, true, 1).ok());
    CHECK(find(p.repository, QStringLiteral("rosa")).isEmpty());
    ClientQuery withArchived{ QStringLiteral("rosa") };
    withArchived.includeArchived = true;
    CHECK(names(p.repository.search(withArchived))
          == QStringList{ QStringLiteral("Rosa Martinez") });
    CHECK(p.repository.count(withArchived).value() == 1);
}
