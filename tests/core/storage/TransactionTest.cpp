// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

int clientCount(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void insertClient(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
            QStringLiteral("INSERT INTO clients (given_name, created_at, updated_at) "
                           "VALUES ('Ada', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
}

} // namespace

TEST_CASE("a transaction that is not committed is rolled back when it goes out of scope",
          "[storage]")
{
    test::TestDatabase t;
    {
        Transaction transaction(t.db());
        REQUIRE(transaction.status().ok());
        insertClient(t.db());
        CHECK(clientCount(t.db()) == 1);
    }
    CHECK(clientCount(t.db()) == 0);
}

TEST_CASE("a committed transaction keeps its changes", "[storage]")
{
    test::TestDatabase t;
    {
        Transaction transaction(t.db());
        insertClient(t.db());
        REQUIRE(transaction.commit().ok());
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(clientCount(t.db()) == 1);
}

TEST_CASE("a transaction takes the write lock at once (BEGIN IMMEDIATE)", "[storage]")
{
    test::TestDatabase t;
    Transaction transaction(t.db());
    REQUIRE(transaction.status().ok());

    // A second writer must be turned away while the first transaction holds the lock, even
    // before the first one has written anything; a deferred BEGIN would not have locked yet.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("second-writer"));
        other.setDatabaseName(t.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        CHECK_FALSE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("second-writer"));
}

TEST_CASE("a second transaction on the same connection reports that it could not start",
          "[storage]")
{
    test::TestDatabase t;
    Transaction first(t.db());
    REQUIRE(first.status().ok());
    Transaction nested(t.db());
    CHECK_FALSE(nested.status().ok());
    CHECK(nested.status().error().code == ErrorCode::Storage);
    CHECK_FALSE(nested.commit().ok());
}
