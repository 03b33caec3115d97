// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/PracticeOverviewDialog.h"

#include "core/demo/DemoPractice.h"
#include "core/security/AuditLog.h"
#include "core/security/Authenticator.h"
#include "core/security/PracticeSettings.h"
#include "tests/core/outcomes/OutcomesPractice.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/PracticeMenu.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/security/CurrentSession.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace stillpoint;
using core::AppointmentStatus;
using core::DiaryEntry;

namespace {

// The core test's small practice (today Monday 2 March 2026) with a hand-built quarter: four
// completed sessions in the 12 weeks, a no-show, a late and a timely cancellation and one by
// the practice; Ines halves her headache days, Jamal improves by a quarter, Kai has no session.
void buildQuarter(test::OutcomesPractice &p)
{
    p.addVisit(p.ines, QDate(2025, 12, 1)); // before the 12 weeks
    p.addVisit(p.ines, QDate(2025, 12, 8));
    p.addVisit(p.jamal, QDate(2025, 12, 10));
    p.addVisit(p.ines, QDate(2026, 1, 5));
    p.addVisit(p.jamal, QDate(2026, 1, 6), AppointmentStatus::NoShow);
    p.addVisit(p.kai, QDate(2026, 1, 7), AppointmentStatus::Cancelled, QTime(10, 0), true);
    p.addVisit(p.kai, QDate(2026, 1, 8), AppointmentStatus::Cancelled, QTime(10, 0), false);
    p.addVisit(p.kai, QDate(2026, 1, 9), AppointmentStatus::Cancelled, QTime(10, 0), false, true);
    p.addVisit(p.ines, QDate(2026, 3, 1));
    QList<DiaryEntry> rows;
    for (QDate date(2025, 11, 3); date <= QDate(2026, 3, 1); date = date.addDays(1)) {
        const int index = int(QDate(2025, 11, 3).daysTo(date));
        const bool before = date < QDate(2025, 12, 1);
        rows << test::OutcomesPractice::day(p.ines, date,
                                            before ? index % 4 == 0 : index % 14 == 0);
        rows << test::OutcomesPractice::day(
                p.jamal, date, before ? index % 7 < 2 : index % 7 == 0 || index % 28 == 1);
        rows << test::OutcomesPractice::day(p.kai, date, index % 3 == 0);
    }
    p.store(rows);
}

struct OverviewFixture
{
    explicit OverviewFixture(const core::Session &session) : current(test::currentSession(session))
    { }

    ui::PracticeOverviewDialog::Services services(core::Database &database,
                                                  const core::Clock &clock)
    {
        return { database, *current, prompter, clock, nullptr };
    }

    std::unique_ptr<ui::CurrentSession> current;
    ui::ScriptedPrompter prompter;
};

QString text(const QWidget &root, const char *name)
{
    return test::child<QLabel>(root, name)->text();
}

} // namespace

