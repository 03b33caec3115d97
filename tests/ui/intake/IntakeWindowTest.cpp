// SPDX-License-Identifier: GPL-3.0-or-later
// The intake in the main window: the Contact | Intake tabs, the Intake menu, what the front desk
// sees, and the intake windows through lock and sign-out.

#include "core/demo/DemoIntakes.h"
#include "core/intake/IntakeService.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/intake/IntakeEditor.h"
#include "ui/intake/IntakeEditorWindows.h"
#include "ui/intake/IntakeHistoryModel.h"
#include "ui/intake/IntakePanel.h"
#include "ui/intake/IntakeRecordView.h"
#include "ui/intake/RedFlagBanner.h"
#include "ui/security/LockScreen.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

namespace {

// Ann Lee with an intake signed on 3 March 2026 by the demo therapist; with `redFlag` it
// reported a headache since a neck injury, so an alert blocks her treatment.
core::Client annWithIntake(test::WindowFixture &f, bool redFlag)
{
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    core::IntakeService intakes(f.database.db(), f.clock);
    core::Intake draft = intakes.startNew(therapist, ann.id, QDate(2026, 3, 3)).value();
    core::Intake filled = core::DemoIntakes::sample(redFlag ? 5 : 0, ann.id, QDate(2026, 3, 3));
    filled.id = draft.id;
    filled.version = draft.version;
    filled.rowVersion = draft.rowVersion;
    REQUIRE(intakes.sign(therapist, intakes.saveDraft(therapist, filled).value()).ok());
    return ann;
}

QTabWidget *tabs(const test::WindowFixture &f)
{
    return f.window->clientTabs();
}

bool isShown(const QWidget *widget)
{
    return widget && widget->isVisible();
}

} // namespace

TEST_CASE("the front desk's Intake tab says only whether an intake is on file",
          "[ui][intake][frontdesk]")
{
    test::WindowFixture f;
    const core::Client ann = annWithIntake(f, true);
    const core::Client bo = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Bo"), QStringLiteral("Park")));
    f.open(core::Role::FrontDesk);
    const qint64 deskId = f.window->currentSession().session().userId;

    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::IntakePanel *panel = f.window->intakePanel();
    // No red-flag mark on the tab, no Intake menu: nothing clinical shows, not even that much.
    CHECK(tabs(f)->tabIcon(tabs(f)->indexOf(panel)).isNull());
    CHECK_FALSE(f.visibleMenus().contains(QStringLiteral("&Intake")));
    CHECK_FALSE(panel->hasBlockingAlert());

    tabs(f)->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([&] { return panel->isVisible(); }));
    CHECK(panel->onFileLabel()->isVisible());
    CHECK(panel->onFileLabel()->text()
          == QStringLiteral("Intake on file: yes, signed 3 March 2026"));
    CHECK_FALSE(isShown(panel->recordView()));
    CHECK_FALSE(isShown(panel->historyView()));
    CHECK_FALSE(isShown(panel->redFlagBanner()));
    CHECK(panel->historyModel()->rowCount() == 0);
    for (QAction *action : panel->menuActions())
        CHECK_FALSE(action->isEnabled());

    REQUIRE(f.window->clientEditor()->openClient(bo.id));
    CHECK(panel->onFileLabel()->text() == QStringLiteral("No intake on file"));

    core::AuditFilter mine;
    mine.userId = deskId;
    mine.limit = 1000;
    const auto entries = core::AuditTrail(f.database.db(), f.clock).entries(mine);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    for (const core::AuditEntry &entry : entries.value()) {
        CHECK_FALSE(entry.event.operation.startsWith(QStringLiteral("clinical.")));
        CHECK(entry.event.outcome == core::AuditOutcome::Allowed);
    }
}

