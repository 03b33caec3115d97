// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the diary's month grid and CSV import on the demo practice, for the README. Hidden:
// run on purpose with STILLPOINT_SCREENSHOT_DIR=resources/screenshots (offscreen or under
// xvfb-run), as ui_tests "[screenshots]".

#include "core/clients/ClientService.h"
#include "core/demo/DemoPractice.h"
#include "core/outcomes/DiaryService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/outcomes/DiaryImportDialog.h"
#include "ui/outcomes/DiaryMonthDialog.h"
#include "ui/outcomes/DiaryMonthGrid.h"
#include "ui/outcomes/DiaryMonthModel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stillpoint;

TEST_CASE("pictures of the diary month grid and the diary import with demo data",
          "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        SUCCEED("STILLPOINT_SCREENSHOT_DIR is not set: no pictures");
        return;
    }
    const QDir out(folder);
    test::TestDatabase database;
    const core::FixedClock clock = test::fixedClock();
    const core::Session therapist = test::signIn(database.db(), core::Role::Therapist, clock);
    REQUIRE(core::DemoPractice::populate(database.db(), 40, clock).ok());
    const auto session = test::currentSession(therapist);
    ui::ScriptedPrompter prompter;
    test::ScriptedFileChooser files;

    // The client with the fullest October, and one with no diary at all.
    core::ClientService clients(database.db(), clock);
    core::DiaryService diary(database.db(), clock);
    core::ClientQuery everyone;
    everyone.limit = 100;
    const auto all = clients.search(therapist, everyone);
    REQUIRE(all.ok());
    const QDate october(2026, 10, 1);
    core::ClientSummary fullest;
    core::ClientSummary empty;
    qsizetype most = -1;
    for (const core::ClientSummary &client : all.value()) {
        const auto rows = diary.month(therapist, client.id, october);
        REQUIRE(rows.ok());
        if (rows->size() > most) {
            most = rows->size();
            fullest = client;
        }
        const auto any = diary.entries(therapist, client.id);
        REQUIRE(any.ok());
        if (any->isEmpty() && empty.id == 0)
            empty = client;
    }
    REQUIRE(most > 0);

    {
        ui::DiaryMonthDialog dialog({ database.db(), *session, prompter, clock }, fullest.id,
                                    fullest.displayName(), october);
        dialog.resize(1400, 860);
        test::showAndWait(dialog);
        dialog.grid()->moveToCell(13, ui::DiaryMonthModel::PeakColumn);
        QTest::qWait(300);
        CHECK(dialog.grab().save(out.filePath(QStringLiteral("diary-month.png"))));
    }

    REQUIRE(empty.id != 0);
    QTemporaryDir temporary;
    QByteArray csv = "Date;Headache;Start;End;Pain (0-10);Meds;Dose;Triggers;Hours slept;"
                     "Stress\n";
    for (QDate date(2026, 9, 1); date <= QDate(2026, 9, 30); date = date.addDays(1)) {
        const QByteArray day = date.toString(QStringLiteral("dd/MM/yyyy")).toLatin1();
        if (date.day() == 17)
            csv += day + ";yes;08:00;11:30;12;ibuprofen;400 mg;stress;6;7\n";
        else if (date.day() == 23)
            csv += day + ";yes;25:10;;6;;;;7;5\n";
        else if (date.day() % 5 == 2)
            csv += day + ";yes;07:45;15:00;7;sumatriptan;50 mg;poor sleep | weather;5.5;8\n";
        else
            csv += day + ";no;;;;;;;7.5;3\n";
    }
    const QString path = QDir(temporary.path()).filePath(QStringLiteral("ann-diary-sept.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    ui::DiaryImportDialog dialog({ database.db(), *session, prompter, files, clock }, empty.id,
                                 empty.displayName());
    dialog.resize(1000, 760);
    test::showAndWait(dialog);
    REQUIRE(dialog.loadFile(path));
    QTest::qWait(300);
    CHECK(dialog.grab().save(out.filePath(QStringLiteral("diary-import.png"))));
}
