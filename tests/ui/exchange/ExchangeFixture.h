// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/security/Role.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/exchange/ExchangeServices.h"
#include "ui/security/CurrentSession.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace stillpoint::test {

// A practice with the demo users, one of them signed in, scripted questions and file dialogs, a
// window to parent the import and export widgets, and a folder for CSV files.
struct ExchangeFixture
{
    explicit ExchangeFixture(core::Role role);

    // Writes `bytes` to NAME in the fixture's folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    int clientCount();
    ui::ExchangeServices services();

    TestDatabase database;
    core::FixedClock clock;
    std::unique_ptr<ui::CurrentSession> session;
    ui::ScriptedPrompter prompter;
    ScriptedFileChooser files;
    QTemporaryDir folder;
    QWidget window;
};

} // namespace stillpoint::test
