// SPDX-License-Identifier: GPL-3.0-or-later
// The session-note editor as a therapist uses it: started from a checked-in visit, marked on the
// body chart with the mouse, written with the keyboard, signed, corrected by an addendum; drafts
// that survive a restart; signed notes that stay read-only.

#include "ui/notes/NoteEditor.h"
#include "core/notes/NoteService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/notes/NoteFixture.h"
#include "ui/intake/IntakeNumberEdit.h"
#include "ui/notes/BodyChartPanel.h"
#include "ui/notes/BodyChartWidget.h"
#include "ui/notes/NoteAddendaPage.h"
#include "ui/notes/NoteAddendumDialog.h"
#include "ui/notes/NoteBodyChartPage.h"
#include "ui/notes/NoteEditorHeader.h"
#include "ui/notes/NoteEditorWindows.h"
#include "ui/notes/NoteObjectivePage.h"
#include "ui/notes/NoteSections.h"
#include "ui/notes/NoteStartDialog.h"
#include "ui/notes/NoteStarter.h"
#include "ui/notes/NoteSubjectivePage.h"
#include "ui/notes/NoteTechniqueList.h"
#include "ui/notes/NoteTemplateActions.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;
using Section = ui::NoteSections::Section;

namespace {

// The keyboard, as a user has it: keys go to whatever has the focus.
QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

void typeText(const QString &text)
{
    REQUIRE(focused());
    test::type(focused(), text);
}

// Tab to the next field, which must be `objectName`, and type `text` there.
void tabAndType(const char *objectName, const QString &text)
{
    press(Qt::Key_Tab);
    REQUIRE(focusedName() == QLatin1String(objectName));
    typeText(text);
}

// Presses Tab until the widget named `objectName` has the focus.
bool tabTo(const char *objectName, int limit = 60)
{
    for (int i = 0; i < limit && focusedName() != QLatin1String(objectName); ++i)
        press(Qt::Key_Tab);
    return focusedName() == QLatin1String(objectName);
}

core::SessionNote stored(test::NoteFixture &f, qint64 noteId)
{
    auto note = f.notes.find(f.therapist, noteId);
    REQUIRE(note.ok());
    return note.value();
}

} // namespace

