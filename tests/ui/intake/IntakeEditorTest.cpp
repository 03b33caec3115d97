// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeEditor.h"

#include "core/assess/QuestionnaireLoader.h"
#include "core/intake/IntakeCatalog.h"
#include "core/intake/IntakeService.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/common/SignaturePad.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakePage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

namespace {

// An intake editor on a fresh practice file, signed in as the demo therapist, with every question
// pre-answered and a short autosave delay.
struct EditorFixture
{
    test::TestDatabase database;
    test::ScopedSettings settings{ database.dirPath() };
    core::FixedClock clock = test::fixedClock();
    core::Session session = test::signIn(database.db(), core::Role::Therapist, clock);
    core::IntakeService intakes{ database.db(), clock };
    ui::ScriptedPrompter prompter;
    core::Client client = test::addClient(
            database.db(),
            test::makeClient(QStringLiteral("Zoë"), QStringLiteral("Martin"), QDate(1984, 3, 7)));
    std::unique_ptr<ui::IntakeEditor> editor;

    static constexpr int AutosaveMs = 40;

    ui::IntakeEditor &openEditor()
    {
        editor = std::make_unique<ui::IntakeEditor>(
                ui::IntakeEditor::Services{ intakes, prompter, clock }, session);
        editor->setAutosaveDelay(AutosaveMs);
        editor->resize(1280, 800);
        test::showAndWait(*editor);
        editor->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(editor.get()));
        return *editor;
    }

    template<typename T = QWidget>
    T *field(const char *objectName) const
    {
        return test::child<T>(*editor, objectName);
    }

    QLabel *errorLabel(const char *fieldKey) const
    {
        return editor->findChild<QLabel *>(QLatin1String(fieldKey) + QStringLiteral("ErrorLabel"));
    }

    core::Intake stored(qint64 id) const { return intakes.find(session, id).value(); }
};

// The keyboard, as a user has it: keys go to whatever has the focus.
QWidget *focused()
{
    return QApplication::focusWidget();
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

// Presses Tab until the widget named `objectName` has the focus.
bool tabTo(const QString &objectName, int limit = 150)
{
    for (int i = 0; i < limit; ++i) {
        if (focused() && focused()->objectName() == objectName)
            return true;
        press(Qt::Key_Tab);
    }
    return focused() && focused()->objectName() == objectName;
}

bool tabTo(const char *objectName)
{
    return tabTo(QLatin1String(objectName));
}

void nextSection()
{
    press(Qt::Key_PageDown, Qt::ControlModifier);
}

// Draws a wavy line across the pad with the mouse.
void drawSignature(ui::SignaturePad *pad)
{
    const int y = pad->height() / 2;
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, y));
    for (int x = 40; x < 220; x += 12)
        QTest::mouseMove(pad, QPoint(x, y + ((x / 12) % 2 == 0 ? -14 : 14)));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(230, y));
}

