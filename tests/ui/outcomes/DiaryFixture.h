// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/outcomes/DiaryEntry.h"
#include "core/security/Role.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/exchange/ExchangeServices.h"
#include "ui/outcomes/DiaryMonthDialog.h"
#include "ui/security/CurrentSession.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace stillpoint::test {

// A practice with the demo users, one of them signed in (today is Tuesday 24 November 2026),
// one client (Ann Lee), scripted questions and file dialogs, a window to parent the diary
// dialogs and a folder for CSV files.
struct DiaryFixture
{
    explicit DiaryFixture(core::Role role = core::Role::Therapist);

    ui::DiaryMonthDialog::Services monthServices();
    ui::ExchangeServices importServices();
    // Writes `bytes` to NAME in the fixture's folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    // The client's diary as stored, read through core as the signed-in user.
    QList<core::DiaryEntry> month(const QDate &anyDay);
    QList<core::DiaryEntry> diary();
    // Stores rows through core (the month grid's own save path is what the tests check).
    void store(const QDate &month, const QList<core::DiaryEntry> &rows);

    TestDatabase database;
    core::FixedClock clock;
    std::unique_ptr<ui::CurrentSession> session;
    ui::ScriptedPrompter prompter;
    ScriptedFileChooser files;
    QTemporaryDir folder;
    QWidget window;
    qint64 clientId = 0;
};

} // namespace stillpoint::test
