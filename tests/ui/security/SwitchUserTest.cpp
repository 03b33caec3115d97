// SPDX-License-Identifier: GPL-3.0-or-later
// Switching user and signing out without restarting the application.

#include "core/demo/DemoPractice.h"
#include "core/security/AuditLog.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientListWidget.h"
#include "ui/security/LockScreen.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace stillpoint;
using Access = ui::MainWindow::Access;
using Choice = ui::Prompter::Choice;

namespace {

const QString DemoPassword = QString::fromLatin1(core::DemoPractice::DemoPassword);

// How many times `operation` is on the audit trail for `username`.
int audited(test::WindowFixture &f, const QString &operation, const QString &username)
{
    const core::Session owner = test::signIn(f.database.db(), core::Role::Owner, f.clock);
    core::AuditFilter filter;
    filter.operation = operation;
    const auto entries = core::AuditLog(f.database.db(), f.clock).entries(owner, filter);
    REQUIRE(entries.ok());
    int count = 0;
    for (const core::AuditEntry &entry : entries.value())
        count += entry.event.username == username ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("the status bar shows who is signed in and their role", "[ui][security][switch]")
{
    test::WindowFixture f;
    f.open(core::Role::Therapist);
    CHECK(test::child<QLabel>(*f.window, "sessionLabel")->text()
          == QStringLiteral("Signed in: Theo Therapist (demo) · Therapist"));
}

TEST_CASE("switch user asks about unsaved edits first", "[ui][security][switch]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Owner);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    test::retype(test::child<QLineEdit>(*f.window, "familyNameEdit"), QStringLiteral("Leigh"));

    f.prompter.enqueue(Choice::Cancel);
    f.action("switchUserAction")->trigger();
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.choices.contains(Choice::Discard));
    CHECK(f.signInPrompter.timesAsked() == 0);
    CHECK(f.window->currentSession().session().username == QStringLiteral("owner"));
    CHECK(f.window->clientEditor()->isModified());

    f.prompter.enqueue(Choice::Discard);
    f.signInPrompter.enqueue(QStringLiteral("frontdesk"), DemoPassword);
    f.action("switchUserAction")->trigger();
    CHECK(f.signInPrompter.timesAsked() == 1);
    CHECK(f.window->access() == Access::Open);
    CHECK(f.window->currentSession().session().role == core::Role::FrontDesk);
    CHECK_FALSE(f.window->clientEditor()->hasClient());
    CHECK(f.visibleMenus()
          == QStringList(
                  { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Client") }));
    CHECK(test::child<QLabel>(*f.window, "sessionLabel")->text()
          == QStringLiteral("Signed in: Frankie Front Desk (demo) · Front desk"));
    CHECK(f.shownNames() == QStringList({ QStringLiteral("Ann Lee") }));
    CHECK(audited(f, QStringLiteral("session.sign-out"), QStringLiteral("owner")) == 1);
}

TEST_CASE("cancelling the sign-in after switch user leaves the window signed out",
          "[ui][security][switch]")
{
    test::WindowFixture f;
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Therapist);

    f.action("switchUserAction")->trigger(); // nothing queued: the sign-in is cancelled
    CHECK(f.window->access() == Access::SignedOut);
    CHECK_FALSE(f.window->currentSession().isSignedIn());
    CHECK(f.window->lockScreen()->isVisible());
    CHECK_FALSE(f.window->clientList()->isVisible());
    CHECK(f.shownNames().isEmpty());
    CHECK(test::child<QLabel>(*f.window, "sessionLabel")->text() == QStringLiteral("Signed out"));
    CHECK_FALSE(f.action("newClientAction")->isEnabled());

    f.signInPrompter.enqueue(QStringLiteral("owner"), DemoPassword);
    QTest::mouseClick(test::child<QPushButton>(*f.window, "lockSignInButton"), Qt::LeftButton);
    CHECK(f.window->access() == Access::Open);
    CHECK(f.window->clientList()->isVisible());
    CHECK(f.shownNames() == QStringList({ QStringLiteral("Ann Lee") }));
}

TEST_CASE("sign out ends the session on the audit trail and quitting signs out too",
          "[ui][security][switch]")
{
    test::WindowFixture f;
    f.open(core::Role::Therapist);
    f.action("signOutAction")->trigger();
    CHECK(f.window->access() == Access::SignedOut);
    CHECK(audited(f, QStringLiteral("session.sign-out"), QStringLiteral("therapist")) == 1);
    CHECK(f.signInPrompter.timesAsked() == 0);

    f.signInPrompter.enqueue(QStringLiteral("therapist"), DemoPassword);
    QTest::mouseClick(test::child<QPushButton>(*f.window, "lockSignInButton"), Qt::LeftButton);
    REQUIRE(f.window->access() == Access::Open);
    REQUIRE(f.window->close());
    CHECK(audited(f, QStringLiteral("session.sign-out"), QStringLiteral("therapist")) == 2);
}