QByteArray smallPng()
{
    QImage image(60, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.drawLine(2, 15, 58, 4);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Every red-flag question answered No.
QList<core::RedFlagAnswer> noRedFlags()
{
    QList<core::RedFlagAnswer> answers;
    for (const core::RedFlagItem &item : core::IntakeCatalog::redFlags())
        answers.append({ item.key, core::Answer::No, {} });
    return answers;
}

} // namespace

TEST_CASE("an intake filled in with the keyboard alone is stored as typed and signed, then locked",
          "[ui][intake][editor]")
{
    EditorFixture f;
    ui::IntakeEditor &editor = f.openEditor();
    REQUIRE(editor.openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    CHECK(f.prompter.asked().isEmpty()); // no draft yet: nothing to ask
    CHECK(editor.windowTitle() == QStringLiteral("Intake — version 1 (draft)"));
    CHECK(f.field<QLabel>("intakeClientLabel")->text() == QStringLiteral("Zoë Martin"));

    // Health history
    REQUIRE(tabTo("conditionsEdit"));
    typeText(QStringLiteral("Hypothyroidism, treated"));
    REQUIRE(tabTo("healthMedicationAddButton"));
    press(Qt::Key_Space);
    REQUIRE(focused()->objectName() == QStringLiteral("healthMedicationNameEdit"));
    typeText(QStringLiteral("Levothyroxine"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("50 µg"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("every morning"));
    REQUIRE(tabTo("allergiesEdit"));
    typeText(QStringLiteral("Lavender oil"));

    // Contraindications: a tick opens its note, which is next in the tab order.
    nextSection();
    CHECK(editor.currentSection() == 1);
    REQUIRE(tabTo("contraindication_anticoagulants"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("contraindicationNote_anticoagulants"));
    typeText(QStringLiteral("Apixaban: no deep work on the legs"));

    // Migraine history
    nextSection();
    CHECK(editor.currentSection() == 2);
    REQUIRE(tabTo("onsetAgeEdit"));
    typeText(QStringLiteral("16"));
    REQUIRE(tabTo("attacksPerMonthEdit"));
    typeText(QStringLiteral("5"));
    REQUIRE(tabTo("headacheDaysPerMonthEdit"));
    typeText(QStringLiteral("7"));
    REQUIRE(tabTo("typicalDurationHoursEdit"));
    typeText(QStringLiteral("12.5"));
    REQUIRE(tabTo("peakIntensityEdit"));
    typeText(QStringLiteral("8"));
    REQUIRE(tabTo("nauseaOption0")); // "Not answered" is chosen, so the row's one tab stop
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    CHECK(f.field<QRadioButton>("nauseaOption2")->isChecked());

    // Triggers: neck pain is suggested as an early warning sign.
    nextSection();
    REQUIRE(tabTo("trigger_stress"));
    press(Qt::Key_Space);
    REQUIRE(tabTo("trigger_neck-pain"));
    press(Qt::Key_Space);
    CHECK(f.field<QComboBox>("triggerRole_neck-pain")->currentIndex() == 1);

    // Questionnaires: every MIDAS item, every HIT-6 answer.
    nextSection();
    const QMap<QString, int> midas{ { QStringLiteral("1"), 2 }, { QStringLiteral("2"), 3 },
                                    { QStringLiteral("3"), 1 }, { QStringLiteral("4"), 4 },
                                    { QStringLiteral("5"), 2 }, { QStringLiteral("A"), 20 },
                                    { QStringLiteral("B"), 7 } };
    const auto midasDefinition = core::QuestionnaireLoader::builtIn(QStringLiteral("midas"));
    REQUIRE(midasDefinition);
    for (const core::QuestionnaireItem &item : midasDefinition->items) {
        REQUIRE(tabTo(QStringLiteral("midas_%1SpinBox").arg(item.id)));
        typeText(QString::number(midas.value(item.id)));
    }
    CHECK(f.field<QLabel>("midasScoreLabel")->text().startsWith(QStringLiteral("Score 12 ")));
    // Never, Rarely, Sometimes, Very often, Always: Space chooses the first, arrows move on.
    const QMap<QString, int> hit6{ { QStringLiteral("1"), 3 }, { QStringLiteral("2"), 2 },
                                   { QStringLiteral("3"), 4 }, { QStringLiteral("4"), 1 },
                                   { QStringLiteral("5"), 2 }, { QStringLiteral("6"), 3 } };
    for (auto it = hit6.cbegin(); it != hit6.cend(); ++it) {
        REQUIRE(tabTo(QStringLiteral("hit6_%1_0").arg(it.key())));
        press(Qt::Key_Space);
        for (int step = 0; step < it.value(); ++step)
            press(Qt::Key_Right);
    }
    // 11 + 10 + 13 + 8 + 10 + 11
    CHECK(f.field<QLabel>("hit6ScoreLabel")->text().startsWith(QStringLiteral("Score 63 ")));

    // Red flags: every question answered No.
    nextSection();
    for (const core::RedFlagItem &item : core::IntakeCatalog::redFlags()) {
        REQUIRE(tabTo(QStringLiteral("redFlag_%1_0").arg(item.key)));
        press(Qt::Key_Space);
    }
    CHECK_FALSE(f.field<QLabel>("redFlagBanner")->isVisible());

    // Consent: ticking dates it today; name typed; signature drawn with the mouse.
    nextSection();
    REQUIRE(tabTo("consentAgreedCheckBox"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("consentNameEdit"));
    typeText(QStringLiteral("Zoë Martin"));
    drawSignature(f.field<ui::SignaturePad>("signaturePad"));
    CHECK_FALSE(f.field<ui::SignaturePad>("signaturePad")->isEmpty());

    // Review and sign: Ctrl+Return asks first.
    nextSection();
    CHECK(editor.currentSection() == 7);
    f.prompter.enqueue(Choice::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.title == QStringLiteral("Sign Intake"));
    CHECK(f.prompter.unexpectedPrompts() == 0);

    const core::Intake stored = f.stored(editor.intake().id);
    CHECK(stored.status == core::IntakeStatus::Signed);
    CHECK(stored.health.conditions == QStringLiteral("Hypothyroidism, treated"));
    REQUIRE(stored.health.medications.size() == 1);
    CHECK(stored.health.medications[0]
          == core::Medication{ QStringLiteral("Levothyroxine"), QStringLiteral("50 µg"),
                               QStringLiteral("every morning") });
    CHECK(stored.health.allergies == QStringLiteral("Lavender oil"));
    REQUIRE(stored.contraindications.size() == 1);
    CHECK(stored.contraindications[0].key == QStringLiteral("anticoagulants"));
    CHECK(stored.contraindications[0].note == QStringLiteral("Apixaban: no deep work on the legs"));
    CHECK(stored.migraine.onsetAge == 16);
    CHECK(stored.migraine.attacksPerMonth == 5);
    CHECK(stored.migraine.headacheDaysPerMonth == 7);
    CHECK(stored.migraine.typicalDurationHours == 12.5);
    CHECK(stored.migraine.peakIntensity == 8);
    CHECK_FALSE(stored.migraine.lifetimeAttacks.has_value()); // left empty: not answered, not 0
    CHECK(stored.migraine.nausea == core::Answer::Yes);
    CHECK(stored.migraine.vomiting == core::Answer::Unknown);
    REQUIRE(stored.triggers.size() == 2);
    CHECK(stored.triggers[0].key == QStringLiteral("stress"));
    CHECK(stored.triggers[0].role == core::TriggerRole::Trigger);
    CHECK(stored.triggers[1].key == QStringLiteral("neck-pain"));
    CHECK(stored.triggers[1].role == core::TriggerRole::EarlyWarningSign);
    CHECK(stored.questionnaires.value(QStringLiteral("midas")) == midas);
    CHECK(stored.questionnaires.value(QStringLiteral("hit6")) == hit6);
    CHECK(stored.redFlags.size() == core::IntakeCatalog::redFlags().size());
    CHECK(stored.redFlagsRaised().isEmpty());
    CHECK(stored.consent.agreed);
    CHECK(stored.consent.typedName == QStringLiteral("Zoë Martin"));
    CHECK(stored.consent.date == f.clock.today());
    QImage signature;
    CHECK(signature.loadFromData(stored.consent.signaturePng, "PNG"));

    // Locked: the window says so, typing changes nothing and core refuses a draft save.
    CHECK(editor.isReadOnly());
    CHECK(editor.windowTitle() == QStringLiteral("Intake — version 1 (signed)"));
    CHECK(f.field<QLabel>("intakeLockedBanner")->isVisible());
    CHECK(f.field<QLabel>("intakeLockedBanner")->text().contains(QStringLiteral("locked")));
    press(Qt::Key_1, Qt::AltModifier);
    REQUIRE(tabTo("conditionsEdit"));
    typeText(QStringLiteral(" and asthma"));
    CHECK(f.field<QPlainTextEdit>("conditionsEdit")->toPlainText()
          == QStringLiteral("Hypothyroidism, treated"));
    CHECK_FALSE(editor.hasUnsavedChanges());
    CHECK_FALSE(f.field<QWidget>("healthMedicationAddButton")->isVisible());
    core::Intake changed = stored;
    changed.health.conditions = QStringLiteral("changed");
    CHECK_FALSE(f.intakes.saveDraft(f.session, changed));
}

TEST_CASE("typing survives a crash: the autosaved draft is on disk and offered back",
          "[ui][intake][editor]")
{
    EditorFixture f;
    f.openEditor();
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    REQUIRE(tabTo("conditionsEdit"));
    typeText(QStringLiteral("Asthma since childhood"));
    CHECK(f.editor->hasUnsavedChanges());
    REQUIRE(test::waitUntil([&] { return !f.editor->hasUnsavedChanges(); }));
    CHECK(f.field<QLabel>("autosaveStatusLabel")
                  ->text()
                  .startsWith(QStringLiteral("Draft saved ")));

    // Gone without closing: no last-moment save.
    f.editor.reset();

    auto other = core::Database::open(f.database.path(), core::Database::OpenMode::ExistingOnly);
    REQUIRE(other);
    core::IntakeService otherService(*other.value(), f.clock);
    auto draft = otherService.draft(f.session, f.client.id);
    REQUIRE(draft);
    REQUIRE(draft->has_value());
    CHECK((*draft)->health.conditions == QStringLiteral("Asthma since childhood"));

    f.prompter.enqueue(Choice::Continue);
    f.openEditor();
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    REQUIRE(f.prompter.asked().size() == 1);
    const ui::Prompter::Prompt &asked = f.prompter.asked().at(0).prompt;
    CHECK(asked.text.startsWith(QStringLiteral("Continue the draft saved at ")));
    CHECK(asked.choices == QList<Choice>{ Choice::Continue, Choice::StartOver, Choice::Cancel });
    CHECK(f.field<QPlainTextEdit>("conditionsEdit")->toPlainText()
          == QStringLiteral("Asthma since childhood"));
    CHECK(f.editor->intake().id == (*draft)->id);
}

TEST_CASE("a red flag answered Yes shows the refer-before-treating banner", "[ui][intake][editor]")
{
    EditorFixture f;
    f.openEditor();
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    auto *banner = f.field<QLabel>("redFlagBanner");
    CHECK_FALSE(banner->isVisible());

    press(Qt::Key_6, Qt::AltModifier);
    REQUIRE(tabTo("redFlag_sudden-onset_0"));
    press(Qt::Key_Space); // No
    CHECK_FALSE(banner->isVisible());
    press(Qt::Key_Right); // Yes
    CHECK(f.field<QRadioButton>("redFlag_sudden-onset_1")->isChecked());
    CHECK(banner->isVisible());
    CHECK(banner->text()
          == QStringLiteral("Red flag: refer before treating — signing will raise a blocking "
                            "alert"));
    press(Qt::Key_Left); // back to No
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("a peak intensity of 11 is flagged at its field, still autosaved, and stops signing",
          "[ui][intake][editor]")
{
    EditorFixture f;
    core::Intake draft = f.intakes.startNew(f.session, f.client.id, f.clock.today()).value();
    draft.migraine.peakIntensity = 11;
    draft.redFlags = noRedFlags();
    draft.consent = { true, QStringLiteral("Zoë Martin"), f.clock.today(), smallPng() };
    draft = f.intakes.saveDraft(f.session, draft).value();

    f.openEditor();
    REQUIRE(f.editor->openIntake(draft.id));
    CHECK_FALSE(f.editor->isReadOnly());
    QLabel *message = f.errorLabel("migraine.peakIntensity");
    REQUIRE(message);
    CHECK_FALSE(message->text().isEmpty());
    CHECK(message->text().contains(QStringLiteral("11")));
    // Beside the field: the same little container, below it.
    CHECK(message->parentWidget() == f.field("peakIntensityEdit")->parentWidget());
    press(Qt::Key_3, Qt::AltModifier);
    CHECK(message->isVisible());
    CHECK(test::waitUntil([&] { return message->y() > f.field("peakIntensityEdit")->y(); }));
    press(Qt::Key_1, Qt::AltModifier);
    CHECK(f.field<QListWidget>("intakeSectionList")->item(2)->text()
          == QStringLiteral("Migraine history (1)"));

    // Typing elsewhere is saved although the intake breaks a rule.
    REQUIRE(tabTo("conditionsEdit"));
    typeText(QStringLiteral("Migraine only"));
    REQUIRE(test::waitUntil([&] { return !f.editor->hasUnsavedChanges(); }));
    const core::Intake saved = f.stored(draft.id);
    CHECK(saved.health.conditions == QStringLiteral("Migraine only"));
    CHECK(saved.migraine.peakIntensity == 11);

    // Signing is refused without a question, naming the field and going to it.
    press(Qt::Key_8, Qt::AltModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.prompter.asked().isEmpty());
    CHECK(f.editor->currentSection() == 2);
    REQUIRE(focused());
    CHECK(focused()->objectName() == QStringLiteral("peakIntensityEdit"));
    auto *banner = f.field<QLabel>("intakeProblemBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(message->text()));
    CHECK(f.stored(draft.id).status == core::IntakeStatus::Draft);
    CHECK_FALSE(f.editor->isReadOnly());

    // Correcting the number clears the message.
    typeText(QStringLiteral("\b\b9"));
    CHECK(message->text().isEmpty());
}

TEST_CASE("an open draft can be set aside for a fresh copy, or the opening cancelled",
          "[ui][intake][editor]")
{
    EditorFixture f;
    core::Intake draft = f.intakes.startNew(f.session, f.client.id, f.clock.today()).value();
    draft.health.conditions = QStringLiteral("Old draft");
    draft = f.intakes.saveDraft(f.session, draft).value();

    f.prompter.enqueue(Choice::Cancel);
    f.openEditor();
    CHECK_FALSE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    CHECK(f.stored(draft.id).status == core::IntakeStatus::Draft);

    f.prompter.enqueue(Choice::StartOver);
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    CHECK(f.stored(draft.id).status == core::IntakeStatus::Discarded);
    CHECK(f.editor->intake().id != draft.id);
    CHECK(f.editor->intake().status == core::IntakeStatus::Draft);
    CHECK(f.field<QPlainTextEdit>("conditionsEdit")->toPlainText().isEmpty());
    CHECK(f.prompter.unexpectedPrompts() == 0);

    // The set-aside version opens read-only and says why.
    ui::IntakeEditor other(ui::IntakeEditor::Services{ f.intakes, f.prompter, f.clock }, f.session);
    REQUIRE(other.openIntake(draft.id));
    CHECK(other.isReadOnly());
    CHECK(other.windowTitle() == QStringLiteral("Intake — version 1 (discarded)"));
    CHECK(test::child<QPlainTextEdit>(other, "conditionsEdit")->isReadOnly());
}

TEST_CASE("Ctrl+Z takes back typing in the intake, and the draft follows", "[ui][intake][editor]")
{
    EditorFixture f;
    f.openEditor();
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    REQUIRE(tabTo("allergiesEdit"));
    typeText(QStringLiteral("Latex"));
    REQUIRE(test::waitUntil([&] { return !f.editor->hasUnsavedChanges(); }));
    CHECK(f.stored(f.editor->intake().id).health.allergies == QStringLiteral("Latex"));

    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.field<QPlainTextEdit>("allergiesEdit")->toPlainText().isEmpty());
    REQUIRE(test::waitUntil([&] { return !f.editor->hasUnsavedChanges(); }));
    CHECK(f.stored(f.editor->intake().id).health.allergies.isEmpty());
}

TEST_CASE("a draft that cannot be saved shows why in a banner and keeps what was typed",
          "[ui][intake][editor]")
{
    EditorFixture f;
    f.openEditor();
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    REQUIRE(tabTo("surgeriesEdit"));
    typeText(QStringLiteral("Knee"));
    REQUIRE(test::waitUntil([&] { return !f.editor->hasUnsavedChanges(); }));

    // Someone else saves the same draft meanwhile: this window's next save is refused.
    core::Intake elsewhere = f.stored(f.editor->intake().id);
    elsewhere.health.notes = QStringLiteral("Changed on another computer");
    REQUIRE(f.intakes.saveDraft(f.session, elsewhere));
    typeText(QStringLiteral(" arthroscopy, 2015"));
    auto *banner = f.field<QLabel>("intakeProblemBanner");
    REQUIRE(test::waitUntil([&] { return banner->isVisible(); }));
    CHECK(banner->text().startsWith(QStringLiteral("Draft not saved: ")));
    CHECK(f.field<QLabel>("autosaveStatusLabel")->text() == QStringLiteral("Not saved"));
    CHECK(f.editor->hasUnsavedChanges());
    CHECK(f.field<QPlainTextEdit>("surgeriesEdit")->toPlainText()
          == QStringLiteral("Knee arthroscopy, 2015"));
    CHECK_FALSE(f.editor->saveNow());
}

TEST_CASE("Ctrl+S saves at once and Ctrl+P asks to print the intake", "[ui][intake][editor]")
{
    EditorFixture f;
    f.openEditor();
    f.editor->setAutosaveDelay(60 * 1000); // only Ctrl+S saves within the test
    REQUIRE(f.editor->openForClient(f.client.id, QStringLiteral("Zoë Martin")));
    QSignalSpy printed(f.editor.get(), &ui::IntakeEditor::printRequested);
    QSignalSpy saved(f.editor.get(), &ui::IntakeEditor::intakeSaved);
    REQUIRE(tabTo("injuriesEdit"));
    typeText(QStringLiteral("Whiplash, 2019"));
    CHECK(f.editor->hasUnsavedChanges());
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK(saved.size() == 1);
    CHECK(f.stored(f.editor->intake().id).health.injuries == QStringLiteral("Whiplash, 2019"));
    press(Qt::Key_P, Qt::ControlModifier);
    REQUIRE(printed.size() == 1);
    CHECK(printed.at(0).at(0).toLongLong() == f.editor->intake().id);
}

// Not a check: pictures of every section with realistic data, to look at (hidden; run with
// "[.screenshots]" under xvfb-run). Saved to $STILLPOINT_SCREENSHOTS or /tmp/intake-shots.
TEST_CASE("intake editor screenshots", "[.screenshots]")
{
    EditorFixture f;
    core::Intake draft = f.intakes.startNew(f.session, f.client.id, f.clock.today()).value();
    core::HealthHistory &health = draft.health;
    health.conditions =
            QStringLiteral("Migraine since adolescence; mild asthma (inhaler as needed)");
    health.surgeries = QStringLiteral("Appendectomy, 2009");
    health.injuries = QStringLiteral("Whiplash in a rear-end collision, 2019; physiotherapy for 3 "
                                     "months");
    health.medications = { { QStringLiteral("Propranolol"), QStringLiteral("40 mg"),
                             QStringLiteral("twice a day") },
                           { QStringLiteral("Salbutamol inhaler"), QStringLiteral("100 µg"),
                             QStringLiteral("as needed") } };
    health.allergies = QStringLiteral("Lavender and eucalyptus oils (headache), latex");
    health.pregnancy = core::Pregnancy::No;
    draft.contraindications = { { QStringLiteral("high-blood-pressure"),
                                  QStringLiteral("Controlled with medication; check on arrival") },
                                { QStringLiteral("varicose-veins"),
                                  QStringLiteral("Left calf: no deep work") } };
    core::MigraineHistory &m = draft.migraine;
    m.onsetAge = 14;
    m.attacksPerMonth = 4;
    m.headacheDaysPerMonth = 9;
    m.migraineLikeDaysPerMonth = 6;
    m.monthsWithThisPattern = 36;
    m.lifetimeAttacks = 600;
    m.typicalDurationHours = 18;
    m.peakIntensity = 8;
    m.locations = { QStringLiteral("one-side"), QStringLiteral("behind-eye"),
                    QStringLiteral("neck") };
    m.qualities = { QStringLiteral("pulsating") };
    m.nausea = core::Answer::Yes;
    m.vomiting = core::Answer::No;
    m.lightSensitivity = core::Answer::Yes;
    m.soundSensitivity = core::Answer::Yes;
    m.worseWithActivity = core::Answer::Yes;
    m.auraReported = core::Answer::Yes;
    m.auraTypes = { QStringLiteral("visual") };
    m.auraAttacks = 20;
    m.auraDurationMinutes = 25;
    m.auraFullyReversible = core::Answer::Yes;
    m.auraSpreadsGradually = core::Answer::Yes;
    m.auraPositive = core::Answer::Yes;
    m.headacheWithinHourOfAura = core::Answer::Yes;
    m.physicianDiagnosis = QStringLiteral("Migraine with and without aura (Dr Okafor, 2021)");
    m.acuteMedications = {
        { QStringLiteral("Sumatriptan 50 mg"), core::AcuteMedicationKind::Triptan, 6 },
        { QStringLiteral("Ibuprofen 400 mg"), core::AcuteMedicationKind::SimpleAnalgesic, 4 }
    };
    m.preventiveMedications = { { QStringLiteral("Propranolol"), QStringLiteral("40 mg"),
                                  QStringLiteral("twice a day") } };
    m.whatHelps = { QStringLiteral("dark-room"), QStringLiteral("sleep"),
                    QStringLiteral("cold-pack") };
    m.whatHelpsOther = QStringLiteral("Peppermint tea early on");
    draft.triggers = { { QStringLiteral("stress"), QStringLiteral("Stress"),
                         core::TriggerRole::Trigger, core::Certainty::Sure },
                       { QStringLiteral("sleep"), QStringLiteral("Sleep disturbance"),
                         core::TriggerRole::Trigger, core::Certainty::Probably },
                       { QStringLiteral("neck-pain"), QStringLiteral("Neck pain"),
                         core::TriggerRole::EarlyWarningSign, core::Certainty::Probably },
                       { QStringLiteral("other"), QStringLiteral("Long car journeys"),
                         core::TriggerRole::Trigger, core::Certainty::Unsure } };
    draft.questionnaires.insert(QStringLiteral("midas"),
                                { { QStringLiteral("1"), 3 },
                                  { QStringLiteral("2"), 5 },
                                  { QStringLiteral("3"), 4 },
                                  { QStringLiteral("4"), 6 },
                                  { QStringLiteral("5"), 2 },
                                  { QStringLiteral("A"), 27 },
                                  { QStringLiteral("B"), 7 } });
    draft.questionnaires.insert(QStringLiteral("hit6"),
                                { { QStringLiteral("1"), 3 },
                                  { QStringLiteral("2"), 2 },
                                  { QStringLiteral("3"), 4 },
                                  { QStringLiteral("4"), 2 } });
    draft.redFlags = noRedFlags();
    draft.redFlags[7] = { draft.redFlags[7].key, core::Answer::Yes,
                          QStringLiteral("Attacks longer since the summer") };
    draft.redFlags.removeLast();
    draft.consent = { true, QStringLiteral("Zoë Martin"), f.clock.today(), {} };
    draft.migraine.peakIntensity = 11; // to show a message at its field
    draft = f.intakes.saveDraft(f.session, draft).value();

    f.openEditor();
    REQUIRE(f.editor->openIntake(draft.id));
    f.editor->setClientName(QStringLiteral("Zoë Martin"));
    const QString folder = qEnvironmentVariableIsEmpty("STILLPOINT_SCREENSHOTS")
            ? QStringLiteral("/tmp/intake-shots")
            : qEnvironmentVariable("STILLPOINT_SCREENSHOTS");
    REQUIRE(QDir().mkpath(folder));
    for (int section = 0; section < 8; ++section) {
        f.editor->setCurrentSection(section, true);
        QTest::qWait(100);
        if (section == 6)
            drawSignature(f.field<ui::SignaturePad>("signaturePad"));
        const QString name = QStringLiteral("%1/%2-%3")
                                     .arg(folder)
                                     .arg(section + 1)
                                     .arg(f.editor->page(section)->objectName());
        CHECK(f.editor->grab().save(name + QStringLiteral(".png")));
        // The whole page, scrolled part included.
        auto *content = f.editor->page(section)->findChild<QWidget *>(
                f.editor->page(section)->objectName() + QStringLiteral("Content"));
        REQUIRE(content);
        CHECK(content->grab().save(name + QStringLiteral("-full.png")));
    }
    // Settled and signed: the locked look.
    press(Qt::Key_3, Qt::AltModifier);
    REQUIRE(tabTo("peakIntensityEdit"));
    typeText(QStringLiteral("8"));
    press(Qt::Key_6, Qt::AltModifier);
    REQUIRE(tabTo("redFlag_head-neck-injury_0"));
    press(Qt::Key_Space);
    press(Qt::Key_8, Qt::AltModifier);
    f.prompter.enqueue(Choice::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.editor->isReadOnly());
    for (int section : { 0, 7 }) {
        f.editor->setCurrentSection(section);
        QTest::qWait(100);
        CHECK(f.editor->grab().save(QStringLiteral("%1/signed-%2-%3.png")
                                            .arg(folder)
                                            .arg(section + 1)
                                            .arg(f.editor->page(section)->objectName())));
    }
}
