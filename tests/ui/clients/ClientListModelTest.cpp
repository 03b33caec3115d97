// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListModel.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/ClientService.h"
#include "core/demo/DemoPractice.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>

using namespace stillpoint;
using ui::ClientListModel;

namespace {

void populate(core::Database &database, int count)
{
    const core::FixedClock clock = test::fixedClock();
    REQUIRE(core::DemoPractice::populate(database, count, clock).ok());
}

} // namespace

TEST_CASE("the client list model passes QAbstractItemModelTester while it searches and sorts and "
          "fetches more rows",
          "[ui][clients][model]")
{
    test::TestDatabase t;
    populate(t.db(), 60);
    const core::FixedClock clock = test::fixedClock();
    const test::ModelTestWarnings warnings;

    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListModel model(clients, *session);
    model.setPageSize(15);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    while (model.canFetchMore({}))
        model.fetchMore({});
    model.sort(ClientListModel::DateOfBirthColumn, Qt::DescendingOrder);
    model.sort(ClientListModel::EmailColumn, Qt::AscendingOrder);
    model.setIncludeArchived(true);
    model.setSearchText(QStringLiteral("an"));
    model.fetchMore({});
    model.setSearchText(QStringLiteral("no such client anywhere"));
    model.setSearchText({});
    model.refresh();

    INFO(warnings.messages().join(u'\n').toStdString());
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("the client list reads clients a page at a time as the view asks for more",
          "[ui][clients][model]")
{
    test::TestDatabase t;
    for (int i = 0; i < 25; ++i)
        test::addClient(
                t.db(),
                test::makeClient(QStringLiteral("Client"),
                                 QStringLiteral("Number %1").arg(i, 2, 10, QLatin1Char('0'))));
    const core::FixedClock clock = test::fixedClock();
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListModel model(clients, *session);
    model.setPageSize(10);
    model.refresh();

    CHECK(model.rowCount() == 10);
    CHECK(model.totalCount() == 25);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 20);
    model.fetchMore({});
    CHECK(model.rowCount() == 25);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(24, ClientListModel::NameColumn).data().toString()
          == QStringLiteral("Client Number 24"));
}

TEST_CASE("sorting the client list by a column puts the rows in that column's order",
          "[ui][clients][model]")
{
    test::TestDatabase t;
    test::addClient(
            t.db(),
            test::makeClient(QStringLiteral("Ann"), QStringLiteral("Young"), QDate(1990, 5, 1)));
    test::addClient(
            t.db(),
            test::makeClient(QStringLiteral("Bea"), QStringLiteral("Adams"), QDate(1950, 1, 9)));
    test::addClient(
            t.db(),
            test::makeClient(QStringLiteral("Cal"), QStringLiteral("Moss"), QDate(2001, 12, 24)));
    const core::FixedClock clock = test::fixedClock();
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListModel model(clients, *session);

    const auto column = [&model](int section) {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, section).data().toString();
        return values;
    };
    // Name sorts by family name first.
    CHECK(column(ClientListModel::NameColumn)
          == QStringList({ QStringLiteral("Bea Adams"), QStringLiteral("Cal Moss"),
                           QStringLiteral("Ann Young") }));
    model.sort(ClientListModel::DateOfBirthColumn, Qt::DescendingOrder);
    CHECK(column(ClientListModel::DateOfBirthColumn)
          == QStringList({ QStringLiteral("2001-12-24"), QStringLiteral("1990-05-01"),
                           QStringLiteral("1950-01-09") }));
    CHECK(model.headerData(ClientListModel::DateOfBirthColumn, Qt::Horizontal).toString()
          == QStringLiteral("Date of birth"));
}

TEST_CASE("archived clients are listed only when asked for and then visibly marked",
          "[ui][clients][model]")
{
    test::TestDatabase t;
    test::addClient(t.db(), test::makeClient(QStringLiteral("Active"), QStringLiteral("Client")));
    const core::Client archived = test::addClient(
            t.db(), test::makeClient(QStringLiteral("Former"), QStringLiteral("Client")));
    const core::FixedClock clock = test::fixedClock();
    core::ClientRepository repository(t.db(), clock);
    REQUIRE(repository.setArchived(archived.id, true, archived.rowVersion).ok());

    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListModel model(clients, *session);
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(archived.id) == -1);

    model.setIncludeArchived(true);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex name = model.index(model.rowOf(archived.id), ClientListModel::NameColumn);
    CHECK(name.data().toString() == QStringLiteral("Former Client (archived)"));
    CHECK(name.data(Qt::FontRole).value<QFont>().italic());
    CHECK(name.data(ClientListModel::ArchivedRole).toBool());
    const QModelIndex active = model.index(1 - name.row(), ClientListModel::NameColumn);
    CHECK(active.data().toString() == QStringLiteral("Active Client"));
    CHECK_FALSE(active.data(Qt::FontRole).isValid());
}
