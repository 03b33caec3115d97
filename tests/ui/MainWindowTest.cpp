// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/clients/ClientRepository.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListWidget.h"
#include "ui/common/ScriptedPrompter.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

using test::WindowFixture;

TEST_CASE("window layout is restored", "[ui][mainwindow]")
{
    WindowFixture f;
    f.open();
    f.window->resize(1010, 690);
    REQUIRE(test::waitUntil([&] { return f.window->width() == 1010; }));
    f.window->splitter()->setSizes({ 330, 660 });
    const QList<int> sizes = f.window->splitter()->sizes();
    REQUIRE(f.window->close());
    f.window.reset();

    f.open();
    CHECK(f.window->size() == QSize(1010, 690));
    CHECK(f.window->splitter()->sizes() == sizes);
}

TEST_CASE("closing with unsaved edits asks first", "[ui][mainwindow]")
{
    WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open();
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    test::retype(test::child<QLineEdit>(*f.window, "familyNameEdit"), QStringLiteral("Leigh"));

    f.prompter.enqueue(Choice::Cancel);
    CHECK_FALSE(f.window->close());
    CHECK(f.window->isVisible());
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.choices.contains(Choice::Discard));

    f.prompter.enqueue(Choice::Save);
    CHECK(f.window->close());
    core::ClientRepository repository(f.database.db(), f.clock);
    CHECK(repository.find(ann.id)->familyName == QStringLiteral("Leigh"));
}

TEST_CASE("a client added with New Client appears in the list and is selected", "[ui][mainwindow]")
{
    WindowFixture f;
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open();

    f.action("newClientAction")->trigger();
    test::type(test::child<QLineEdit>(*f.window, "givenNameEdit"), QStringLiteral("Bo"));
    test::type(test::child<QLineEdit>(*f.window, "familyNameEdit"), QStringLiteral("Park"));
    CHECK(f.window->isWindowModified());
    f.action("saveAction")->trigger();

    CHECK(f.shownNames() == QStringList({ QStringLiteral("Ann Lee"), QStringLiteral("Bo Park") }));
    const QModelIndex current = f.window->clientList()->view()->currentIndex();
    CHECK(current.row() == 1);
    CHECK_FALSE(f.window->isWindowModified());
    CHECK(test::child<QLabel>(*f.window, "clientCountLabel")->text()
          == QStringLiteral("2 clients"));
}

TEST_CASE("choosing another client in the list while edits are unsaved asks and Cancel keeps "
          "the list on the open client",
          "[ui][mainwindow]")
{
    WindowFixture f;
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("Bo"), QStringLiteral("Park")));
    f.open();
    f.chooseRow(0);
    REQUIRE(test::waitUntil([&] { return f.window->clientEditor()->hasClient(); }));
    const qint64 ann = f.window->clientEditor()->clientId();
    test::retype(test::child<QLineEdit>(*f.window, "familyNameEdit"), QStringLiteral("Leigh"));

    f.prompter.enqueue(Choice::Cancel);
    f.chooseRow(1);
    REQUIRE(test::waitUntil([&] { return f.prompter.asked().size() == 1; }));
    QTest::qWait(50);

    CHECK(f.window->clientEditor()->clientId() == ann);
    CHECK(f.window->clientList()->view()->currentIndex().row() == 0);
    CHECK(f.window->clientEditor()->isModified());
}

TEST_CASE("the window title never names the client and the status bar shows the practice file",
          "[ui][mainwindow]")
{
    WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open();
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    test::retype(test::child<QLineEdit>(*f.window, "familyNameEdit"), QStringLiteral("Leigh"));

    CHECK(f.window->windowTitle() == QStringLiteral("Stillpoint[*]"));
    CHECK_FALSE(f.window->windowHandle()->title().contains(QStringLiteral("Ann")));
    auto *path = test::child<QLabel>(*f.window, "databasePathLabel");
    CHECK(path->isVisible());
    CHECK(path->text().contains(f.database.path()));
    f.prompter.enqueue(Choice::Discard);
}

TEST_CASE("Find focuses the search box and the menus offer the client actions", "[ui][mainwindow]")
{
    WindowFixture f;
    f.open();
    QLineEdit *search = f.window->clientList()->searchEdit();
    test::child<QLineEdit>(*f.window, "givenNameEdit")->setFocus();

    f.action("findAction")->trigger();
    CHECK(search->hasFocus());
    CHECK(f.action("findAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F));
    CHECK(f.action("newClientAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(f.action("saveAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_S));
    CHECK(f.action("quitAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK(f.action("undoAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(f.action("redoAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    // Nothing is open yet: nothing to archive or restore.
    CHECK_FALSE(f.action("archiveAction")->isEnabled());
    CHECK_FALSE(f.action("restoreAction")->isEnabled());
    CHECK(f.visibleMenus()
          == QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"),
                           QStringLiteral("&Client"), QStringLiteral("&Intake"),
                           QStringLiteral("&Notes"), QStringLiteral("Pro&gress"),
                           QStringLiteral("&Practice") }));
}

TEST_CASE("Edit > Undo in the window undoes the last edit of the open client", "[ui][mainwindow]")
{
    WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open();
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    auto *family = test::child<QLineEdit>(*f.window, "familyNameEdit");
    test::type(family, QStringLiteral("son"));
    CHECK(f.action("undoAction")->isEnabled());

    f.action("undoAction")->trigger();
    CHECK(family->text() == QStringLiteral("Lee"));
    f.action("redoAction")->trigger();
    CHECK(family->text() == QStringLiteral("Leeson"));

    // The keys reach the window's actions from inside a field too.
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    family->setFocus();
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier);
    CHECK(family->text() == QStringLiteral("Lee"));
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(family->text() == QStringLiteral("Leeson"));
    f.prompter.enqueue(Choice::Discard);
}
