// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/ProgressPanel.h"
#include "core/intake/IntakeCatalog.h"
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "tests/ui/outcomes/ProgressFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/outcomes/HeadacheCalendar.h"
#include "ui/outcomes/ProgressReport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPdfWriter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace stillpoint;

namespace {

core::DiaryMedication medication(const QString &name, core::AcuteMedicationKind kind)
{
    core::DiaryMedication dose;
    dose.name = name;
    dose.kind = kind;
    return dose;
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// Ann's diary from 1 to 14 November 2026: four headache days among fourteen recorded days.
//   2 Nov: intensity 4, 10:00–14:00 (4 h), stress
//   5 Nov: intensity 6, 08:00–11:00 (3 h), stress and skipped meals, ibuprofen
//   9 Nov: intensity 8, no times, stress
//  12 Nov: intensity 2, 20:00–22:00 (2 h)
// By hand, over the period 1–24 November (14 of 24 days recorded): headache days per 28 days
// 4 / 14 × 28 = 8.0; 4 attacks; mean intensity (4 + 6 + 8 + 2) / 4 = 5.0, highest 8; mean
// duration (4 + 3 + 2) / 3 = 3.0 h; acute medication days 1 / 14 × 28 = 2.0.
void tinyDiary(test::ProgressFixture &f)
{
    f.addDay(QDate(2026, 11, 2), true, 4, { QStringLiteral("stress") }, {}, QTime(10, 0),
             QTime(14, 0));
    f.addDay(
            QDate(2026, 11, 5), true, 6,
            { QStringLiteral("stress"), QStringLiteral("skipped-meals") },
            { medication(QStringLiteral("ibuprofen"), core::AcuteMedicationKind::SimpleAnalgesic) },
            QTime(8, 0), QTime(11, 0));
    f.addDay(QDate(2026, 11, 9), true, 8, { QStringLiteral("stress") });
    f.addDay(QDate(2026, 11, 12), true, 2, {}, {}, QTime(20, 0), QTime(22, 0));
    f.fillHeadacheFree(QDate(2026, 11, 1), QDate(2026, 11, 14));
}

// October 2026 fully recorded, with a triptan on `triptanDays` days.
void octoberWithTriptans(test::ProgressFixture &f, int triptanDays)
{
    for (int day = 1; day <= triptanDays; ++day)
        f.addDay(QDate(2026, 10, day * 3 - 2), true, 6, {},
                 { medication(QStringLiteral("sumatriptan"), core::AcuteMedicationKind::Triptan) });
    f.fillHeadacheFree(QDate(2026, 10, 1), QDate(2026, 10, 31));
}

} // namespace

TEST_CASE("the progress page shows the headline figures of a hand-computed diary", "[ui][outcomes]")
{
    test::ProgressFixture f;
    tinyDiary(f);
    f.showPanel();
    REQUIRE(f.panel->progress().has_value());
    const core::ClientProgress &shown = *f.panel->progress();
    const core::ClientProgress core = f.progress.clientProgress(f.therapist, f.ann.id).value();

    REQUIRE(f.panel->headlineShown());
    CHECK_FALSE(f.panel->notEnoughDataLabel()->isVisibleTo(f.panel.get()));
    // The same numbers as core's…
    CHECK(*shown.period.headacheDaysPer28.value == Approx(*core.period.headacheDaysPer28.value));
    CHECK(f.panel->headline(QStringLiteral("headacheDays"))
          == ui::ProgressReport::number(core.period.headacheDaysPer28.value));
    // …and as worked out by hand.
    CHECK(f.panel->headline(QStringLiteral("headacheDays")) == decimal(8.0));
    CHECK(f.panel->headline(QStringLiteral("attacks")) == QStringLiteral("4"));
    CHECK(f.panel->headline(QStringLiteral("intensity"))
          == QStringLiteral("%1 · 8").arg(decimal(5.0)));
    CHECK(f.panel->headline(QStringLiteral("duration"))
          == QStringLiteral("%1 h").arg(decimal(3.0)));
    CHECK(f.panel->headline(QStringLiteral("medicationDays")) == decimal(2.0));
    CHECK(f.panel->headline(QStringLiteral("period")).contains(QStringLiteral("14 of 24 days")));
    // No care yet: no comparison, and it says why.
    CHECK(f.panel->beforeAfterLabel()->text().contains(QStringLiteral("care has not begun")));
    CHECK_FALSE(f.panel->overuseBanner()->isVisibleTo(f.panel.get()));
    CHECK(f.panel->chartShown(QStringLiteral("headacheDays")));
    CHECK_FALSE(f.panel->chartShown(QStringLiteral("midas")));
    CHECK(f.panel->chartText(QStringLiteral("midas")).contains(QStringLiteral("No scored MIDAS")));

    // The last 3 months: a shorter period, read again.
    f.panel->setPeriod(ui::ProgressPanel::Period::LastThreeMonths);
    REQUIRE(f.panel->progress().has_value());
    CHECK(f.panel->progress()->from == QDate(2026, 8, 25));
    CHECK(f.panel->progress()->to == QDate(2026, 11, 24));
}

TEST_CASE("the progress page warns of medication overuse at ten triptan days and not at nine",
          "[ui][outcomes]")
{
    SECTION("ten days")
    {
        test::ProgressFixture f;
        octoberWithTriptans(f, 10);
        f.showPanel();
        REQUIRE(f.panel->progress().has_value());
        REQUIRE(f.panel->progress()->medicationOveruse.level != core::MedicationOveruseLevel::None);
        CHECK(f.panel->overuseBanner()->isVisibleTo(f.panel.get()));
        CHECK(f.panel->overuseBanner()->text().contains(
                f.panel->progress()->medicationOveruse.message));
        CHECK(f.panel->overuseBanner()->text().contains(QStringLiteral("10")));
    }
    SECTION("nine days")
    {
        test::ProgressFixture f;
        octoberWithTriptans(f, 9);
        f.showPanel();
        REQUIRE(f.panel->progress().has_value());
        CHECK(f.panel->progress()->medicationOveruse.level == core::MedicationOveruseLevel::None);
        CHECK_FALSE(f.panel->overuseBanner()->isVisibleTo(f.panel.get()));
        CHECK(f.panel->overuseBanner()->text().isEmpty());
    }
}

TEST_CASE("the progress page says not enough data for an empty diary", "[ui][outcomes]")
{
    test::ProgressFixture f;
    f.showPanel();
    REQUIRE(f.panel->progress().has_value());
    REQUIRE_FALSE(f.panel->progress()->enoughData());
    CHECK(f.panel->notEnoughDataLabel()->isVisibleTo(f.panel.get()));
    CHECK(f.panel->notEnoughDataLabel()->text() == f.panel->progress()->notEnoughData);
    CHECK_FALSE(f.panel->headlineShown());
    CHECK(f.panel->headline(QStringLiteral("headacheDays")).isEmpty());
    for (const QString &id : { QStringLiteral("headacheDays"), QStringLiteral("intensity"),
                               QStringLiteral("medication"), QStringLiteral("sessionPain"),
                               QStringLiteral("midas"), QStringLiteral("hit6") }) {
        CHECK_FALSE(f.panel->chartShown(id));
        CHECK_FALSE(f.panel->chartText(id).isEmpty());
    }
    // Nowhere a zero figure standing for "no data".
    for (const QLabel *label : f.panel->findChildren<QLabel *>()) {
        if (label->isVisibleTo(f.panel.get()))
            CHECK_FALSE(label->text() == QStringLiteral("0"));
    }
    CHECK(f.panel->triggerTable()->rowCount() == 0);
}

TEST_CASE("the headache calendar tells headache days from headache-free days and unrecorded days",
          "[ui][outcomes]")
{
    test::ProgressFixture f;
    tinyDiary(f);
    f.showPanel();
    ui::HeadacheCalendar *calendar = f.panel->calendar();
    using State = ui::HeadacheCalendar::DayState;
    const QDate headache(2026, 11, 9);
    const QDate free(2026, 11, 3);
    const QDate unrecorded(2026, 11, 20);
    CHECK(calendar->dayState(headache) == State::Headache);
    CHECK(calendar->dayIntensity(headache) == 8);
    CHECK(calendar->dayState(free) == State::HeadacheFree);
    CHECK(calendar->dayState(unrecorded) == State::NoRecord);
    CHECK(calendar->dayState(QDate(2026, 11, 30)) == State::Future);
    const QColor a = calendar->dayColour(headache);
    const QColor b = calendar->dayColour(free);
    const QColor c = calendar->dayColour(unrecorded);
    CHECK(a != b);
    CHECK(b != c);
    CHECK(a != c);
    // A worse day is darker.
    CHECK(calendar->dayColour(headache).lightnessF()
          < calendar->dayColour(QDate(2026, 11, 12)).lightnessF());
    CHECK(calendar->dayToolTip(headache).contains(QStringLiteral("intensity 8")));
    CHECK(calendar->dayToolTip(unrecorded).contains(QStringLiteral("no diary record")));
    // November is on the page; earlier pages have nothing, later ones are not yet.
    CHECK(calendar->lastMonth() == QDate(2026, 11, 1));
    CHECK_FALSE(calendar->canShowEarlier());
    CHECK_FALSE(calendar->canShowLater());
    // The painted day is the day asked about.
    const QImage picture = calendar->grab().toImage();
    bool found = false;
    for (int y = 0; y < calendar->height() && !found; y += 2) {
        for (int x = 0; x < calendar->width() && !found; x += 2) {
            if (calendar->dateAt(QPoint(x, y)) == headache) {
                const QColor painted =
                        picture.pixelColor(QPoint(x + 4, y + 4) * picture.devicePixelRatio());
                found = true;
                CHECK(qAbs(painted.red() - a.red()) < 12);
                CHECK(qAbs(painted.green() - a.green()) < 12);
            }
        }
    }
    CHECK(found);
}

TEST_CASE("the trigger table lists each trigger with its count and share of headache days",
          "[ui][outcomes]")
{
    test::ProgressFixture f;
    tinyDiary(f);
    f.showPanel();
    QTableWidget *table = f.panel->triggerTable();
    REQUIRE(table->rowCount() == 2);
    const QString stress =
            core::IntakeCatalog::label(core::IntakeCatalog::triggers(), QStringLiteral("stress"));
    const QString meals = core::IntakeCatalog::label(core::IntakeCatalog::triggers(),
                                                     QStringLiteral("skipped-meals"));
    CHECK(table->item(0, 0)->text() == stress);
    CHECK(table->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("75%"));
    CHECK(table->item(1, 0)->text() == meals);
    CHECK(table->item(1, 1)->text() == QStringLiteral("1"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("25%"));
}

TEST_CASE("the front desk gets no Progress tab and reads no progress", "[ui][outcomes][window]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::FrontDesk);
    const qint64 deskId = f.window->currentSession().session().userId;
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::ProgressPanel *panel = f.window->progressPanel();
    REQUIRE(panel);
    const int tab = f.window->clientTabs()->indexOf(panel);
    REQUIRE(tab >= 0);
    CHECK_FALSE(f.window->clientTabs()->isTabVisible(tab));
    CHECK_FALSE(f.visibleMenus().contains(QStringLiteral("Pro&gress")));
    for (QAction *action : panel->menuActions()) {
        if (action)
            CHECK_FALSE(action->isEnabled());
    }
    CHECK_FALSE(panel->saveReportAsPdf());
    CHECK_FALSE(panel->progress().has_value());
    core::AuditFilter mine;
    mine.userId = deskId;
    mine.limit = 1000;
    const auto entries = core::AuditTrail(f.database.db(), f.clock).entries(mine);
    REQUIRE(entries.ok());
    for (const core::AuditEntry &entry : entries.value()) {
        CHECK(entry.event.recordType != QStringLiteral("progress"));
        CHECK(entry.event.recordType != QStringLiteral("diary"));
    }
}

TEST_CASE("a therapist sees the Progress tab and menu", "[ui][outcomes][window]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Therapist);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    ui::ProgressPanel *panel = f.window->progressPanel();
    const int tab = f.window->clientTabs()->indexOf(panel);
    CHECK(f.window->clientTabs()->isTabVisible(tab));
    CHECK(f.window->clientTabs()->tabText(tab) == QStringLiteral("Progress"));
    CHECK(f.visibleMenus().contains(QStringLiteral("Pro&gress")));
    CHECK(panel->clientId() == ann.id);
    f.window->clientTabs()->setCurrentWidget(panel);
    REQUIRE(test::waitUntil([panel] { return panel->progress().has_value(); }));
    CHECK(panel->refreshAction()->isEnabled());
}

TEST_CASE("the progress report saves as a PDF with the before and after figures", "[ui][outcomes]")
{
    test::ProgressFixture f;
    // 28 days before the first session (30 Sep – 27 Oct): 12 headache days; the last 28 days
    // (28 Oct – 24 Nov): 4. By hand: 12.0 → 4.0, a change of −67%.
    for (int i = 0; i < 12; ++i)
        f.addDay(QDate(2026, 9, 30).addDays(i * 2), true, 7, { QStringLiteral("stress") });
    for (int i = 0; i < 4; ++i)
        f.addDay(QDate(2026, 10, 30).addDays(i * 7), true, 4);
    f.fillHeadacheFree(QDate(2026, 9, 30), QDate(2026, 11, 24));
    for (const QDate date : { QDate(2026, 10, 28), QDate(2026, 11, 11) }) {
        core::SessionNote note = f.notes.startForClient(f.therapist, f.ann.id, date, false).value();
        note.content.subjective.clientReport = QStringLiteral("Fewer headaches");
        note.content.subjective.painBefore = 5;
        note.content.assessment.painAfter = 2;
        core::TechniqueUse use;
        use.technique = QStringLiteral("trigger_point_therapy");
        use.area = QStringLiteral("bilateral upper trapezius");
        use.minutes = 20;
        note.content.objective.techniques = { use };
        note.content.plan.frequency = QStringLiteral("weekly for 4 weeks");
        note = f.notes.saveDraft(f.therapist, note).value();
        REQUIRE(f.notes.sign(f.therapist, note).ok());
    }
    f.showPanel();
    REQUIRE(f.panel->progress().has_value());
    REQUIRE(f.panel->progress()->beforeAfter.has_value());
    const QString expected = QStringLiteral("Before care: %1 headache days / 28 → last 28 days: "
                                            "%2 (−67%)")
                                     .arg(decimal(12.0), decimal(4.0));
    CHECK(f.panel->beforeAfterLabel()->text() == expected);

    ui::ProgressReport report({ f.progress, f.intakes, f.notes, f.practice, *f.session, f.clock });
    const auto built = report.build(f.ann.id, f.ann.displayName());
    REQUIRE(built.ok());
    CHECK(built->document.html.contains(expected.toHtmlEscaped()));
    CHECK(built->document.html.contains(QStringLiteral("weekly for 4 weeks")));
    CHECK(built->document.html.contains(QStringLiteral("bilateral upper trapezius")));
    CHECK(built->document.html.contains(QStringLiteral("Trigger point therapy")));
    CHECK(built->images.contains(QStringLiteral("chart-headacheDays")));
    CHECK(built->images.contains(QStringLiteral("chart-sessionPain")));
    CHECK_FALSE(built->document.html.contains(QStringLiteral("diagnosed with")));

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("progress.pdf"));
    f.files.enqueue(path);
    REQUIRE(f.panel->saveReportAsPdf());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>")
          >= 2);
    CHECK(bytes.contains("/Subtype /Image"));
}

