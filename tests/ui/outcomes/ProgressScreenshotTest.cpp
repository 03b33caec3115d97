// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the Progress tab on the demo practice (a client whose headaches fell and one
// whose did not) and the progress report as a PDF, for the README. Hidden: run on purpose with
// STILLPOINT_SCREENSHOT_DIR=resources/screenshots (offscreen or under xvfb-run -a -s "-screen 0
// 1280x800x24" with QT_QPA_PLATFORM=xcb) as ui_tests "[screenshots]". The report is written to
// the temporary folder as progress-report.pdf, to be looked at page by page (pdftoppm).

#include "core/demo/DemoPractice.h"
#include "core/outcomes/ProgressService.h"
#include "tests/ui/WindowFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/outcomes/ProgressPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractScrollArea>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace stillpoint;

namespace {

bool save(QWidget &widget, const QString &path)
{
    QTest::qWait(600);
    return widget.grab().save(path);
}

} // namespace

TEST_CASE("pictures of the Progress tab and the progress report with demo diaries",
          "[.][screenshots]")
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

    // The client whose headache days fell most with the most sessions, and one with no change.
    core::ProgressService progress(f.database.db(), f.clock);
    core::ClientService clients(f.database.db(), f.clock);
    core::ClientQuery everyone;
    everyone.limit = 100;
    const auto all = clients.search(therapist, everyone);
    REQUIRE(all.ok());
    qint64 improving = 0;
    qint64 unchanged = 0;
    double best = 0.0;
    double flattest = 1.0;
    for (const core::ClientSummary &client : all.value()) {
        const auto figures = progress.clientProgress(therapist, client.id);
        REQUIRE(figures.ok());
        if (!figures->beforeAfter || !figures->beforeAfter->headacheDaysChange)
            continue;
        const double change = *figures->beforeAfter->headacheDaysChange;
        const double score = -change * 10.0 + double(figures->sessionPain.size()) * 0.05
                + (figures->midas.size() > 1 ? 1.0 : 0.0);
        if (change <= -0.4 && score > best) {
            best = score;
            improving = client.id;
        }
        if (std::abs(change) < flattest) {
            flattest = std::abs(change);
            unchanged = client.id;
        }
    }
    REQUIRE(improving != 0);
    REQUIRE(unchanged != 0);

    f.open(core::Role::Therapist);
    f.window->resize(1280, 900);
    f.window->splitter()->setSizes({ 330, 950 }); // the page wants the room; the list needs less
    ui::ProgressPanel *panel = f.window->progressPanel();
    for (const auto &[id, name] :
         { std::pair{ improving, QStringLiteral("progress-page.png") },
           std::pair{ unchanged, QStringLiteral("progress-page-no-change.png") } }) {
        REQUIRE(f.window->clientEditor()->openClient(id));
        f.window->clientTabs()->setCurrentWidget(panel);
        REQUIRE(test::waitUntil([panel, id = id] {
            return panel->progress().has_value() && panel->progress()->clientId == id;
        }));
        REQUIRE(save(*f.window, out.filePath(name)));
    }

    // The lower half of the page: the calendar and the trigger table.
    REQUIRE(f.window->clientEditor()->openClient(improving));
    REQUIRE(test::waitUntil([panel, improving] {
        return panel->progress().has_value() && panel->progress()->clientId == improving;
    }));
    if (auto *scroll = panel->findChild<QAbstractScrollArea *>(QStringLiteral("progressScroll")))
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    REQUIRE(save(*f.window, out.filePath(QStringLiteral("progress-page-calendar.png"))));

    const QString pdf = QDir::temp().filePath(QStringLiteral("progress-report.pdf"));
    QFile::remove(pdf);
    f.files.enqueue(pdf);
    REQUIRE(panel->saveReportAsPdf());
    CHECK(QFile::exists(pdf));
}
