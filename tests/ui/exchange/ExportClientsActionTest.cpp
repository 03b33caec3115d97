// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportClientsAction.h"

#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/exchange/ExchangeFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace stillpoint;

TEST_CASE("the owner exports the clients to the file chosen, suggested in Documents with the "
          "date",
          "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Owner);
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("=Ann"), QStringLiteral("Lee")));
    ui::ExportClientsAction action(f.services(), &f.window);
    CHECK(action.isVisible());
    const QString path = QDir(f.folder.path()).filePath(QStringLiteral("out.csv"));
    f.files.enqueue(path);
    action.trigger();

    REQUIRE(f.files.suggested().size() == 1);
    CHECK(f.files.suggested().at(0).endsWith(QStringLiteral("/stillpoint-clients-2026-11-24.csv")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains(",'=Ann,Lee,"));
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.kind == ui::Prompter::Kind::Information);
    CHECK(f.prompter.asked().at(0).prompt.text.startsWith(QStringLiteral("Exported 1 client to ")));
}

TEST_CASE("cancelling the export writes nothing and asks nothing more", "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Owner);
    ui::ExportClientsAction action(f.services(), &f.window);
    CHECK_FALSE(action.exportClients());
    CHECK(f.prompter.asked().isEmpty());
    CHECK(QDir(f.folder.path()).isEmpty());
}

TEST_CASE("an export that fails says why", "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Owner);
    ui::ExportClientsAction action(f.services(), &f.window);
    f.files.enqueue(QDir(f.folder.path()).filePath(QStringLiteral("no such folder/out.csv")));
    CHECK_FALSE(action.exportClients());
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.kind == ui::Prompter::Kind::Warning);
    CHECK(f.prompter.asked().at(0).prompt.text.contains(QStringLiteral("no such folder")));
}

TEST_CASE("the export action is only for the owner", "[ui][exchange][export]")
{
    for (const core::Role role : { core::Role::Therapist, core::Role::FrontDesk }) {
        test::ExchangeFixture f(role);
        ui::ExportClientsAction action(f.services(), &f.window);
        CHECK_FALSE(action.isVisible());
        CHECK_FALSE(action.isEnabled());
    }
}
