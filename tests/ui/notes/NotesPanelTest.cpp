// SPDX-License-Identifier: GPL-3.0-or-later
// The Notes tab: the red-flag gate before a note starts, carrying forward, what the front desk
// sees, the history table, and starting a visit's note from the main window.

#include "core/demo/DemoIntakes.h"
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/WindowFixture.h"
#include "tests/ui/notes/NoteFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteEditorHeader.h"
#include "ui/notes/NoteEditorWindows.h"
#include "ui/notes/NoteHistoryModel.h"
#include "ui/notes/NoteHistoryView.h"
#include "ui/notes/NoteSections.h"
#include "ui/notes/NoteStartDialog.h"
#include "ui/notes/NoteStarter.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

namespace {

int noteCount(test::NoteFixture &f)
{
    const auto history = f.notes.history(f.therapist, f.ann.id);
    REQUIRE(history.ok());
    return static_cast<int>(history->size());
}

core::NoteContent withPlanAndMark(const QString &focus)
{
    core::NoteContent content;
    content.subjective.clientReport = QStringLiteral("Better");
    content.plan.focus = focus;
    core::BodyMark mark;
    mark.x = 0.25;
    mark.y = 0.4;
    mark.muscle = QStringLiteral("upper_trapezius");
    content.marks = { mark };
    return content;
}

} // namespace

TEST_CASE("a blocking red flag asks for a reason before a note starts and cancelling starts none",
          "[ui][notes][redflag]")
{
    test::NoteFixture f;
    f.raiseRedFlag();
    const qint64 visit = f.bookAndCheckIn();
    f.showPanel();

    SECTION("from a visit")
    {
        REQUIRE(f.panel->startForAppointment(visit));
    }
    SECTION("from the client")
    {
        REQUIRE(f.panel->newNote());
        ui::NoteStartDialog *start = f.panel->starter()->startDialog();
        REQUIRE(start);
        start->accept();
    }
    ui::RedFlagProceedDialog *gate = f.panel->starter()->redFlagDialog();
    REQUIRE(gate);
    REQUIRE(test::waitUntil([gate] { return gate->isVisible(); }));
    CHECK(f.panel->editors()->editors().isEmpty());
    gate->reject();
    CHECK(f.panel->editors()->editors().isEmpty());
    CHECK(noteCount(f) == 0);
    // Still blocked: core refuses a note started past the dialog, and says why.
    const auto refused = f.notes.startForClient(f.therapist, f.ann.id, QDate(2026, 11, 24), false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("red_flag_alert"));
}

TEST_CASE("recording the reason to proceed lets the note start", "[ui][notes][redflag]")
{
    test::NoteFixture f;
    f.raiseRedFlag();
    const qint64 visit = f.bookAndCheckIn();
    f.showPanel();
    QList<qint64> cleared;
    QObject::connect(f.panel.get(), &ui::NotesPanel::redFlagCleared,
                     [&cleared](qint64 id) { cleared << id; });

    REQUIRE(f.panel->startForAppointment(visit));
    ui::RedFlagProceedDialog *gate = f.panel->starter()->redFlagDialog();
    REQUIRE(gate);
    gate->reasonEdit()->setPlainText(QStringLiteral("Cleared by Dr Patel on 20 November."));
    gate->accept();
    CHECK(cleared == QList<qint64>{ f.ann.id });
    REQUIRE(f.panel->editors()->editors().size() == 1);
    CHECK(f.panel->editors()->editors()[0]->stored().appointmentId == visit);
    CHECK(noteCount(f) == 1);
    const auto alert = f.intakes.blockingAlert(f.therapist, f.ann.id);
    REQUIRE(alert.ok());
    CHECK_FALSE(alert->has_value());
}

