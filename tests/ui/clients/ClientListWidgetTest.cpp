// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListWidget.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/ClientService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/clients/ClientListModel.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace stillpoint;
using ui::ClientListModel;
using ui::ClientListWidget;

namespace {

QStringList shownNames(const ClientListWidget &list)
{
    QStringList names;
    const QAbstractItemModel *model = list.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ClientListModel::NameColumn).data().toString();
    return names;
}

void addThreeClients(core::Database &database)
{
    test::addClient(database,
                    test::makeClient(QStringLiteral("Zoë"), QStringLiteral("Martin"),
                                     QDate(1984, 3, 7), QStringLiteral("zoe@example.org")));
    test::addClient(database,
                    test::makeClient(QStringLiteral("Ingrid"), QStringLiteral("Lindqvist"),
                                     QDate(1975, 6, 2)));
    test::addClient(database,
                    test::makeClient(QStringLiteral("Omar"), QStringLiteral("Haddad"),
                                     QDate(1990, 11, 30)));
}

} // namespace

TEST_CASE("typing in the search box filters the client list", "[ui][clients][list]")
{
    test::TestDatabase t;
    addThreeClients(t.db());
    const core::FixedClock clock = test::fixedClock();
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListWidget list(clients, *session);
    test::showAndWait(list);
    auto *count = test::child<QLabel>(list, "clientCountLabel");
    CHECK(shownNames(list).size() == 3);
    CHECK(count->text() == QStringLiteral("3 clients"));

    auto *search = test::child<QLineEdit>(list, "clientSearchEdit");
    CHECK(search->placeholderText() == QStringLiteral("Search name, phone or email"));
    test::type(search, QStringLiteral("zoe")); // no accent typed: search ignores accents

    REQUIRE(test::waitUntil([&] { return shownNames(list).size() == 1; }));
    CHECK(shownNames(list) == QStringList{ QStringLiteral("Zoë Martin") });
    CHECK(count->text() == QStringLiteral("1 client matches"));

    search->clear();
    REQUIRE(test::waitUntil([&] { return shownNames(list).size() == 3; }));
    CHECK(count->text() == QStringLiteral("3 clients"));
}

TEST_CASE("the Show archived toggle adds archived clients to the list marked as archived",
          "[ui][clients][list]")
{
    test::TestDatabase t;
    addThreeClients(t.db());
    const core::Client former = test::addClient(
            t.db(), test::makeClient(QStringLiteral("Former"), QStringLiteral("Client")));
    const core::FixedClock clock = test::fixedClock();
    core::ClientRepository repository(t.db(), clock);
    REQUIRE(repository.setArchived(former.id, true, former.rowVersion).ok());
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListWidget list(clients, *session);
    test::showAndWait(list);
    CHECK_FALSE(shownNames(list).contains(QStringLiteral("Former Client (archived)")));

    auto *showArchived = test::child<QCheckBox>(list, "showArchivedCheckBox");
    QTest::mouseClick(showArchived, Qt::LeftButton);

    CHECK(showArchived->isChecked());
    CHECK(shownNames(list).contains(QStringLiteral("Former Client (archived)")));
    CHECK(test::child<QLabel>(list, "clientCountLabel")->text() == QStringLiteral("4 clients"));
}

TEST_CASE("clicking a column header sorts the client list by that column", "[ui][clients][list]")
{
    test::TestDatabase t;
    addThreeClients(t.db());
    const core::FixedClock clock = test::fixedClock();
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListWidget list(clients, *session);
    list.resize(900, 400);
    test::showAndWait(list);
    CHECK(shownNames(list)
          == QStringList({ QStringLiteral("Omar Haddad"), QStringLiteral("Ingrid Lindqvist"),
                           QStringLiteral("Zoë Martin") }));

    QHeaderView *header = list.view()->horizontalHeader();
    const int x = header->sectionViewportPosition(ClientListModel::DateOfBirthColumn)
            + header->sectionSize(ClientListModel::DateOfBirthColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));

    CHECK(header->sortIndicatorSection() == ClientListModel::DateOfBirthColumn);
    CHECK(shownNames(list)
          == QStringList({ QStringLiteral("Ingrid Lindqvist"), QStringLiteral("Zoë Martin"),
                           QStringLiteral("Omar Haddad") }));
}

TEST_CASE("clicking a client in the list announces that client", "[ui][clients][list]")
{
    test::TestDatabase t;
    addThreeClients(t.db());
    const core::FixedClock clock = test::fixedClock();
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListWidget list(clients, *session);
    test::showAndWait(list);
    QSignalSpy chosen(&list, &ClientListWidget::clientChosen);

    const QRect second = list.view()->visualRect(list.view()->model()->index(1, 0));
    QTest::mouseClick(list.view()->viewport(), Qt::LeftButton, {}, second.center());

    REQUIRE(test::waitUntil([&] { return chosen.size() == 1; }));
    CHECK(chosen.at(0).at(0).toLongLong() == list.model()->clientId(1));
}

TEST_CASE("a search matching more than a thousand clients says so instead of counting them all",
          "[ui][clients][list][searchindex]")
{
    test::TestDatabase t;
    const core::FixedClock clock = test::fixedClock();
    // 1,200 clients named Mara (300 of them Keller), 30 named Ravi; a plain list still counts
    // everyone.
    QList<core::Client> many;
    for (int i = 0; i < 1230; ++i) {
        core::Client c;
        c.givenName = i < 1200 ? QStringLiteral("Mara") : QStringLiteral("Ravi");
        c.familyName = i < 300 ? QStringLiteral("Keller")
                               : QStringLiteral("Number %1").arg(i, 4, 10, QLatin1Char('0'));
        many << c;
    }
    REQUIRE(core::ClientRepository(t.db(), clock).createMany(many).ok());
    core::ClientService clients(t.db(), clock);
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    ClientListWidget list(clients, *session);
    list.setSearchDelay(0);
    test::showAndWait(list);
    auto *count = test::child<QLabel>(list, "clientCountLabel");
    CHECK(count->text() == QStringLiteral("%1 clients").arg(QLocale().toString(1230)));

    auto *search = test::child<QLineEdit>(list, "clientSearchEdit");
    test::type(search, QStringLiteral("mara"));
    REQUIRE(test::waitUntil([&] { return count->text().startsWith(QStringLiteral("More")); }));
    CHECK(count->text()
          == QStringLiteral("More than %1 clients match: type more to narrow the list")
                     .arg(QLocale().toString(1000)));
    CHECK(list.view()->model()->rowCount() == 100); // one page, the rest on scrolling

    // Narrower: the exact number again, more than a page.
    search->clear();
    test::type(search, QStringLiteral("keller"));
    REQUIRE(test::waitUntil([&] { return count->text().endsWith(QStringLiteral("match")); }));
    CHECK(count->text() == QStringLiteral("300 clients match"));
    search->clear();
    test::type(search, QStringLiteral("ravi"));
    REQUIRE(test::waitUntil([&] { return shownNames(list).size() == 30; }));
    CHECK(count->text() == QStringLiteral("30 clients match"));
}
