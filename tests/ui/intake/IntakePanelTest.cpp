// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakePanel.h"

#include "core/security/Operation.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/intake/IntakePanelFixture.h"
#include "ui/intake/IntakeCompareDialog.h"
#include "ui/intake/IntakeDifferenceModel.h"
#include "ui/intake/IntakeHistoryModel.h"
#include "ui/intake/QuestionnaireDialog.h"
#include "ui/intake/QuestionnaireScoreModel.h"
#include "ui/intake/RedFlagBanner.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/intake/ReferralLetterDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace stillpoint;
using test::IntakePanelFixture;
using ui::IntakeHistoryModel;
using Change = ui::IntakeDifferenceModel::Change;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList filesIn(const QTemporaryDir &folder)
{
    return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("the intake panel lists every version newest first with status, signer and red flags",
          "[ui][intake][panel]")
{
    IntakePanelFixture f;
    f.signIntake(5, QDate(2026, 3, 3)); // a head or neck injury
    f.saveDraft(QDate(2026, 11, 20));
    f.showPanel();

    const IntakeHistoryModel &model = *f.panel->historyModel();
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, IntakeHistoryModel::VersionColumn) == QStringLiteral("Version 2"));
    CHECK(cell(model, 0, IntakeHistoryModel::StatusColumn) == QStringLiteral("Draft"));
    CHECK(cell(model, 0, IntakeHistoryModel::SignedColumn).isEmpty());
    CHECK(cell(model, 1, IntakeHistoryModel::VersionColumn) == QStringLiteral("Version 1"));
    CHECK(cell(model, 1, IntakeHistoryModel::StatusColumn) == QStringLiteral("Signed"));
    CHECK(cell(model, 1, IntakeHistoryModel::DateColumn) == QStringLiteral("3 Mar 2026"));
    CHECK(cell(model, 1, IntakeHistoryModel::SignedColumn)
          == QStringLiteral("24 Nov 2026 by ") + f.therapist.displayName);
    CHECK(cell(model, 1, IntakeHistoryModel::RedFlagsColumn) == QStringLiteral("1"));
    CHECK(f.panel->historyView()->isVisible());
    // With a draft open, the first button continues it instead of starting another.
    CHECK(f.panel->editAction()->text().remove(u'&') == QStringLiteral("Continue Draft…"));
    CHECK(f.panel->editAction()->isEnabled());
}

TEST_CASE("comparing two versions shows the changed field with its values before and after",
          "[ui][intake][panel][compare]")
{
    IntakePanelFixture f;
    f.signIntake(0, QDate(2026, 3, 3),
                 [](core::Intake &intake) { intake.migraine.attacksPerMonth = 4; });
    f.signIntake(0, QDate(2026, 11, 20),
                 [](core::Intake &intake) { intake.migraine.attacksPerMonth = 9; });
    f.showPanel();
    f.panel->selectVersions({ 1, 2 });
    REQUIRE(f.panel->compareAction()->isEnabled());

    f.panel->compareAction()->trigger();
    auto *dialog = f.panel->findChild<ui::IntakeCompareDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const ui::IntakeDifferenceModel &model = *dialog->model();
    int changed = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row).before.contains(QLatin1Char('4'))
            && model.row(row).after.contains(QLatin1Char('9'))
            && model.row(row).section == QStringLiteral("Migraine history"))
            changed = row;
    }
    REQUIRE(changed >= 0);
    CHECK(model.row(changed).change == Change::Changed);
    CHECK(cell(model, changed, ui::IntakeDifferenceModel::ChangeColumn)
          == QStringLiteral("Changed"));
    CHECK(model.index(changed, ui::IntakeDifferenceModel::AfterColumn)
                  .data(Qt::BackgroundRole)
                  .isValid());
    // Only changes at first; every field on request, the unchanged ones without highlight.
    CHECK(dialog->changedOnlyCheckBox()->isChecked());
    const int changes = model.rowCount();
    dialog->changedOnlyCheckBox()->setChecked(false);
    CHECK(model.rowCount() > changes);
    CHECK(model.changeCount() == changes);
    CHECK(dialog->windowTitle() == QStringLiteral("Compare Intake Versions"));
}