TEST_CASE("a visit's note carries forward the last plan and marks when the therapist says so",
          "[ui][notes]")
{
    test::NoteFixture f;
    const core::SessionNote last = f.signNote(QDate(2026, 11, 10), [](core::NoteContent &c) {
        c = withPlanAndMark(QStringLiteral("Suboccipitals"));
    });
    const qint64 visit = f.bookAndCheckIn();
    f.showPanel();

    f.prompter.enqueue(Choice::Yes);
    REQUIRE(f.panel->startForAppointment(visit));
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked()[0].prompt.text
          == QStringLiteral("Carry forward the plan and body-chart marks from the note of 10 "
                            "November 2026?"));
    ui::NoteEditor *editor = f.openEditor();
    const core::SessionNote &note = editor->stored();
    CHECK(note.carriedForwardFrom == last.id);
    CHECK(note.content.plan.focus == QStringLiteral("Suboccipitals"));
    CHECK(note.content.marks == last.content.marks);
    CHECK(note.content.subjective.clientReport.isEmpty());
    CHECK(editor->header()->detailLabel()->text().contains(
            QStringLiteral("plan and marks carried forward from 10 Nov 2026")));

    // Asked again for the same visit, its open draft comes back without a question.
    editor->close();
    REQUIRE(f.panel->startForAppointment(visit));
    CHECK(f.prompter.asked().size() == 1);
    CHECK(f.panel->editors()->editors().size() == 1);
    CHECK(noteCount(f) == 2);
}

TEST_CASE("the notes table lists every note newest first and passes the model tester",
          "[ui][notes][model]")
{
    const test::ModelTestWarnings warnings;
    test::NoteFixture f;
    const core::SessionNote first = f.signNote(QDate(2026, 11, 3), [](core::NoteContent &c) {
        c = withPlanAndMark(QStringLiteral("Neck"));
        c.subjective.painBefore = 7;
        c.assessment.painAfter = 4;
    });
    f.signNote(QDate(2026, 11, 17), [](core::NoteContent &c) {
        c.subjective.clientReport = QStringLiteral("Fine");
        c.subjective.painBefore = 5;
    });
    f.showPanel();
    ui::NoteHistoryModel *model = f.panel->historyModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 2);
    const auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    CHECK(cell(0, ui::NoteHistoryModel::DateColumn) == QStringLiteral("17 Nov 2026"));
    CHECK(cell(0, ui::NoteHistoryModel::PainColumn) == QStringLiteral("5 → ?"));
    CHECK(cell(1, ui::NoteHistoryModel::PainColumn) == QStringLiteral("7 → 4"));
    CHECK(cell(1, ui::NoteHistoryModel::MarksColumn) == QStringLiteral("1"));
    CHECK(cell(1, ui::NoteHistoryModel::StatusColumn) == QStringLiteral("Signed"));
    CHECK(cell(1, ui::NoteHistoryModel::SignedColumn) == first.signedBy);
    CHECK(f.panel->historyPanel()->summaryLabel()->text()
          == QStringLiteral("2 signed notes  ·  last on 17 Nov 2026"));
    CHECK(warnings.messages().isEmpty());

    // Print… of the selected note and of a period go to the (scripted) printer as PDFs.
    f.printer.outputPath = f.database.dirPath() + QStringLiteral("/note.pdf");
    REQUIRE(f.panel->printSelected());
    CHECK(test::looksLikePdf(f.printer.outputPath));
    f.printer.outputPath = f.database.dirPath() + QStringLiteral("/range.pdf");
    REQUIRE(f.panel->printRange(QDate(2026, 11, 1), QDate(2026, 11, 30)));
    CHECK(test::looksLikePdf(f.printer.outputPath));
}

TEST_CASE("the front desk's Notes tab shows nothing clinical and asks core nothing",
          "[ui][notes][frontdesk]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    core::NoteService notes(f.database.db(), f.clock);
    core::SessionNote note =
            notes.startForClient(therapist, ann.id, QDate(2026, 11, 20), false).value();
    note.content.subjective.clientReport = QStringLiteral("Confidential report");
    REQUIRE(notes.sign(therapist, notes.saveDraft(therapist, note).value()).ok());

    f.open(core::Role::FrontDesk);
    const qint64 deskId = f.window->currentSession().session().userId;
    CHECK_FALSE(f.visibleMenus().contains(QStringLiteral("&Notes")));
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::NotesPanel *panel = f.window->notesPanel();
    f.window->clientTabs()->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([panel] { return panel->frontDeskLabel()->isVisible(); }));
    CHECK(panel->frontDeskLabel()->text()
          == QStringLiteral("Session notes are visible to therapists only."));
    CHECK_FALSE(panel->historyView()->isVisible());
    CHECK(panel->historyModel()->rowCount() == 0);
    for (QAction *action : panel->menuActions())
        CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(f.window->startNoteForAppointment(1));
    for (const QLabel *label : panel->findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(QStringLiteral("Confidential")));

    core::AuditFilter mine;
    mine.userId = deskId;
    mine.limit = 1000;
    const auto entries = core::AuditTrail(f.database.db(), f.clock).entries(mine);
    REQUIRE(entries.ok());
    for (const core::AuditEntry &entry : entries.value()) {
        CHECK_FALSE(entry.event.recordType.startsWith(QStringLiteral("note")));
        CHECK(entry.event.outcome == core::AuditOutcome::Allowed);
    }
}