TEST_CASE("the document printer lays out the pictures a document names", "[ui][outcomes][print]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    ui::PrintableDocument document;
    document.title = QStringLiteral("Pictures");
    document.html = QStringLiteral("<h1>Chart</h1><p><img src=\"chart-1\" width=\"300\" "
                                   "height=\"100\"></p>");
    QImage picture(600, 200, QImage::Format_RGB32);
    picture.fill(QColor(200, 30, 30));
    ui::DocumentPrinter printer;
    const QString withPath = folder.filePath(QStringLiteral("with.pdf"));
    const QString withoutPath = folder.filePath(QStringLiteral("without.pdf"));
    REQUIRE(printer.savePdf(document, withPath, { { QStringLiteral("chart-1"), picture } }).ok());
    ui::PrintableDocument text = document; // as existing callers print: no pictures at all
    text.html = QStringLiteral("<h1>Chart</h1><p>No picture</p>");
    REQUIRE(printer.savePdf(text, withoutPath).ok());
    QFile with(withPath);
    QFile without(withoutPath);
    REQUIRE(with.open(QIODevice::ReadOnly));
    REQUIRE(without.open(QIODevice::ReadOnly));
    const QByteArray withBytes = with.readAll();
    const QByteArray withoutBytes = without.readAll();
    CHECK(withBytes.contains("/Subtype /Image"));
    CHECK_FALSE(withoutBytes.contains("/Subtype /Image"));
    CHECK(withBytes.size() > withoutBytes.size());
}
