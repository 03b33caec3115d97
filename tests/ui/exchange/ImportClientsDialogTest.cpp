// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportClientsDialog.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/exchange/ExchangeFixture.h"
#include "ui/exchange/ImportClientsAction.h"
#include "ui/exchange/ImportPreviewFilter.h"
#include "ui/exchange/ImportPreviewModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace stillpoint;
using ui::ImportPreviewModel;

namespace {

const QByteArray Clients = "First Name,Last Name,Cell,E-mail,DOB,Notes\n"
                           "Ann,Lee,0412 345 678,ann@example.com,02/11/1990,\n"
                           "Bob,Stone,,bob@example.com,25/12/1970,back pain\n"
                           "Ann,Lee,,,02/11/1990,\n";

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// The dialog of an owner's window, shown, with a file chosen through the file chooser.
struct DialogFixture : test::ExchangeFixture
{
    ui::ImportClientsDialog dialog;

    explicit DialogFixture(const QByteArray &csv, core::Role role = core::Role::Owner)
        : ExchangeFixture(role), dialog(services(), &window)
    {
        test::showAndWait(dialog);
        files.enqueue(writeFile(QStringLiteral("clients.csv"), csv));
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

    void choose(QComboBox *combo, int data) const
    {
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
};

} // namespace

TEST_CASE("choosing a file shows its columns as guessed and a preview of every row",
          "[ui][exchange][import]")
{
    DialogFixture f(Clients);
    CHECK(f.files.suggested().size() == 1);
    CHECK(test::child<QLabel>(f.dialog, "formatLabel")->text()
          == QStringLiteral("UTF-8, comma-separated; 3 rows below the header."));

    const auto *mapping = test::child<QTableWidget>(f.dialog, "mappingTable");
    REQUIRE(mapping->rowCount() == 6);
    CHECK(mapping->item(2, 0)->text() == QStringLiteral("Cell"));
    CHECK(mapping->item(2, 1)->text() == QStringLiteral("0412 345 678"));
    CHECK(f.dialog.fieldCombo(2)->currentText() == QStringLiteral("Mobile phone"));
    CHECK(f.dialog.fieldCombo(5)->currentText() == QStringLiteral("Not imported"));
    CHECK(test::child<QLabel>(f.dialog, "dateOrderHint")->text()
          == QStringLiteral("(read as day/month/year)"));

    CHECK(f.column(ImportPreviewModel::LineColumn) == strings({ "2", "3", "4" }));
    CHECK(f.column(ImportPreviewModel::StatusColumn) == strings({ "New", "New", "Duplicate" }));
    CHECK(f.column(ImportPreviewModel::ReasonColumn).at(2)
          == QStringLiteral("Same name and date of birth as line 2."));
    CHECK(f.summary().startsWith(
            QStringLiteral("2 new clients to create · 1 duplicate, skipped · 0 rows with errors")));
    CHECK(f.importButton()->isEnabled());
    CHECK(f.problem()->isHidden());
}

TEST_CASE("Import saves the new rows, says so and closes the dialog", "[ui][exchange][import]")
{
    DialogFixture f(Clients);
    QSignalSpy imported(&f.dialog, &ui::ImportClientsDialog::clientsImported);
    QTest::mouseClick(f.importButton(), Qt::LeftButton);
    REQUIRE(imported.size() == 1);
    CHECK(imported.at(0).at(0).toInt() == 2);
    CHECK(f.clientCount() == 2);
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.text == QStringLiteral("Imported 2 clients."));
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.dialog.isVisible());
}

TEST_CASE("a bad row shows as an error with its line and reason, and Import stays disabled",
          "[ui][exchange][import]")
{
    DialogFixture f(Clients + "Cara,Diaz,12,cara@example,,\n");
    CHECK(f.column(ImportPreviewModel::StatusColumn).at(3) == QStringLiteral("Error"));
    CHECK(f.column(ImportPreviewModel::LineColumn).at(3) == QStringLiteral("5"));
    CHECK(f.column(ImportPreviewModel::ReasonColumn)
                  .at(3)
                  .contains(QStringLiteral("Email \"cara@example\" is not an email address")));
    CHECK(f.summary().contains(QStringLiteral("1 row with errors")));
    CHECK(f.summary().contains(QStringLiteral("Nothing can be imported")));
    CHECK_FALSE(f.importButton()->isEnabled());
    CHECK_FALSE(f.dialog.importClients());
    CHECK(f.clientCount() == 0);

    // Showing only the errors.
    f.choose(test::child<QComboBox>(f.dialog, "showCombo"),
             static_cast<int>(core::ImportRowStatus::Bad));
    CHECK(f.column(ImportPreviewModel::LineColumn) == strings({ "5" }));

    // Leaving the offending columns out makes the row acceptable.
    f.choose(f.dialog.fieldCombo(2), static_cast<int>(core::ImportField::Ignore));
    f.choose(f.dialog.fieldCombo(3), static_cast<int>(core::ImportField::Ignore));
    CHECK(f.column(ImportPreviewModel::LineColumn).isEmpty());
    CHECK(f.importButton()->isEnabled());
}