TEST_CASE("the main window starts a visit's note for that visit's client", "[ui][notes][window]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    const core::Client bo = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Bo"), QStringLiteral("Park")));
    // A visit for Ann, booked and checked in by the desk.
    const core::Session owner = test::signIn(f.database.db(), core::Role::Owner, f.clock);
    const core::Session desk = test::signIn(f.database.db(), core::Role::FrontDesk, f.clock);
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    core::ScheduleSetupService setup(f.database.db(), f.clock);
    core::AppointmentService appointments(f.database.db(), f.clock);
    core::AppointmentType type;
    type.name = QStringLiteral("Treatment 60 min");
    core::BookingRequest request;
    request.clientId = ann.id;
    request.therapistId =
            setup.addTherapist(owner, { 0, therapist.userId, QStringLiteral("Theo"), true, 0 })->id;
    request.roomId = setup.addRoom(owner, { 0, QStringLiteral("Room 1"), {}, true, 0 })->id;
    request.typeId = setup.addType(owner, type)->id;
    request.startUtc = QDateTime(QDate(2026, 11, 24), QTime(11, 0), QTimeZone::utc());
    request.acknowledgeWarnings = true;
    const core::Appointment booked = appointments.book(desk, request)->appointment;
    REQUIRE(appointments.checkIn(desk, booked.id, booked.rowVersion).ok());

    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(bo.id));
    REQUIRE(f.window->startNoteForAppointment(booked.id));
    CHECK(f.window->clientEditor()->clientId() == ann.id);
    CHECK(f.window->clientTabs()->currentWidget() == f.window->notesPanel());
    const QList<ui::NoteEditor *> editors = f.window->notesPanel()->editors()->editors();
    REQUIRE(editors.size() == 1);
    CHECK(editors[0]->stored().appointmentId == booked.id);
    CHECK(editors[0]->header()->clientLabel()->text() == QStringLiteral("Ann Lee"));
    REQUIRE(test::waitUntil(
            [&f] { return f.window->notesPanel()->historyModel()->rowCount() == 1; }));
    CHECK(f.prompter.unexpectedPrompts() == 0);
    f.window->notesPanel()->closeWindows(true);
}

TEST_CASE("a reason to proceed recorded before a note clears the Intake tab's red mark",
          "[ui][notes][window][redflag]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    const core::Session therapist = test::signIn(f.database.db(), core::Role::Therapist, f.clock);
    core::IntakeService intakes(f.database.db(), f.clock);
    const QDate date(2026, 3, 3);
    core::Intake draft = intakes.startNew(therapist, ann.id, date).value();
    core::Intake filled = core::DemoIntakes::sample(5, ann.id, date); // a neck injury
    filled.id = draft.id;
    filled.version = draft.version;
    filled.rowVersion = draft.rowVersion;
    REQUIRE(intakes.sign(therapist, intakes.saveDraft(therapist, filled).value()).ok());

    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    QTabWidget *tabs = f.window->clientTabs();
    const int intakeTab = tabs->indexOf(f.window->intakePanel());
    REQUIRE_FALSE(tabs->tabIcon(intakeTab).isNull());

    ui::NotesPanel *panel = f.window->notesPanel();
    panel->newAction()->trigger();
    CHECK(tabs->currentWidget() == panel);
    ui::NoteStartDialog *start = panel->starter()->startDialog();
    REQUIRE(start);
    start->accept();
    ui::RedFlagProceedDialog *gate = panel->starter()->redFlagDialog();
    REQUIRE(gate);
    gate->reasonEdit()->setPlainText(QStringLiteral("Cleared by Dr Patel on 20 November."));
    gate->accept();
    CHECK(tabs->tabIcon(intakeTab).isNull());
    CHECK(panel->editors()->editors().size() == 1);
    panel->closeWindows(true);
}
