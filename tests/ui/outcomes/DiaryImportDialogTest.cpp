// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryImportDialog.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/outcomes/DiaryFixture.h"
#include "ui/outcomes/DiaryImportPreviewModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace stillpoint;
using ui::DiaryImportPreviewModel;

namespace {

const QByteArray Header = "Date,Headache,Start,End,Intensity,Medication,Dose,Triggers,Sleep,"
                          "Stress\n";

// A plausible year of a diary ending today (24 November 2026): a headache every fourth day.
QByteArray yearOfDiary(int days = 365)
{
    QByteArray csv = Header;
    const QDate today(2026, 11, 24);
    for (int i = days - 1; i >= 0; --i) {
        const QDate date = today.addDays(-i);
        const QByteArray iso = date.toString(Qt::ISODate).toLatin1();
        if (i % 4 == 0)
            csv += iso + ",yes,07:30,13:00," + QByteArray::number(4 + i % 6)
                    + ",ibuprofen,400 mg,stress; weather,6.5,7\n";
        else
            csv += iso + ",no,,,,,,,7.5,3\n";
    }
    return csv;
}

// The dialog for Ann Lee, shown, with a file chosen through the file chooser.
struct ImportFixture : test::DiaryFixture
{
    ui::DiaryImportDialog dialog;

