// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/security/Authenticator.h"
#include "core/security/Role.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/ScriptedSignInPrompter.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/common/ScriptedPrompter.h"

#include <QStringList>

#include <memory>

class QAction;

namespace stillpoint::test {

// A main window on a fresh practice file with the demo users, signed in as one of them, with
// every question, sign-in and file dialog pre-answered and the clock fixed.
struct WindowFixture
{
    TestDatabase database;
    ScopedSettings settings{ database.dirPath() };
    core::FixedClock clock = fixedClock();
    ui::ScriptedPrompter prompter;
    core::Authenticator authenticator{ database.db(), clock };
    ScriptedSignInPrompter signInPrompter{ authenticator };
    ScriptedFileChooser files;
    std::unique_ptr<ui::MainWindow> window;

    // Opens the window for the demo user with `role` and waits until it is shown.
    void open(core::Role role = core::Role::Owner);

    QAction *action(const char *objectName) const;
    // The menu bar's menus that a user can see, by their text ("&File").
    QStringList visibleMenus() const;
    // The names in the client list, top to bottom.
    QStringList shownNames() const;
    void chooseRow(int row) const;
};

} // namespace stillpoint::test
