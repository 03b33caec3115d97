// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/security/PracticeSettings.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/intake/IntakePanelFixture.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/notes/NotesPanel.h"

#include <QTime>

#include <functional>
#include <memory>

namespace stillpoint::ui {
class NoteEditor;
}

namespace stillpoint::test {

// A Notes tab on a fresh practice with one client, Ann Lee, for the signed-in demo user of
// `role`; the practice has a therapist (the demo therapist), a room and a 60-minute treatment
// type, so visits can be booked and checked in. Every question, file and print dialog is
// scripted, the clock stands at 10:00 UTC on 24 November 2026 and drafts autosave after 40 ms.
struct NoteFixture
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
    core::AppointmentService appointments{ database.db(), clock };
    core::ScheduleSetupService setup{ database.db(), clock };
    core::Session owner;
    core::Session therapist;
    core::Session user;
    std::unique_ptr<ui::CurrentSession> session;
    core::Client ann;
    core::Therapist theo;
    core::Room room;
    core::AppointmentType treatment;
    std::unique_ptr<ui::NotesPanel> panel;

    static constexpr int AutosaveMs = 40;

    explicit NoteFixture(core::Role role = core::Role::Therapist);

    // Books Ann today at `time` (UTC) and checks her in, as the front desk does; returns the
    // appointment's id.
    qint64 bookAndCheckIn(QTime time = QTime(11, 0));
    // Signs an intake for Ann reporting a red flag (a headache since a neck injury), so an alert
    // blocks her treatment.
    void raiseRedFlag();
    // A note for Ann on `date`, filled by `edit` and signed, through core as the therapist.
    core::SessionNote signNote(QDate date, const std::function<void(core::NoteContent &)> &edit);
    // A (new) panel for the user, shown for Ann and on screen.
    void showPanel();
    // The one note editor the panel has open, waited for until it is on screen and active.
    ui::NoteEditor *openEditor();
};

} // namespace stillpoint::test
