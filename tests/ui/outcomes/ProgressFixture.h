// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/outcomes/DiaryService.h"
#include "core/outcomes/ProgressService.h"
#include "core/security/PracticeSettings.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/intake/IntakePanelFixture.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/outcomes/ProgressPanel.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace stillpoint::test {

// A Progress tab on a fresh practice with one client, Ann Lee, for the signed-in demo user of
// `role`. Diary rows are written through core as the demo therapist, as the visit would; every
// question, file and print dialog is scripted and the clock stands at 24 November 2026.
struct ProgressFixture
{
    TestDatabase database;
    ScopedSettings settings{ database.dirPath() };
    core::FixedClock clock = fixedClock();
    ui::ScriptedPrompter prompter;
    ScriptedFileChooser files;
    ScriptedDocumentPrinter printer;
    core::ClientService clients{ database.db(), clock };
    core::IntakeService intakes{ database.db(), clock };
    core::PracticeSettings practice{ database.db(), clock };
    core::NoteService notes{ database.db(), clock };
    core::DiaryService diary{ database.db(), clock };
    core::ProgressService progress{ database.db(), clock };
    core::Session owner;
    core::Session therapist;
    core::Session user;
    std::unique_ptr<ui::CurrentSession> session;
    core::Client ann;
    std::unique_ptr<ui::ProgressPanel> panel;

    explicit ProgressFixture(core::Role role = core::Role::Therapist);

    // One diary row for Ann: a headache (with its intensity, hours, triggers and acute
    // medication) or, with headache false, a day recorded without one.
    void addDay(const QDate &date, bool headache, std::optional<int> intensity = {},
                const QStringList &triggers = {},
                const QList<core::DiaryMedication> &medications = {},
                std::optional<QTime> start = {}, std::optional<QTime> end = {});
    // A headache-free row for each day from `from` to `to` that has none yet.
    void fillHeadacheFree(const QDate &from, const QDate &to);
    // A (new) panel for the user, shown for Ann and on screen.
    void showPanel();
};

} // namespace stillpoint::test