TEST_CASE("the therapist's window marks the Intake tab of a client with a blocking red flag",
          "[ui][intake][window]")
{
    test::WindowFixture f;
    const core::Client ann = annWithIntake(f, true);
    f.open(core::Role::Therapist);
    CHECK(f.visibleMenus()
          == QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"),
                           QStringLiteral("&Client"), QStringLiteral("&Intake"),
                           QStringLiteral("&Notes"), QStringLiteral("Pro&gress") }));

    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::IntakePanel *panel = f.window->intakePanel();
    const int index = tabs(f)->indexOf(panel);
    CHECK(panel->hasBlockingAlert());
    CHECK_FALSE(tabs(f)->tabIcon(index).isNull());
    CHECK(tabs(f)->tabToolTip(index).contains(QStringLiteral("refer before treating")));
    // Still on the contact record: the intake itself is read only when its tab is shown.
    CHECK(tabs(f)->currentWidget() == f.window->clientEditor());
    CHECK(panel->historyModel()->rowCount() == 0);

    // An intake action's shortcut brings the tab forward.
    QAction *open = panel->openAction();
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_O));
    panel->referralAction()->trigger();
    CHECK(tabs(f)->currentWidget() == panel);
    REQUIRE(test::waitUntil([&] { return panel->historyModel()->rowCount() == 1; }));
    CHECK(panel->redFlagBanner()->blockingFrame()->isVisible());
    f.window->intakePanel()->closeWindows();
}

TEST_CASE("an intake window hides with the lock, comes back on unlock and closes on sign-out",
          "[ui][intake][window]")
{
    test::WindowFixture f;
    const core::Client ann = annWithIntake(f, false);
    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::IntakePanel *panel = f.window->intakePanel();
    tabs(f)->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([&] { return panel->historyModel()->rowCount() == 1; }));

    REQUIRE(panel->openSelected());
    REQUIRE(panel->editors()->editors().size() == 1);
    QPointer<ui::IntakeEditor> editor = panel->editors()->editors().at(0);
    REQUIRE(QTest::qWaitForWindowExposed(editor.data()));
    CHECK(editor->isReadOnly());
    // Opening the same version again brings the same window forward.
    REQUIRE(panel->openSelected());
    CHECK(panel->editors()->editors().size() == 1);

    f.window->lock();
    CHECK_FALSE(editor->isVisible());
    QLineEdit *password = f.window->lockScreen()->passwordEdit();
    test::retype(password, QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(f.window->access() == ui::MainWindow::Access::Open);
    CHECK(editor->isVisible());

    f.signInPrompter.enqueue(QStringLiteral("therapist"), QStringLiteral("demo"));
    REQUIRE(f.window->switchUser());
    CHECK(test::waitUntil([&] { return editor.isNull(); }));
}

TEST_CASE("quitting with unsaved intake changes asks; Cancel keeps the window, Save keeps the "
          "changes",
          "[ui][intake][window]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::IntakePanel *panel = f.window->intakePanel();
    tabs(f)->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([&] { return panel->isVisible(); }));

    REQUIRE(panel->editIntake()); // no intake yet: a new draft
    REQUIRE(panel->editors()->editors().size() == 1);
    ui::IntakeEditor *editor = panel->editors()->editors().at(0);
    editor->setAutosaveDelay(60 * 60 * 1000); // nothing is saved behind the test's back
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    auto *conditions = test::child<QWidget>(*editor, "conditionsEdit");
    conditions->setFocus();
    test::type(conditions, QStringLiteral("Asthma"));
    REQUIRE(editor->hasUnsavedChanges());

    f.prompter.enqueue(Choice::Cancel);
    CHECK_FALSE(f.window->close());
    CHECK(f.window->isVisible());
    REQUIRE_FALSE(f.prompter.asked().isEmpty());
    CHECK(f.prompter.asked().last().prompt.title == QStringLiteral("Unsaved intake"));
    CHECK(editor->hasUnsavedChanges());

    f.prompter.enqueue(Choice::Save);
    CHECK(f.window->close());
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    const auto draft = core::IntakeService(f.database.db(), f.clock).draft(therapist, ann.id);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->health.conditions == QStringLiteral("Asthma"));
}
