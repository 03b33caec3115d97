// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

// Search as the client list runs it on every keystroke: one page of the best matches.
TEST_CASE("client search per keystroke on 10,000 clients", "[!benchmark][clients]")
{
    test::TestDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::populate(t.db(), 10000, clock).ok());
    ClientRepository repository(t.db(), clock);

    for (const char *typed : { "m", "ma", "mar", "martin", "555-01", "zoe mar" }) {
        ClientQuery query;
        query.text = QString::fromUtf8(typed);
        query.limit = 100;
        BENCHMARK(std::string("search \"") + typed + "\"")
        {
            return repository.search(query).value().size();
        };
    }
    ClientQuery everyone;
    everyone.limit = 100;
    BENCHMARK("first page of the whole list")
    {
        return repository.search(everyone).value().size();
    };
}
