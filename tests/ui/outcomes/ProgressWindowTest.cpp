// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress tab inside the main window: its diary buttons open the month grid and the CSV
// import for the open client, and what the grid saves shows on the page.

#include "core/outcomes/DiaryService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/outcomes/DiaryImportDialog.h"
#include "ui/outcomes/DiaryMonthDialog.h"
#include "ui/outcomes/ProgressPanel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace stillpoint;

namespace {

template<typename Dialog>
Dialog *openDialog()
{
    Dialog *found = nullptr;
    test::waitUntil([&found] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return found;
}

} // namespace

TEST_CASE("the Progress tab's diary buttons open the month grid and the import for the open "
          "client",
          "[outcomes][window]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::ProgressPanel *panel = f.window->progressPanel();
    f.window->clientTabs()->setCurrentWidget(panel);
    REQUIRE(panel->clientId() == ann.id);
    REQUIRE(test::waitUntil([panel] { return panel->progress().has_value(); }));
    CHECK(panel->progress()->diaryRows == 0);

    auto *enter = panel->findChild<QPushButton *>(QStringLiteral("enterDiaryButton"));
    REQUIRE(enter != nullptr);
    QTest::mouseClick(enter, Qt::LeftButton);
    auto *month = openDialog<ui::DiaryMonthDialog>();
    REQUIRE(month != nullptr);
    CHECK(month->month() == QDate(f.clock.today().year(), f.clock.today().month(), 1));

    // A day typed into the grid and saved is in the diary, and the page reads it again.
    core::DiaryEntry entry;
    entry.clientId = ann.id;
    entry.date = f.clock.today().addDays(-1);
    entry.headache = true;
    entry.peakIntensity = 6;
    const core::Session therapist = f.window->currentSession().session();
    REQUIRE(core::DiaryService(f.database.db(), f.clock).add(therapist, entry).ok());
    Q_EMIT month->diarySaved(month->month());
    CHECK(test::waitUntil(
            [panel] { return panel->progress() && panel->progress()->diaryRows == 1; }));
    month->close();

    auto *import = panel->findChild<QPushButton *>(QStringLiteral("importDiaryButton"));
    REQUIRE(import != nullptr);
    QTest::mouseClick(import, Qt::LeftButton);
    auto *importDialog = openDialog<ui::DiaryImportDialog>();
    REQUIRE(importDialog != nullptr);
    bool named = false;
    for (const QLabel *label : importDialog->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("Ann Lee"));
    CHECK(named);
    importDialog->close();
}