    explicit ImportFixture(const QByteArray &csv, core::Role role = core::Role::Therapist)
        : DiaryFixture(role), dialog(importServices(), clientId, QStringLiteral("Ann Lee"), &window)
    {
        test::showAndWait(dialog);
        files.enqueue(writeFile(QStringLiteral("diary.csv"), csv));
        QTest::mouseClick(test::child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
    }

    QPushButton *importButton() const { return test::child<QPushButton>(dialog, "importButton"); }
    QLabel *problem() const { return test::child<QLabel>(dialog, "importProblemBanner"); }
    QString summary() const { return test::child<QLabel>(dialog, "summaryLabel")->text(); }
    QStringList column(int column) const
    {
        const auto *view = test::child<QTableView>(dialog, "previewView");
        QStringList values;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            values << view->model()->index(row, column).data().toString();
        return values;
    }
};

} // namespace

TEST_CASE("a good file of a year of diary imports in one step", "[ui][outcomes][diary]")
{
    ImportFixture f(yearOfDiary());
    test::ModelTestWarnings warnings;
    QAbstractItemModelTester tester(f.dialog.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(f.dialog.preview().has_value());
    CHECK(f.dialog.preview()->rows.size() == 365);
    CHECK(f.summary().startsWith(QStringLiteral("365 new diary rows to add · 0 duplicates")));
    CHECK_FALSE(f.problem()->isVisible());
    CHECK(f.column(DiaryImportPreviewModel::LineColumn).first() == QStringLiteral("2"));
    CHECK(f.column(DiaryImportPreviewModel::StatusColumn).count(QStringLiteral("New")) == 365);
    // The columns were recognised from the header.
    CHECK(f.dialog.fieldCombo(4)->currentData().toInt()
          == static_cast<int>(core::DiaryColumn::Intensity));
    REQUIRE(f.importButton()->isEnabled());
    CHECK(f.diary().isEmpty());

    QSignalSpy imported(&f.dialog, &ui::DiaryImportDialog::diaryImported);
    QTest::mouseClick(f.importButton(), Qt::LeftButton);

    REQUIRE(imported.size() == 1);
    CHECK(imported.first().first().toInt() == 365);
    const QList<core::DiaryEntry> rows = f.diary();
    REQUIRE(rows.size() == 365);
    CHECK(rows.first().date == QDate(2025, 11, 25));
    CHECK(rows.last().date == QDate(2026, 11, 24));
    CHECK(rows.last().headache);
    CHECK(rows.last().peakIntensity == 4);
    CHECK(rows.last().source == core::DiarySource::Import);
    REQUIRE_FALSE(f.prompter.asked().isEmpty());
    CHECK(f.prompter.asked().last().prompt.text == QStringLiteral("Imported 365 diary rows."));
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("a broken diary row shows its line number and reason and nothing is imported",
          "[ui][outcomes][diary]")
{
    const QByteArray csv = Header
            + "2026-11-01,yes,08:00,12:00,6,,,,7,4\n"
              "2026-11-02,no,,,,,,,8,2\n"
              "2026-11-03,yes,09:00,11:00,12,,,,7,5\n"
              "2026-11-04,no,,,,,,,8,2\n";
    ImportFixture f(csv);
    // Something is stored already: the count must not move.
    core::DiaryEntry stored;
    stored.clientId = f.clientId;
    stored.date = QDate(2026, 10, 20);
    stored.peakIntensity = 5;
    f.store(stored.date, { stored });
    const int before = static_cast<int>(f.diary().size());

    REQUIRE(f.dialog.preview().has_value());
    CHECK_FALSE(f.dialog.preview()->canImport());
    const QStringList status = f.column(DiaryImportPreviewModel::StatusColumn);
    const QStringList lines = f.column(DiaryImportPreviewModel::LineColumn);
    const int bad = static_cast<int>(status.indexOf(QStringLiteral("Error")));
    REQUIRE(bad >= 0);
    CHECK(lines.at(bad) == QStringLiteral("4"));
    CHECK(f.column(DiaryImportPreviewModel::ReasonColumn).at(bad).contains(QStringLiteral("10")));
    CHECK(f.column(DiaryImportPreviewModel::FieldColumn).at(bad).size() > 0);
    CHECK(f.summary().contains(QStringLiteral("1 row with errors")));
    CHECK(f.summary().contains(QStringLiteral("Lines with errors: 4.")));
    CHECK_FALSE(f.importButton()->isEnabled());

    CHECK_FALSE(f.dialog.importDiary());
    CHECK(f.diary().size() == before);

    // Showing only the errors leaves that one row.
    auto *show = test::child<QComboBox>(f.dialog, "showCombo");
    show->setCurrentIndex(show->findText(QStringLiteral("Errors")));
    CHECK(f.column(DiaryImportPreviewModel::LineColumn) == QStringList{ QStringLiteral("4") });
}

TEST_CASE("dates that read both ways wait for the user to say how they are written",
          "[ui][outcomes][diary]")
{
    const QByteArray csv = "Date,Pain\n03/04/2026,6\n05/06/2026,0\n07/08/2026,7\n";
    ImportFixture f(csv);
    REQUIRE(f.dialog.preview().has_value());
    CHECK(f.problem()->isVisible());
    CHECK(f.problem()->text().contains(QStringLiteral("Choose how the dates are written")));
    CHECK_FALSE(f.importButton()->isEnabled());

    auto *order = test::child<QComboBox>(f.dialog, "dateOrderCombo");
    order->setCurrentIndex(order->findData(static_cast<int>(core::DateOrder::DayMonthYear)));
    CHECK_FALSE(f.problem()->isVisible());
    REQUIRE(f.importButton()->isEnabled());
    QTest::mouseClick(f.importButton(), Qt::LeftButton);
    const auto rows = f.diary();
    REQUIRE(rows.size() == 3);
    CHECK(rows.first().date == QDate(2026, 4, 3));
    CHECK(rows.first().headache);
    CHECK_FALSE(rows.at(1).headache);
}

TEST_CASE("diary rows already stored are skipped as duplicates", "[ui][outcomes][diary]")
{
    const QByteArray csv = Header
            + "2026-11-01,yes,08:00,12:00,6,,,,7,4\n"
              "2026-11-02,no,,,,,,,8,2\n";
    test::DiaryFixture setup;
    core::DiaryEntry stored;
    stored.clientId = setup.clientId;
    stored.date = QDate(2026, 11, 1);
    stored.start = QTime(8, 0);
    stored.peakIntensity = 6;
    setup.store(stored.date, { stored });

    ui::DiaryImportDialog dialog(setup.importServices(), setup.clientId, QStringLiteral("Ann Lee"),
                                 &setup.window);
    REQUIRE(dialog.loadFile(setup.writeFile(QStringLiteral("diary.csv"), csv)));
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.preview()->count(core::DiaryImportStatus::Duplicate) == 1);
    CHECK(dialog.preview()->count(core::DiaryImportStatus::New) == 1);
    REQUIRE(dialog.importDiary());
    CHECK(setup.diary().size() == 2);
}
