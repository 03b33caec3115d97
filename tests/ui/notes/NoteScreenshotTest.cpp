// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the Notes tab and the note editor on the demo practice, for the README. Hidden:
// run on purpose on a real display, with STILLPOINT_SCREENSHOT_DIR=resources/screenshots and
// QT_QPA_PLATFORM=xcb, under xvfb-run -a -s "-screen 0 1280x800x24", as
// ui_tests "[screenshots]".

#include "core/demo/DemoPractice.h"
#include "core/notes/NoteService.h"
#include "core/outcomes/DiaryService.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteEditorWindows.h"
#include "ui/notes/NoteHistoryModel.h"
#include "ui/notes/NoteSections.h"
#include "ui/notes/NotesPanel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace stillpoint;

namespace {

void settle()
{
    QTest::qWait(500);
}

bool save(QWidget &widget, const QString &path)
{
    settle();
    return widget.grab().save(path);
}

} // namespace

TEST_CASE("pictures of the Notes tab and the note editor with demo notes", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        SUCCEED("STILLPOINT_SCREENSHOT_DIR is not set: no pictures");
        return;
    }
    const QDir out(folder);
    test::WindowFixture f;
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    REQUIRE(core::DemoPractice::populate(f.database.db(), 40, f.clock).ok());
    f.open(core::Role::Therapist);
    f.window->resize(1280, 780);

    // The client with the most signed notes and an open draft, among those keeping a diary.
    core::NoteService notes(f.database.db(), f.clock);
    core::DiaryService diary(f.database.db(), f.clock);
    core::ClientService clients(f.database.db(), f.clock);
    core::ClientQuery everyone;
    everyone.limit = 100;
    const auto all = clients.search(therapist, everyone);
    REQUIRE(all.ok());
    qint64 best = 0;
    int most = 0;
    for (const core::ClientSummary &client : all.value()) {
        const auto history = notes.history(therapist, client.id);
        REQUIRE(history.ok());
        int signedNotes = 0;
        bool draft = false;
        for (const core::NoteSummary &note : history.value()) {
            signedNotes += note.status == core::NoteStatus::Signed ? 1 : 0;
            draft = draft || note.status == core::NoteStatus::Draft;
        }
        const auto rows = diary.entries(therapist, client.id, f.clock.today().addDays(-7));
        REQUIRE(rows.ok());
        const int score = signedNotes + (draft ? 1 : 0) + (rows->isEmpty() ? 0 : 1000);
        if (score > most) {
            most = score;
            best = client.id;
        }
    }
    REQUIRE(best != 0);
    // Today's note, started with the last plan and marks carried forward and the headaches since
    // the last visit summarised from the diary, partly written.
    if (const auto open = notes.draftFor(therapist, best); open.ok() && open->has_value())
        REQUIRE(notes.discard(therapist, (*open)->id, (*open)->rowVersion).ok());
    auto today = notes.startForClient(therapist, best, f.clock.today(), true);
    REQUIRE(today.ok());
    REQUIRE_FALSE(today->content.subjective.headachesSinceLastVisit.isEmpty());
    core::SessionNote draft = today.value();
    core::Subjective &s = draft.content.subjective;
    s.clientReport = QStringLiteral("Headaches shorter since the last visit and eased with the "
                                    "usual medication. Neck stiff on the left after a long drive "
                                    "on Sunday.");
    s.painBefore = 4;
    s.medicationChanges = QStringLiteral("None");
    REQUIRE(notes.saveDraft(therapist, draft).ok());
    REQUIRE(f.window->clientEditor()->openClient(best));
    ui::NotesPanel *panel = f.window->notesPanel();
    f.window->clientTabs()->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([panel] { return panel->historyModel()->rowCount() > 3; }));
    REQUIRE(save(*f.window, out.filePath(QStringLiteral("notes-tab.png"))));

    // A signed note with addenda and a range of motion if there is one, read-only.
    int signedRow = -1;
    int bestWeight = -1;
    for (int row = 0; row < panel->historyModel()->rowCount(); ++row) {
        const core::NoteSummary &summary = panel->historyModel()->note(row);
        if (summary.status != core::NoteStatus::Signed)
            continue;
        const auto note = notes.find(therapist, summary.id);
        REQUIRE(note.ok());
        const int weight = summary.addendumCount * 100
                + (note->content.objective.rangeOfMotion.isEmpty() ? 0 : 10) - row;
        if (weight > bestWeight) {
            bestWeight = weight;
            signedRow = row;
        }
    }
    REQUIRE(signedRow >= 0);
    panel->historyView()->selectRow(signedRow);
    REQUIRE(panel->openSelected());
    ui::NoteEditor *signedEditor = panel->editors()->editors().constLast();
    signedEditor->resize(1260, 780);
    REQUIRE(QTest::qWaitForWindowExposed(signedEditor));
    signedEditor->sections()->setCurrentSection(ui::NoteSections::Objective);
    REQUIRE(save(*signedEditor, out.filePath(QStringLiteral("note-editor-signed.png"))));
    signedEditor->sections()->setCurrentSection(ui::NoteSections::BodyChart);
    REQUIRE(save(*signedEditor, out.filePath(QStringLiteral("note-editor-body-chart.png"))));
    if (signedEditor->stored().addenda.size() > 0) {
        signedEditor->sections()->setCurrentSection(ui::NoteSections::Addenda);
        REQUIRE(save(*signedEditor, out.filePath(QStringLiteral("note-editor-addenda.png"))));
    }
    signedEditor->close();

    // Today's draft, on its first section.
    panel->selectNote(draft.id);
    REQUIRE(panel->openSelected());
    ui::NoteEditor *editor = panel->editors()->editors().constLast();
    editor->resize(1260, 780);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->sections()->setCurrentSection(ui::NoteSections::Subjective, true);
    REQUIRE(save(*editor, out.filePath(QStringLiteral("note-editor.png"))));
    editor->sections()->setCurrentSection(ui::NoteSections::BodyChart);
    REQUIRE(save(*editor, out.filePath(QStringLiteral("note-editor-draft-body-chart.png"))));
    panel->closeWindows(true);
}