TEST_CASE("giving a field to another column takes it from the first", "[ui][exchange][import]")
{
    DialogFixture f(Clients);
    f.choose(f.dialog.fieldCombo(5), static_cast<int>(core::ImportField::GivenName));
    CHECK(f.dialog.fieldCombo(0)->currentData().toInt()
          == static_cast<int>(core::ImportField::Ignore));
    // Now the given name comes from Notes, which is empty for two rows.
    CHECK(f.column(ImportPreviewModel::StatusColumn) == strings({ "Error", "New", "Error" }));
    CHECK_FALSE(f.importButton()->isEnabled());
}

TEST_CASE("dates that could be read either way wait for the user to choose",
          "[ui][exchange][import]")
{
    DialogFixture f("First name,DOB\nAnn,03/04/1985\nBob,11/12/1970\n");
    CHECK(f.problem()->isVisible());
    CHECK(f.problem()->text().contains(QStringLiteral("03/04/1985 could be")));
    CHECK_FALSE(f.importButton()->isEnabled());

    f.choose(test::child<QComboBox>(f.dialog, "dateOrderCombo"),
             static_cast<int>(core::DateOrder::MonthDayYear));
    CHECK(f.problem()->isHidden());
    CHECK(f.importButton()->isEnabled());
    REQUIRE(f.dialog.preview());
    CHECK(f.dialog.preview()->rows.at(0).client.dateOfBirth == QDate(1985, 3, 4));
}

TEST_CASE("a file that cannot be read says why and offers nothing to import",
          "[ui][exchange][import]")
{
    DialogFixture f(QByteArray("a,b\n1,\"2\n", 9));
    CHECK(f.problem()->isVisible());
    CHECK(f.problem()->text().contains(QStringLiteral("starts on line 2 opens a quote")));
    CHECK(test::child<QTableWidget>(f.dialog, "mappingTable")->rowCount() == 0);
    CHECK_FALSE(f.importButton()->isEnabled());
}

TEST_CASE("cancelling the file chooser changes nothing", "[ui][exchange][import]")
{
    test::ExchangeFixture f(core::Role::FrontDesk);
    ui::ImportClientsDialog dialog(f.services(), &f.window);
    CHECK_FALSE(dialog.chooseFile());
    CHECK_FALSE(dialog.preview());
    CHECK_FALSE(test::child<QPushButton>(dialog, "importButton")->isEnabled());
}

TEST_CASE("a large file shows progress while its preview is made", "[ui][exchange][import]")
{
    QByteArray csv = "Given name,Family name,Email\n";
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("Client%1,Family,c%1@example.org\n").arg(i).toUtf8();
    test::ExchangeFixture f(core::Role::Owner);
    ui::ImportClientsDialog dialog(f.services(), &f.window);
    test::showAndWait(dialog);
    auto *progress = test::child<QProgressBar>(dialog, "progressBar");
    int updates = 0;
    int shownUpdates = 0;
    QObject::connect(progress, &QProgressBar::valueChanged, &dialog, [&](int) {
        ++updates;
        if (progress->isVisible())
            ++shownUpdates;
    });
    REQUIRE(dialog.loadFile(f.writeFile(QStringLiteral("big.csv"), csv)));
    CHECK(updates > 5);
    CHECK(shownUpdates > 5);
    CHECK(progress->maximum() == 5000);
    CHECK(progress->isHidden());
    CHECK(dialog.preview()->count(core::ImportRowStatus::New) == 5000);
    CHECK(dialog.importClients());
    CHECK(f.clientCount() == 5000);
}

TEST_CASE("the import action opens the dialog for roles that may create clients and passes on "
          "what was imported",
          "[ui][exchange][import]")
{
    test::ExchangeFixture f(core::Role::FrontDesk);
    ui::ImportClientsAction action(f.services(), &f.window);
    CHECK(action.isVisible());
    QSignalSpy imported(&action, &ui::ImportClientsAction::clientsImported);
    action.trigger();
    auto *dialog = f.window.findChild<ui::ImportClientsDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(action.openDialog() == dialog); // once
    REQUIRE(dialog->loadFile(f.writeFile(QStringLiteral("c.csv"), Clients)));
    REQUIRE(dialog->importClients());
    CHECK(imported.size() == 1);

    f.session->clear();
    CHECK_FALSE(action.isVisible());
}

TEST_CASE("the preview model passes QAbstractItemModelTester", "[ui][exchange][model]")
{
    const test::ModelTestWarnings warnings;
    ImportPreviewModel model;
    ui::ImportPreviewFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto table = core::CsvReader::read(Clients + ",Nobody,,,,\n");
    REQUIRE(table.ok());
    const auto preview = core::ClientImport::preview(
            table.value(), core::ClientImportMapping::guess(table->header), {}, QDate(2026, 1, 1));
    model.setRows(preview.rows);
    CHECK(model.rowCount() == 4);
    CHECK(model.index(3, ImportPreviewModel::StatusColumn).data().toString()
          == QStringLiteral("Error"));
    CHECK(model.index(0, ImportPreviewModel::NameColumn).data().toString()
          == QStringLiteral("Ann Lee"));
    filter.setStatus(core::ImportRowStatus::Duplicate);
    CHECK(filter.rowCount() == 1);
    filter.setStatus(std::nullopt);
    model.clear();
    CHECK(warnings.messages().isEmpty());
}