TEST_CASE("the practice overview shows the owner the practice's figures from core",
          "[ui][outcomes][overview]")
{
    test::OutcomesPractice p;
    buildQuarter(p);
    OverviewFixture f(p.owner);
    QPointer<ui::PracticeOverviewDialog> dialog =
            ui::PracticeOverviewDialog::open(f.services(p.t.db(), p.clock), nullptr);
    REQUIRE(dialog);
    const std::unique_ptr<ui::PracticeOverviewDialog> owned(dialog.data());
    CHECK(f.prompter.asked().isEmpty());

    const auto core = p.progress.practiceOverview(p.owner);
    REQUIRE(core.ok());
    CHECK(dialog->overview().activeClients == core->activeClients);
    CHECK(text(*dialog, "activeClientsFigureValue") == QStringLiteral("3"));
    CHECK(text(*dialog, "sessionsFigureValue") == QStringLiteral("4"));
    CHECK(text(*dialog, "sessionsFigureDetail").contains(QStringLiteral("In 12 weeks")));
    // 1 no-show and 1 late cancellation of 6 appointments due: 17% each.
    CHECK(text(*dialog, "noShowFigureValue") == QStringLiteral("17%"));
    CHECK(text(*dialog, "noShowFigureDetail") == QStringLiteral("1 of 6 appointments due"));
    CHECK(text(*dialog, "lateCancelFigureValue") == QStringLiteral("17%"));
    CHECK(text(*dialog, "lateCancelFigureDetail") == QStringLiteral("1 of 6 appointments due"));
    // Hand-computed: Ines halved, Jamal did not; both compared, Kai had no session.
    CHECK(text(*dialog, "improvementFigureValue") == QStringLiteral("1 of 2 clients (50%)"));
    CHECK(text(*dialog, "improvementFigureDetail")
                  .startsWith(QStringLiteral("Clients whose headache days fell by half or more: "
                                             "1 of 2 compared (50%)")));

    // The chart has one bar per week, with core's counts.
    auto *view = test::child<QChartView>(*dialog, "sessionsChart");
    const QList<QAbstractSeries *> series = view->chart()->series();
    REQUIRE(series.size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    const QBarSet *set = bars->barSets().first();
    REQUIRE(set->count() == 12);
    for (int week = 0; week < 12; ++week)
        CHECK(set->at(week) == core->sessionsPerWeek.at(week).completed);
    CHECK(set->at(0) == 2);

    // The printout carries the same figures and renders.
    const ui::PrintableDocument document = dialog->document();
    CHECK(document.html.contains(QStringLiteral("1 of 2 compared (50%)")));
    CHECK(document.html.contains(QStringLiteral("1 of 6 appointments due")));
    QTemporaryDir folder;
    const QString pdf = QDir(folder.path()).filePath(QStringLiteral("overview.pdf"));
    REQUIRE(ui::DocumentPrinter().savePdf(document, pdf).ok());
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("an empty practice's overview says no client has enough diary data yet",
          "[ui][outcomes][overview]")
{
    test::OutcomesPractice p;
    OverviewFixture f(p.owner);
    ui::PracticeOverviewDialog *opened =
            ui::PracticeOverviewDialog::open(f.services(p.t.db(), p.clock), nullptr);
    REQUIRE(opened);
    const std::unique_ptr<ui::PracticeOverviewDialog> dialog(opened);
    CHECK(text(*dialog, "improvementFigureValue") == QStringLiteral("Not enough diary data yet"));
    CHECK(text(*dialog, "improvementFigureDetail")
                  .startsWith(QStringLiteral("No client has enough diary data yet")));
    CHECK(text(*dialog, "noShowFigureValue") == QStringLiteral("—"));
    CHECK(text(*dialog, "noShowFigureDetail")
          == QStringLiteral("No appointments were due in these weeks."));
    CHECK(text(*dialog, "sessionsFigureValue") == QStringLiteral("0"));
}

TEST_CASE("the therapist and the front desk cannot open the practice overview",
          "[ui][outcomes][overview]")
{
    test::OutcomesPractice p;
    buildQuarter(p);
    for (const core::Session &session : { p.therapist, p.desk }) {
        OverviewFixture f(session);
        CHECK(ui::PracticeOverviewDialog::open(f.services(p.t.db(), p.clock), nullptr) == nullptr);
        REQUIRE(f.prompter.asked().size() == 1);
        const auto refused = p.progress.practiceOverview(session);
        REQUIRE_FALSE(refused.ok());
        CHECK(f.prompter.asked().first().prompt.kind == ui::Prompter::Kind::Warning);
        CHECK(f.prompter.asked().first().prompt.text == refused.error().message);
    }
}

TEST_CASE("the Practice menu offers the overview to the owner only", "[ui][outcomes][overview]")
{
    test::OutcomesPractice p;
    buildQuarter(p);
    core::Authenticator authenticator(p.t.db(), p.clock);
    core::AuditLog auditLog(p.t.db(), p.clock);
    core::PracticeSettings settings(p.t.db(), p.clock);
    ui::ScriptedPrompter prompter;
    test::ScriptedFileChooser files;
    QWidget window;
    for (const core::Session &session : { p.owner, p.therapist, p.desk }) {
        const auto current = test::currentSession(session);
        ui::PracticeMenu menu({ authenticator, auditLog, settings, *current, prompter, files,
                                p.clock, nullptr, &p.t.db() },
                              &window);
        const bool owner = session.role == core::Role::Owner;
        CHECK(menu.overviewAction()->isVisible() == owner);
        CHECK(menu.overviewAction()->isEnabled() == owner);
        if (!owner)
            continue;
        menu.overviewAction()->trigger();
        auto *dialog = window.findChild<ui::PracticeOverviewDialog *>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->overview().clientsHalved == 1);
        menu.closeDialogs();
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(window.findChild<ui::PracticeOverviewDialog *>() == nullptr);
    }

    // Without the practice file the menu has no overview entry, whoever is signed in.
    const auto owner = test::currentSession(p.owner);
    ui::PracticeMenu menu({ authenticator, auditLog, settings, *owner, prompter, files, p.clock },
                          &window);
    CHECK_FALSE(menu.overviewAction()->isVisible());
}

TEST_CASE("picture of the practice overview with demo data", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        SUCCEED("STILLPOINT_SCREENSHOT_DIR is not set: no pictures");
        return;
    }
    test::TestDatabase database;
    const core::FixedClock clock = test::fixedClock();
    const core::Session owner = test::signIn(database.db(), core::Role::Owner, clock);
    REQUIRE(core::DemoPractice::populate(database.db(), 40, clock).ok());
    OverviewFixture f(owner);
    ui::DocumentPrinter printer;
    test::ScriptedFileChooser files;
    ui::PracticeOverviewDialog::Services services = f.services(database.db(), clock);
    services.printer = &printer; // the buttons the app shows
    services.files = &files;
    ui::PracticeOverviewDialog *opened = ui::PracticeOverviewDialog::open(services, nullptr);
    REQUIRE(opened);
    const std::unique_ptr<ui::PracticeOverviewDialog> dialog(opened);
    dialog->resize(900, 760);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(500);
    CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("practice-overview.png"))));
}

