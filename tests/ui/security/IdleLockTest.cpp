// SPDX-License-Identifier: GPL-3.0-or-later
// The window's idle lock, driven by an injected clock.

#include "core/demo/DemoPractice.h"
#include "core/security/PracticeSettings.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/PracticeMenu.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientListWidget.h"
#include "ui/security/IdleMonitor.h"
#include "ui/security/LockScreen.h"
#include "ui/security/PracticeSettingsDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace stillpoint;
using Access = ui::MainWindow::Access;
using Choice = ui::Prompter::Choice;

namespace {

const QString DemoPassword = QString::fromLatin1(core::DemoPractice::DemoPassword);

// A window with Ann Lee's record open and an unsaved change to her family name.
struct LockFixture : test::WindowFixture
{
    core::Client ann;

    LockFixture()
    {
        ann = test::addClient(database.db(),
                              test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
        open(core::Role::Owner);
        window->idleMonitor()->setCheckInterval(10);
        REQUIRE(window->clientEditor()->openClient(ann.id));
        test::retype(familyName(), QStringLiteral("Leigh"));
        REQUIRE(window->clientEditor()->isModified());
    }

    ~LockFixture() { prompter.enqueue(Choice::Discard); }

    QLineEdit *familyName() const { return test::child<QLineEdit>(*window, "familyNameEdit"); }

    void idleFor(qint64 minutes)
    {
        clock.advanceSeconds(minutes * 60);
        QTest::qWait(40);
    }

    void unlockWith(const QString &password) const
    {
        QLineEdit *edit = window->lockScreen()->passwordEdit();
        test::retype(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // Every text the window shows to whoever stands in front of it.
    QStringList visibleTexts() const
    {
        QStringList texts;
        for (const QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                texts << label->text();
            if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
                texts << edit->text();
        }
        return texts;
    }
};

} // namespace

TEST_CASE("after the idle time the window locks and hides every client detail",
          "[ui][security][lock]")
{
    LockFixture f;
    f.idleFor(9);
    CHECK(f.window->access() == Access::Open);

    f.idleFor(1); // ten minutes, the default
    REQUIRE(test::waitUntil([&] { return f.window->access() == Access::Locked; }));
    CHECK(f.window->lockScreen()->isVisible());
    CHECK_FALSE(f.window->clientEditor()->isVisible());
    CHECK_FALSE(f.window->clientList()->isVisible());
    CHECK(f.window->lockScreen()->message()
          == QStringLiteral("Locked — enter the password for Olivia Owner (demo)"));
    const QString shown = f.visibleTexts().join(u'\n');
    CHECK_FALSE(shown.contains(QStringLiteral("Ann")));
    CHECK_FALSE(shown.contains(QStringLiteral("Lee")));
    CHECK(test::child<QLabel>(*f.window, "lockPracticeNameLabel")->text()
          == QStringLiteral("Stillpoint Demo Practice"));
    CHECK(f.window->windowTitle() == QStringLiteral("Stillpoint[*]"));
    // Nothing in the menus reaches the record while locked.
    CHECK_FALSE(f.action("saveAction")->isEnabled());
    CHECK_FALSE(f.action("newClientAction")->isEnabled());
    CHECK_FALSE(f.action("undoAction")->isEnabled());
    CHECK_FALSE(f.action("findAction")->isEnabled());
    CHECK_FALSE(f.window->practiceMenu()->auditAction()->isEnabled());
}

TEST_CASE("input before the idle time runs out keeps the window open", "[ui][security][lock]")
{
    LockFixture f;
    f.idleFor(9);
    QTest::keyClick(f.familyName(), Qt::Key_End);
    f.idleFor(9);
    CHECK(f.window->access() == Access::Open);
    f.idleFor(1);
    CHECK(test::waitUntil([&] { return f.window->access() == Access::Locked; }));
}

TEST_CASE("a wrong password keeps the window locked and shows core's message",
          "[ui][security][lock]")
{
    LockFixture f;
    f.window->lock();
    f.unlockWith(QStringLiteral("not-the-password"));

    CHECK(f.window->access() == Access::Locked);
    auto *error = test::child<QLabel>(*f.window, "lockPasswordErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text()
          == QStringLiteral("The user name or password is wrong. Check Caps Lock and try again."));
    CHECK_FALSE(f.window->clientEditor()->isVisible());
}

TEST_CASE("the right password unlocks and restores the record with its unsaved edits",
          "[ui][security][lock]")
{
    LockFixture f;
    f.idleFor(10);
    REQUIRE(test::waitUntil([&] { return f.window->access() == Access::Locked; }));
    f.unlockWith(DemoPassword);

    CHECK(f.window->access() == Access::Open);
    CHECK(f.window->clientEditor()->isVisible());
    CHECK(f.window->clientEditor()->clientId() == f.ann.id);
    CHECK(f.familyName()->text() == QStringLiteral("Leigh"));
    CHECK(f.window->clientEditor()->isModified());
    CHECK(f.window->isWindowModified());
    CHECK(f.familyName()->hasFocus());
    CHECK(f.action("saveAction")->isEnabled());
    CHECK(f.action("undoAction")->isEnabled());
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("switching user from the lock screen asks before discarding the unsaved edits",
          "[ui][security][lock]")
{
    LockFixture f;
    f.window->lock();
    auto *switchButton = test::child<QPushButton>(*f.window, "lockSignInButton");

    f.prompter.enqueue(Choice::Cancel);
    QTest::mouseClick(switchButton, Qt::LeftButton);
    CHECK(f.window->access() == Access::Locked);
    REQUIRE(f.prompter.asked().size() == 1);
    // The question does not say whose record it is: someone else may be at the desk.
    CHECK_FALSE(f.prompter.asked().at(0).prompt.text.contains(QStringLiteral("Ann")));
    CHECK(f.signInPrompter.timesAsked() == 0);

    f.prompter.enqueue(Choice::Discard);
    f.signInPrompter.enqueue(QStringLiteral("frontdesk"), DemoPassword);
    QTest::mouseClick(switchButton, Qt::LeftButton);
    CHECK(f.window->access() == Access::Open);
    CHECK(f.window->currentSession().session().username == QStringLiteral("frontdesk"));
    CHECK_FALSE(f.window->clientEditor()->hasClient());
    CHECK_FALSE(f.window->isWindowModified());
}

TEST_CASE("the idle-lock time comes from the practice settings and the owner can change it",
          "[ui][security][lock]")
{
    test::WindowFixture f;
    f.open(core::Role::Owner);
    CHECK(f.window->idleMonitor()->timeoutSeconds() == 10 * 60);

    f.window->practiceMenu()->settingsAction()->trigger();
    auto *dialog = f.window->findChild<ui::PracticeSettingsDialog *>();
    REQUIRE(dialog);
    dialog->idleLockSpinBox()->setValue(3);
    REQUIRE(dialog->trySave());

    CHECK(f.window->idleMonitor()->timeoutSeconds() == 3 * 60);
    const core::PracticeSettings settings(f.database.db(), f.clock);
    CHECK(settings.idleLockMinutes().value() == 3);
    f.window->idleMonitor()->setCheckInterval(10);
    f.clock.advanceSeconds(3 * 60);
    CHECK(test::waitUntil([&] { return f.window->access() == Access::Locked; }));
}