TEST_CASE("a note from a checked-in visit gets three clicked marks and keyboard SOAP and is "
          "signed and then amended",
          "[ui][notes]")
{
    test::NoteFixture f;
    const qint64 visit = f.bookAndCheckIn();
    f.showPanel();

    // No red flag and no earlier note: nothing to ask, the note opens at once.
    REQUIRE(f.panel->startForAppointment(visit));
    CHECK(f.prompter.asked().isEmpty());
    ui::NoteEditor *editor = f.openEditor();
    const qint64 noteId = editor->stored().id;
    CHECK(editor->stored().appointmentId == visit);
    CHECK(editor->stored().clientId == f.ann.id);
    CHECK(editor->header()->statusLabel()->text() == QStringLiteral("Draft"));
    CHECK(editor->header()->clientLabel()->text() == f.ann.displayName());

    // The body chart (Alt+5): three clicks on the drawing, three marks where they were clicked.
    editor->sections()->setCurrentSection(Section::Subjective, true);
    press(Qt::Key_5, Qt::AltModifier);
    REQUIRE(editor->sections()->currentSection() == Section::BodyChart);
    ui::BodyChartWidget *chart = editor->sections()->bodyChart()->chart()->chart();
    REQUIRE(test::waitUntil([chart] { return chart->drawingRect().width() > 150; }));
    const QList<QPointF> spots{ { 0.32, 0.30 }, { 0.68, 0.30 }, { 0.50, 0.62 } };
    for (const QPointF &spot : spots)
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->toWidget(spot.x(), spot.y()).toPoint());
    const QList<core::BodyMark> clicked = chart->marks();
    REQUIRE(clicked.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(clicked[i].view == chart->view());
        CHECK(clicked[i].x == Approx(spots[i].x()).margin(0.01));
        CHECK(clicked[i].y == Approx(spots[i].y()).margin(0.01));
    }

    // S (Alt+1), field after field with Tab.
    press(Qt::Key_1, Qt::AltModifier);
    REQUIRE(focusedName() == QStringLiteral("clientReportEdit"));
    typeText(QStringLiteral("Two migraines since last week, both milder. Slept better."));
    tabAndType("headachesSinceLastVisitEdit", QStringLiteral("Two attacks, about 6 hours each"));
    tabAndType("headacheDaysEdit", QStringLiteral("2"));
    tabAndType("painBeforeEdit", QStringLiteral("6"));
    tabAndType("medicationChangesEdit", QStringLiteral("None"));

    // O (Alt+2): findings, range of motion, a technique row added from the keyboard.
    press(Qt::Key_2, Qt::AltModifier);
    REQUIRE(focusedName() == QStringLiteral("palpationEdit"));
    typeText(QStringLiteral("Active trigger points in both upper trapezius, right worse."));
    tabAndType("postureEdit", QStringLiteral("Forward head"));
    tabAndType("range_flexion", QStringLiteral("50"));
    tabAndType("range_extension", QStringLiteral("60"));
    tabAndType("range_rotation_left", QStringLiteral("70"));
    tabAndType("range_rotation_right", QStringLiteral("55"));
    REQUIRE(tabTo("techniqueAddButton"));
    press(Qt::Key_Space);
    REQUIRE(focusedName() == QStringLiteral("techniqueCombo"));
    typeText(QStringLiteral("Trigger point therapy"));
    tabAndType("techniqueAreaEdit", QStringLiteral("bilateral upper trapezius"));
    tabAndType("techniqueMinutesEdit", QStringLiteral("20"));
    press(Qt::Key_Tab);
    REQUIRE(focusedName() == QStringLiteral("techniquePressureCombo"));
    press(Qt::Key_Down); // moderate → firm

    // A (Alt+3).
    press(Qt::Key_3, Qt::AltModifier);
    REQUIRE(focusedName() == QStringLiteral("responseEdit"));
    typeText(QStringLiteral("Relaxed well; headache eased during the session."));
    tabAndType("painAfterEdit", QStringLiteral("3"));
    tabAndType("releasedEdit", QStringLiteral("Left upper trapezius"));
    tabAndType("resistedEdit", QStringLiteral("Right suboccipitals"));
    tabAndType("progressEdit", QStringLiteral("On track"));

    // P (Alt+4): a next visit is planned by ticking the box, then the rest.
    press(Qt::Key_4, Qt::AltModifier);
    REQUIRE(focusedName() == QStringLiteral("nextVisitCheckBox"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    REQUIRE(focusedName() == QStringLiteral("nextVisitDateEdit"));
    // The date's day, month and year take Tab in turn, as in any date field.
    REQUIRE(tabTo("frequencyEdit"));
    typeText(QStringLiteral("Weekly for 4 weeks"));
    tabAndType("focusEdit", QStringLiteral("Suboccipitals"));
    tabAndType("homeCareEdit", QStringLiteral("Chin tucks twice a day"));

    // Ctrl+S stores all of it, the clicked marks exactly.
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(editor->hasUnsavedChanges());
    const core::SessionNote saved = stored(f, noteId);
    CHECK(saved.content.marks == clicked);
    const core::NoteContent &c = saved.content;
    CHECK(c.subjective.clientReport
          == QStringLiteral("Two migraines since last week, both milder. Slept better."));
    CHECK(c.subjective.headacheDaysSinceLastVisit == 2);
    CHECK(c.subjective.painBefore == 6);
    CHECK(c.subjective.medicationChanges == QStringLiteral("None"));
    CHECK(c.objective.posture == QStringLiteral("Forward head"));
    REQUIRE(c.objective.rangeOfMotion.size() == 4);
    CHECK(c.objective.rangeOfMotion[2]
          == core::RangeOfMotion{ core::CervicalMotion::RotationLeft, 70 });
    REQUIRE(c.objective.techniques.size() == 1);
    CHECK(c.objective.techniques[0]
          == core::TechniqueUse{ QStringLiteral("trigger_point_therapy"),
                                 QStringLiteral("bilateral upper trapezius"), 20,
                                 core::Pressure::Firm });
    CHECK(c.assessment.painAfter == 3);
    CHECK(c.assessment.resisted == QStringLiteral("Right suboccipitals"));
    CHECK(c.plan.nextVisit == saved.sessionDate.addDays(7));
    CHECK(c.plan.frequency == QStringLiteral("Weekly for 4 weeks"));
    CHECK(c.plan.homeCare == QStringLiteral("Chin tucks twice a day"));

    // Ctrl+Return signs after the question; the note then reads only.
    f.prompter.enqueue(Choice::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().constLast().prompt.title == QStringLiteral("Sign Note"));
    REQUIRE(editor->isReadOnly());
    CHECK(editor->header()->statusLabel()->text() == QStringLiteral("Signed"));
    const core::SessionNote signedNote = stored(f, noteId);
    REQUIRE(signedNote.isSigned());
    CHECK(signedNote.content == saved.content);

    // Add Addendum…: a reason and a text, typed.
    auto *addButton = test::child<QPushButton>(*editor, "addAddendumButton");
    REQUIRE(addButton->isVisible());
    QTest::mouseClick(addButton, Qt::LeftButton);
    auto *dialog = editor->findChild<ui::NoteAddendumDialog *>();
    REQUIRE(dialog);
    dialog->activateWindow();
    REQUIRE(test::waitUntil([dialog] { return QApplication::activeWindow() == dialog; }));
    REQUIRE(focused() == dialog->reasonEdit()); // the dialog starts at the reason
    typeText(QStringLiteral("Late entry"));
    CHECK_FALSE(dialog->addButton()->isEnabled()); // a reason alone is not enough
    press(Qt::Key_Tab);
    REQUIRE(focused() == dialog->textEdit());
    typeText(QStringLiteral("Client phoned at 16:00: the headache had gone within the hour."));
    REQUIRE(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

    // Core holds the signed note unchanged, its three marks and the addendum under it.
    const core::SessionNote amended = stored(f, noteId);
    CHECK(amended.isSigned());
    CHECK(amended.content == signedNote.content);
    CHECK(amended.content.marks.size() == 3);
    CHECK(amended.signedAtUtc == signedNote.signedAtUtc);
    REQUIRE(amended.addenda.size() == 1);
    CHECK(amended.addenda[0].reason == QStringLiteral("Late entry"));
    CHECK(amended.addenda[0].text
          == QStringLiteral("Client phoned at 16:00: the headache had gone within the hour."));
    CHECK(amended.addenda[0].author == f.therapist.displayName);
    // The editor lists it under the original.
    REQUIRE(test::waitUntil(
            [editor] { return editor->sections()->currentSection() == Section::Addenda; }));
    const QList<QLabel *> texts = editor->sections()->addenda()->findChildren<QLabel *>(
            QStringLiteral("addendumTextLabel"));
    REQUIRE(texts.size() == 1);
    CHECK(texts[0]->text() == amended.addenda[0].text);
    CHECK(f.prompter.unexpectedPrompts() == 0);
}

TEST_CASE("a signed note opens read-only with every editor locked", "[ui][notes]")
{
    test::NoteFixture f;
    const core::SessionNote note = f.signNote(QDate(2026, 11, 17), [](core::NoteContent &c) {
        c.subjective.clientReport = QStringLiteral("Headache on waking most days.");
        c.subjective.painBefore = 5;
        c.objective.techniques = { { QStringLiteral("swedish"), QStringLiteral("back"), 30,
                                     core::Pressure::Light } };
        c.marks = { core::BodyMark{} };
    });
    f.showPanel();
    f.panel->selectNote(note.id);
    REQUIRE(f.panel->openSelected());
    ui::NoteEditor *editor = f.openEditor();

    CHECK(editor->isReadOnly());
    CHECK(editor->header()->lockedBanner()->isVisible());
    ui::NoteSubjectivePage *s = editor->sections()->subjective();
    CHECK(s->clientReportEdit()->isReadOnly());
    CHECK(s->painBeforeEdit()->isReadOnly());
    ui::NoteObjectivePage *o = editor->sections()->objective();
    CHECK_FALSE(o->techniqueList()->addButton()->isVisible());
    CHECK_FALSE(o->techniqueList()->cell(0, 0)->isEnabled());
    CHECK(editor->sections()->bodyChart()->chart()->isReadOnly());
    CHECK_FALSE(test::child<QPushButton>(*editor, "signNoteButton")->isVisible());
    CHECK_FALSE(test::child<QPushButton>(*editor, "saveNoteButton")->isVisible());
    CHECK(test::child<QPushButton>(*editor, "addAddendumButton")->isVisible());

    // Typing into it changes nothing, and nothing is saved.
    editor->sections()->setCurrentSection(Section::Subjective);
    s->clientReportEdit()->setFocus();
    typeText(QStringLiteral("changed"));
    CHECK(s->clientReportEdit()->toPlainText() == QStringLiteral("Headache on waking most days."));
    CHECK_FALSE(editor->hasUnsavedChanges());
    CHECK(stored(f, note.id).content == note.content);
}

TEST_CASE("a draft saves itself after typing and comes back after a restart", "[ui][notes]")
{
    test::NoteFixture f;
    f.showPanel();
    REQUIRE(f.panel->newNote());
    auto *start = f.panel->findChild<ui::NoteStartDialog *>();
    REQUIRE(start);
    CHECK_FALSE(start->carryForwardBox()->isEnabled()); // nothing signed to carry forward
    start->accept();
    ui::NoteEditor *editor = f.openEditor();
    const qint64 noteId = editor->stored().id;

    editor->sections()->subjective()->clientReportEdit()->setFocus();
    typeText(QStringLiteral("Neck stiff after a long drive."));
    CHECK(editor->hasUnsavedChanges());
    // No Ctrl+S: the autosave stores it shortly after the last key.
    REQUIRE(test::waitUntil([&f, noteId] {
        return f.notes.find(f.therapist, noteId)->content.subjective.clientReport
                == QStringLiteral("Neck stiff after a long drive.");
    }));
    REQUIRE(test::waitUntil([editor] { return !editor->hasUnsavedChanges(); }));

    // The app goes away without anyone closing the note…
    f.panel->closeWindows(true);
    f.panel.reset();
    // …and next time New Note offers the draft back.
    f.showPanel();
    f.prompter.enqueue(Choice::Continue);
    REQUIRE(f.panel->newNote());
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked()[0].prompt.title == QStringLiteral("Draft in progress"));
    ui::NoteEditor *reopened = f.openEditor();
    CHECK(reopened->stored().id == noteId);
    CHECK(reopened->sections()->subjective()->clientReportEdit()->toPlainText()
          == QStringLiteral("Neck stiff after a long drive."));
}

TEST_CASE("a note's techniques and plan become a template that fills an empty note in one undo "
          "step",
          "[ui][notes][templates]")
{
    test::NoteFixture f;
    f.showPanel();
    REQUIRE(f.panel->newNote());
    f.panel->starter()->startDialog()->accept();
    ui::NoteEditor *editor = f.openEditor();
    core::NoteContent written;
    written.subjective.clientReport = QStringLiteral("Private to this client");
    written.objective.techniques = { { QStringLiteral("deep_tissue"), QStringLiteral("neck"), 20,
                                       core::Pressure::Firm } };
    written.plan.frequency = QStringLiteral("Weekly");
    written.plan.homeCare = QStringLiteral("Heat on the neck");
    editor->applyContent(written, QStringLiteral("typed"));
    REQUIRE(editor->templateActions()->saveAs(QStringLiteral("Migraine follow-up 60 min")));
    const auto templates = f.notes.templates(f.therapist);
    REQUIRE(templates.ok());
    REQUIRE(templates->size() == 1);
    const core::NoteTemplate saved = templates->constFirst();
    CHECK(saved.content.subjective.clientReport.isEmpty()); // nothing about the client
    CHECK(saved.content.objective.techniques == written.objective.techniques);
    CHECK(saved.content.plan.homeCare == QStringLiteral("Heat on the neck"));

    // Discard Draft sets this one aside and closes its window.
    f.prompter.enqueue(Choice::Discard);
    const qint64 firstId = editor->stored().id;
    REQUIRE(editor->discardDraft());
    CHECK(stored(f, firstId).status == core::NoteStatus::Discarded);
    REQUIRE(test::waitUntil([&f] { return f.panel->editors()->editors().isEmpty(); }));

    // A new note takes the template where it is empty; Ctrl+Z takes it back out.
    REQUIRE(f.panel->newNote());
    f.panel->starter()->startDialog()->accept();
    ui::NoteEditor *next = f.openEditor();
    CHECK(next->stored().id != firstId);
    REQUIRE(next->templateActions()->apply(saved));
    CHECK(next->note().content.plan.frequency == QStringLiteral("Weekly"));
    CHECK(next->note().content.objective.techniques == written.objective.techniques);
    CHECK(next->sections()->objective()->techniqueList()->count() == 1);
    CHECK(next->hasUnsavedChanges());
    next->sections()->setCurrentSection(ui::NoteSections::Plan, true);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(next->note().content.plan.frequency.isEmpty());
    CHECK(next->note().content.objective.techniques.isEmpty());
}
