// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

// Search as the app runs it on every keystroke: the client list's first page by name with its
// bounded count, and the booking dialog's 20 best matches.
TEST_CASE("client search per keystroke on 10,000 clients", "[!benchmark][clients]")
{
    test::TestDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(DemoPractice::populate(t.db(), 10000, clock).ok());
    ClientRepository repository(t.db(), clock);

    for (const char *typed : { "m", "ma", "mar", "martin", "555-01", "zoe mar", "zq" }) {
        ClientQuery list;
        list.text = QString::fromUtf8(typed);
        list.sort = ClientQuery::Sort::Name;
        list.limit = 100;
        BENCHMARK(std::string("list \"") + typed + "\"")
        {
            return repository.listPage(list, 1000).value().total;
        };
        ClientQuery booking;
        booking.text = list.text;
        booking.limit = 20;
        BENCHMARK(std::string("booking \"") + typed + "\"")
        {
            return repository.search(booking).value().size();
        };
    }
    ClientQuery everyone;
    everyone.sort = ClientQuery::Sort::Name;
    everyone.limit = 100;
    BENCHMARK("first page of the whole list and its count")
    {
        return repository.listPage(everyone, 1000).value().total;
    };
}