TEST_CASE("the practice overview saves its printout as a PDF where the owner chooses",
          "[ui][outcomes][overview]")
{
    test::OutcomesPractice p;
    buildQuarter(p);
    OverviewFixture f(p.owner);
    ui::DocumentPrinter printer;
    test::ScriptedFileChooser files;
    ui::PracticeOverviewDialog::Services services = f.services(p.t.db(), p.clock);
    services.printer = &printer;
    services.files = &files;
    ui::PracticeOverviewDialog *opened = ui::PracticeOverviewDialog::open(services, nullptr);
    REQUIRE(opened);
    const std::unique_ptr<ui::PracticeOverviewDialog> dialog(opened);
    auto *saved = test::child<QLabel>(*dialog, "savedLabel");
    CHECK_FALSE(saved->isVisibleTo(dialog.get()));

    // Cancelled: nothing written, nothing said.
    CHECK_FALSE(dialog->saveAsPdf());
    CHECK(f.prompter.asked().isEmpty());

    // Typed without ".pdf": the suffix is added; the button is what the owner clicks.
    QTemporaryDir folder;
    files.enqueue(QDir(folder.path()).filePath(QStringLiteral("overview")));
    test::child<QPushButton>(*dialog, "savePdfButton")->click();
    const QString pdf = QDir(folder.path()).filePath(QStringLiteral("overview.pdf"));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(files.suggested().last().endsWith(
            QStringLiteral("Practice overview %1.pdf")
                    .arg(p.clock.today().toString(QStringLiteral("yyyy-MM-dd")))));
    CHECK(saved->isVisibleTo(dialog.get()));
    CHECK(saved->text() == QStringLiteral("Saved as %1").arg(QDir::toNativeSeparators(pdf)));
    CHECK(f.prompter.asked().isEmpty());

    // A folder that does not exist: the owner is told, and no file appears.
    const QString nowhere = QDir(folder.path()).filePath(QStringLiteral("missing/overview.pdf"));
    files.enqueue(nowhere);
    CHECK_FALSE(dialog->saveAsPdf());
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().first().prompt.title == QStringLiteral("PDF not saved"));
    CHECK_FALSE(f.prompter.asked().first().prompt.text.isEmpty());
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