TEST_CASE("Save as PDF writes the selected intake as a complete PDF where the user chose",
          "[ui][intake][panel][pdf]")
{
    IntakePanelFixture f;
    f.signIntake(5, QDate(2026, 3, 3));
    f.showPanel();
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ann-intake.pdf"));
    f.files.enqueue(path);

    REQUIRE(f.panel->saveSelectedAsPdf());

    CHECK(test::looksLikePdf(path));
    CHECK(filesIn(folder) == QStringList({ QStringLiteral("ann-intake.pdf") }));
    REQUIRE(f.files.suggested().size() == 1);
    CHECK(f.files.suggested().at(0).endsWith(QStringLiteral("Ann Lee - intake v1 2026-03-03.pdf")));
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("Save as PDF into a folder that cannot be written says so and leaves no file",
          "[ui][intake][panel][pdf]")
{
    IntakePanelFixture f;
    f.signIntake(0, QDate(2026, 3, 3));
    f.showPanel();
    const QTemporaryDir folder;
    f.files.enqueue(folder.filePath(QStringLiteral("no such folder/intake.pdf")));
    f.prompter.enqueue(ui::Prompter::Choice::Ok);

    CHECK_FALSE(f.panel->saveSelectedAsPdf());

    REQUIRE(f.prompter.asked().size() == 1);
    const ui::Prompter::Prompt &prompt = f.prompter.asked().at(0).prompt;
    CHECK(prompt.title == QStringLiteral("PDF not saved"));
    CHECK(prompt.text.contains(QStringLiteral("no such folder")));
    CHECK(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("Print sends the selected intake to the chosen printer; cancelling prints nothing",
          "[ui][intake][panel][print]")
{
    IntakePanelFixture f;
    f.signIntake(0, QDate(2026, 3, 3));
    f.showPanel();
    const QTemporaryDir folder;
    f.printer.outputPath = folder.filePath(QStringLiteral("printed.pdf"));

    f.printer.cancel = true;
    CHECK_FALSE(f.panel->printSelected());
    CHECK_FALSE(QFile::exists(f.printer.outputPath));

    f.printer.cancel = false;
    CHECK(f.panel->printSelected());
    CHECK(f.printer.dialogsShown == 2);
    CHECK(test::looksLikePdf(f.printer.outputPath));
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("the referral letter for a red-flag intake is shown and saved as a PDF",
          "[ui][intake][panel][referral]")
{
    IntakePanelFixture f;
    f.signIntake(5, QDate(2026, 3, 3));
    f.showPanel();
    REQUIRE(f.panel->referralAction()->isEnabled());

    f.panel->referralAction()->trigger();
    auto *dialog = f.panel->findChild<ui::ReferralLetterDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QString letter = dialog->preview()->toPlainText();
    CHECK(letter.contains(QStringLiteral("Ann Lee")));
    CHECK(letter.contains(QStringLiteral("Dr Priya Patel")));
    CHECK(letter.contains(QStringLiteral("Calm Hands Massage")));

    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("referral.pdf"));
    f.files.enqueue(path);
    QTest::mouseClick(dialog->savePdfButton(), Qt::LeftButton);
    CHECK(test::looksLikePdf(path, 2000));
    CHECK(f.files.suggested().at(0).endsWith(
            QStringLiteral("Ann Lee - referral letter 2026-11-24.pdf")));
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("a red flag blocks treatment until a reason is recorded, and the reason is audited",
          "[ui][intake][panel][redflag]")
{
    IntakePanelFixture f;
    f.signIntake(5, QDate(2026, 3, 3));
    f.showPanel();

    ui::RedFlagBanner *banner = f.panel->redFlagBanner();
    CHECK(f.panel->hasBlockingAlert());
    CHECK(banner->blockingFrame()->isVisible());
    CHECK(banner->alertLabel()->text()
          == QStringLiteral("Red flags reported at intake on 3 March 2026: After a head or neck "
                            "injury. Refer before treating."));
    CHECK(test::child<QPushButton>(*banner, "recordReasonButton")->isEnabled());
    CHECK(test::child<QPushButton>(*banner, "bannerReferralButton")->isEnabled());

    QTest::mouseClick(test::child<QPushButton>(*banner, "recordReasonButton"), Qt::LeftButton);
    auto *dialog = f.panel->findChild<ui::RedFlagProceedDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    test::type(dialog->reasonEdit(), QStringLiteral("   ok "));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // fewer than 5 characters once trimmed
    dialog->accept(); // as Enter would: refused while the button is disabled
    CHECK(f.panel->hasBlockingAlert());

    const QString reason = QStringLiteral("Cleared by Dr Patel (GP) on 20 November 2026");
    dialog->reasonEdit()->clear();
    test::type(dialog->reasonEdit(), reason);
    REQUIRE(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const qint64 alertId = dialog->alert().id;
    CHECK_FALSE(f.panel->hasBlockingAlert());
    CHECK_FALSE(f.intakes.blockingAlert(f.therapist, f.ann.id)->has_value());
    CHECK_FALSE(banner->blockingFrame()->isVisible());
    CHECK(banner->clearedLabel()->isVisible());
    CHECK(banner->clearedLabel()->text().endsWith(QStringLiteral(": ") + reason));
    CHECK(banner->clearedLabel()->text().contains(f.therapist.displayName));
    CHECK_FALSE(f.panel->proceedAction()->isEnabled());

    bool audited = false;
    for (const core::AuditEntry &entry : f.audit(f.therapist.userId)) {
        if (entry.event.recordType == QStringLiteral("red-flag-alert")
            && entry.event.recordId == alertId
            && entry.event.operation == core::Operations::key(core::Operation::ClinicalWrite)) {
            audited = true;
            CHECK_FALSE(entry.event.detail.contains(QStringLiteral("Patel")));
        }
    }
    CHECK(audited);
}

TEST_CASE("a questionnaire recorded at a visit shows its live grade and joins the scores",
          "[ui][intake][panel][questionnaire]")
{
    IntakePanelFixture f;
    f.showPanel();
    CHECK(f.panel->scoreModel()->rowCount() == 0);

    ui::QuestionnaireDialog *dialog = f.panel->recordQuestionnaire();
    REQUIRE(dialog);
    REQUIRE(dialog->selectQuestionnaire(QStringLiteral("midas")));
    CHECK(dialog->scoreLabel()->text().startsWith(QStringLiteral("Incomplete")));
    // 2 + 4 + 3 + 1 + 2 = 12: grade III.
    const QList<std::pair<QString, int>> answers{ { QStringLiteral("1"), 2 },
                                                  { QStringLiteral("2"), 4 },
                                                  { QStringLiteral("3"), 3 },
                                                  { QStringLiteral("4"), 1 } };
    for (const auto &[item, days] : answers)
        dialog->setAnswer(item, days);
    CHECK(dialog->scoreLabel()->text().startsWith(QStringLiteral("Incomplete: 4 of 5")));
    dialog->setAnswer(QStringLiteral("5"), 2);
    CHECK(dialog->scoreLabel()->text().contains(QStringLiteral("Total 12")));
    CHECK(dialog->scoreLabel()->text().contains(QStringLiteral("III · Moderate disability")));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    const auto stored =
            f.intakes.questionnaireHistory(f.therapist, f.ann.id, QStringLiteral("midas"));
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).score->total == 12);
    const ui::QuestionnaireScoreModel &scores = *f.panel->scoreModel();
    REQUIRE(scores.rowCount() == 1);
    CHECK(cell(scores, 0, ui::QuestionnaireScoreModel::QuestionnaireColumn)
          == QStringLiteral("MIDAS"));
    CHECK(cell(scores, 0, ui::QuestionnaireScoreModel::TotalColumn) == QStringLiteral("12"));
    CHECK(cell(scores, 0, ui::QuestionnaireScoreModel::GradeColumn)
          == QStringLiteral("III · Moderate disability"));
}

TEST_CASE("a questionnaire with nothing answered is not saved",
          "[ui][intake][panel][questionnaire]")
{
    IntakePanelFixture f;
    f.showPanel();
    ui::QuestionnaireDialog *dialog = f.panel->recordQuestionnaire();
    REQUIRE(dialog);
    REQUIRE(dialog->selectQuestionnaire(QStringLiteral("hit6")));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(test::child<QLabel>(*dialog, "questionnaireProblemLabel")->isVisible());
    CHECK(f.intakes.questionnaireHistory(f.therapist, f.ann.id)->isEmpty());
}

TEST_CASE("nothing clinical is read while the panel is hidden, and it reads when shown",
          "[ui][intake][panel]")
{
    IntakePanelFixture f;
    f.signIntake(0, QDate(2026, 3, 3));
    const auto clinicalReads = [&f] {
        int reads = 0;
        for (const core::AuditEntry &entry : f.audit(f.therapist.userId)) {
            if (entry.event.operation == core::Operations::key(core::Operation::ClinicalRead))
                ++reads;
        }
        return reads;
    };
    const int before = clinicalReads();
    f.panel->setClient(f.ann.id, f.ann.displayName());
    CHECK(clinicalReads() == before);
    CHECK(f.panel->historyModel()->rowCount() == 0);

    test::showAndWait(*f.panel);
    CHECK(f.panel->historyModel()->rowCount() == 1);
}
