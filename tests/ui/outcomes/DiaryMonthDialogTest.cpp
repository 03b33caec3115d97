// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryMonthDialog.h"

#include "core/outcomes/DiaryImport.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/outcomes/DiaryFixture.h"
#include "ui/outcomes/DiaryMonthGrid.h"
#include "ui/outcomes/DiaryMonthModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace stillpoint;
using core::Answer;
using ui::DiaryMonthModel;
using Choice = ui::Prompter::Choice;

namespace {

// The month dialog of November 2026 (today is the 24th), shown and active so that keys go
// where a user's would: to the grid, or to the cell editor typing opened.
struct MonthFixture : test::DiaryFixture
{
    ui::DiaryMonthDialog dialog;

    explicit MonthFixture(const QDate &month = QDate(2026, 11, 1))
        : dialog(monthServices(), clientId, QStringLiteral("Ann Lee"), month, &window)
    {
        test::showAndWait(dialog);
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        dialog.grid()->setFocus();
    }

    QWidget *focus() const
    {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : dialog.grid();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    void keys(const QString &text) const
    {
        for (const QChar character : text)
            QTest::keyClick(focus(), static_cast<char>(character.unicode()));
    }
    // Tab, n times.
    void tab(int times = 1) const
    {
        for (int i = 0; i < times; ++i)
            key(Qt::Key_Tab);
    }
    void up(int times) const
    {
        for (int i = 0; i < times; ++i)
            key(Qt::Key_Up);
    }
    QModelIndex current() const { return dialog.grid()->currentIndex(); }
    QString cell(int day, int column) const { return dialog.model()->cell(day - 1, column); }
    QString banner() const { return test::child<QLabel>(dialog, "diaryProblemBanner")->text(); }
    bool bannerShown() const
    {
        return test::child<QLabel>(dialog, "diaryProblemBanner")->isVisible();
    }
};

const core::DiaryEntry *on(const QList<core::DiaryEntry> &rows, const QDate &date, int index = 0)
{
    for (const core::DiaryEntry &row : rows) {
        if (row.date == date && index-- == 0)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the month grid's model is a well-behaved table model", "[ui][outcomes][diary]")
{
    test::ModelTestWarnings warnings;
    MonthFixture f;
    QAbstractItemModelTester tester(f.dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    f.dialog.model()->setText(2, DiaryMonthModel::PeakColumn, QStringLiteral("4"));
    CHECK(warnings.messages().isEmpty());
    CHECK(f.dialog.model()->rowCount() == 30);
}

TEST_CASE("days typed with the keyboard alone are saved to the diary with Ctrl+S",
          "[ui][outcomes][diary]")
{
    MonthFixture f;
    // The grid starts on today, Tuesday 24 November, in the headache column.
    REQUIRE(f.current().row() == 23);
    REQUIRE(f.current().column() == DiaryMonthModel::HeadacheColumn);

    f.keys(QStringLiteral(" ")); // headache: yes
    f.tab();
    f.keys(QStringLiteral("0830"));
    f.tab();
    f.keys(QStringLiteral("2:00 pm"));
    f.key(Qt::Key_Enter); // Enter moves on like Tab
    f.keys(QStringLiteral("7"));
    f.tab();
    f.keys(QStringLiteral("left temple"));
    f.tab();
    f.keys(QStringLiteral(" ")); // aura
    f.tab();
    f.keys(QStringLiteral("y")); // nausea
    f.tab(3); // light and sound stay unanswered
    f.keys(QStringLiteral("sumatriptan"));
    f.tab();
    f.keys(QStringLiteral("50 mg"));
    f.tab();
    f.keys(QStringLiteral("0900"));
    f.tab();
    f.keys(QStringLiteral("y"));
    f.tab();
    f.keys(QStringLiteral("stress; red wine"));
    f.tab();
    f.keys(QStringLiteral("n")); // period: no
    f.tab();
    f.keys(QStringLiteral("6.5"));
    f.tab();
    f.keys(QStringLiteral("8"));
    f.tab();
    f.keys(QStringLiteral(" ")); // missed day
    f.tab();
    f.keys(QStringLiteral("dark room"));
    f.key(Qt::Key_Return);

    // Monday 23rd: only a peak, which means a headache. Up changes day, Home goes to its start.
    f.key(Qt::Key_Up);
    f.key(Qt::Key_Home);
    f.tab(4);
    REQUIRE(f.current().column() == DiaryMonthModel::PeakColumn);
    f.keys(QStringLiteral("5"));
    f.key(Qt::Key_Enter);
    CHECK(f.cell(23, DiaryMonthModel::HeadacheColumn) == QStringLiteral("yes"));

    // Sunday 22nd: a day without headache, Space twice (yes, then no).
    f.key(Qt::Key_Up);
    f.key(Qt::Key_Home);
    f.tab();
    f.keys(QStringLiteral("  "));
    CHECK(f.cell(22, DiaryMonthModel::HeadacheColumn) == QStringLiteral("no"));
    CHECK(f.dialog.isModified());
    CHECK(f.month(QDate(2026, 11, 1)).isEmpty());

    f.key(Qt::Key_S, Qt::ControlModifier);

    CHECK_FALSE(f.bannerShown());
    CHECK_FALSE(f.dialog.isModified());
    const QList<core::DiaryEntry> rows = f.month(QDate(2026, 11, 1));
    REQUIRE(rows.size() == 3);
    const core::DiaryEntry *tuesday = on(rows, QDate(2026, 11, 24));
    REQUIRE(tuesday);
    CHECK(tuesday->headache);
    CHECK(tuesday->start == QTime(8, 30));
    CHECK(tuesday->end == QTime(14, 0));
    CHECK(tuesday->peakIntensity == 7);
    CHECK(tuesday->location == QStringLiteral("left temple"));
    CHECK(tuesday->aura == Answer::Yes);
    CHECK(tuesday->nausea == Answer::Yes);
    CHECK(tuesday->lightSensitivity == Answer::Unknown);
    CHECK(tuesday->soundSensitivity == Answer::Unknown);
    REQUIRE(tuesday->medications.size() == 1);
    CHECK(tuesday->medications.first().name == QStringLiteral("sumatriptan"));
    CHECK(tuesday->medications.first().dose == QStringLiteral("50 mg"));
    CHECK(tuesday->medications.first().time == QTime(9, 0));
    CHECK(tuesday->medications.first().helped == Answer::Yes);
    CHECK(tuesday->medications.first().kind == core::AcuteMedicationKind::Triptan);
    CHECK(tuesday->triggers
          == QStringList{ core::DiaryImport::triggerKey(QStringLiteral("stress")),
                          core::DiaryImport::triggerKey(QStringLiteral("red wine")) });
    CHECK(tuesday->menstruation == Answer::No);
    REQUIRE(tuesday->sleepHours);
    CHECK(*tuesday->sleepHours == Approx(6.5));
    CHECK(tuesday->stress == 8);
    CHECK(tuesday->dayMissed == Answer::Yes);
    CHECK(tuesday->whatHelped == QStringLiteral("dark room"));
    CHECK(tuesday->source == core::DiarySource::Manual);

    const core::DiaryEntry *monday = on(rows, QDate(2026, 11, 23));
    REQUIRE(monday);
    CHECK(monday->headache);
    CHECK(monday->peakIntensity == 5);
    CHECK_FALSE(monday->start);
    const core::DiaryEntry *sunday = on(rows, QDate(2026, 11, 22));
    REQUIRE(sunday);
    CHECK_FALSE(sunday->headache);
    CHECK_FALSE(sunday->peakIntensity);
}

TEST_CASE("a value core refuses names the day and saves nothing while the grid keeps what was "
          "typed",
          "[ui][outcomes][diary]")
{
    MonthFixture f;
    // Monday 23rd is fine; Tuesday 24th has a peak of 12.
    f.key(Qt::Key_Up);
    f.tab(3);
    f.keys(QStringLiteral("4"));
    f.key(Qt::Key_Down);
    f.keys(QStringLiteral("12"));
    f.key(Qt::Key_Tab);
    f.key(Qt::Key_S, Qt::ControlModifier);

    REQUIRE(f.bannerShown());
    CHECK(f.banner().contains(QStringLiteral("Nothing was saved")));
    CHECK(f.banner().contains(QStringLiteral("Tuesday 24 November")));
    CHECK(f.banner().contains(QStringLiteral("Peak intensity is 0 to 10")));
    CHECK(f.month(QDate(2026, 11, 1)).isEmpty());
    // Everything typed is still there, the refused row is marked and the cursor is on it.
    CHECK(f.cell(24, DiaryMonthModel::PeakColumn) == QStringLiteral("12"));
    CHECK(f.cell(23, DiaryMonthModel::PeakColumn) == QStringLiteral("4"));
    CHECK(f.dialog.isModified());
    REQUIRE(f.dialog.model()->problems().size() == 1);
    CHECK(f.dialog.model()->problems().first().row == 23);
    CHECK(f.dialog.model()->problems().first().column == DiaryMonthModel::PeakColumn);
    CHECK(f.current().row() == 23);
    CHECK(f.current().column() == DiaryMonthModel::PeakColumn);
    CHECK(f.dialog.model()
                  ->data(f.dialog.model()->index(23, DiaryMonthModel::DayColumn),
                         Qt::BackgroundRole)
                  .isValid());

    SECTION("text that is not a time is refused by the grid itself, naming the day and field")
    {
        f.keys(QStringLiteral("7"));
        f.tab();
        f.key(Qt::Key_Home);
        f.tab(3);
        f.keys(QStringLiteral("soon"));
        f.key(Qt::Key_S, Qt::ControlModifier);
        CHECK(f.banner().contains(QStringLiteral("Tuesday 24 November")));
        CHECK(f.banner().contains(QStringLiteral("End")));
        CHECK(f.month(QDate(2026, 11, 1)).isEmpty());
        CHECK(f.cell(24, DiaryMonthModel::EndColumn) == QStringLiteral("soon"));
        CHECK(f.current().column() == DiaryMonthModel::EndColumn);
    }

    SECTION("once corrected the month saves")
    {
        f.keys(QStringLiteral("7"));
        f.key(Qt::Key_Enter);
        f.key(Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(f.bannerShown());
        const auto rows = f.month(QDate(2026, 11, 1));
        REQUIRE(rows.size() == 2);
        CHECK(on(rows, QDate(2026, 11, 24))->peakIntensity == 7);
        CHECK(f.dialog.model()->problems().isEmpty());
    }
}

TEST_CASE("a stored month edited and with a day cleared round-trips and keeps rows it does not "
          "show",
          "[ui][outcomes][diary]")
{
    test::DiaryFixture setup;
    const QDate month(2026, 10, 1);
    core::DiaryEntry second;
    second.clientId = setup.clientId;
    second.date = QDate(2026, 10, 2);
    second.start = QTime(7, 0);
    second.peakIntensity = 6;
    second.medications = { { QStringLiteral("ibuprofen"), QStringLiteral("400 mg"), QTime(7, 30),
                             core::AcuteMedicationKind::SimpleAnalgesic, Answer::No },
                           { QStringLiteral("sumatriptan"), QStringLiteral("50 mg"), QTime(9, 0),
                             core::AcuteMedicationKind::Triptan, Answer::Yes } };
    second.triggers = { QStringLiteral("my neighbour's dog") };
    second.location = QStringLiteral("both-sides");
    core::DiaryEntry third;
    third.clientId = setup.clientId;
    third.date = QDate(2026, 10, 3);
    third.headache = false;
    third.sleepHours = 8;
    core::DiaryEntry morning;
    morning.clientId = setup.clientId;
    morning.date = QDate(2026, 10, 5);
    morning.start = QTime(8, 0);
    morning.peakIntensity = 5;
    core::DiaryEntry evening = morning;
    evening.start = QTime(18, 0);
    evening.peakIntensity = 8;
    setup.store(month, { second, third, morning, evening });
    const QList<core::DiaryEntry> before = setup.month(month);
    REQUIRE(before.size() == 4);

    // The same practice, the month dialog opened on October.
    ui::DiaryMonthDialog dialog(setup.monthServices(), setup.clientId, QStringLiteral("Ann Lee"),
                                month, &setup.window);
    test::showAndWait(dialog);
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.grid()->setFocus();
    const auto focus = [&] {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : static_cast<QWidget *>(dialog.grid());
    };
    DiaryMonthModel *model = dialog.model();
    CHECK(model->cell(1, DiaryMonthModel::PeakColumn) == QStringLiteral("6"));
    CHECK(model->cell(1, DiaryMonthModel::MedicationColumn) == QStringLiteral("ibuprofen"));
    // Locations show as the catalogue names them, and a name typed is stored as its key.
    CHECK(model->cell(1, DiaryMonthModel::LocationColumn) == QStringLiteral("Both sides"));
    REQUIRE(model->setData(model->index(1, DiaryMonthModel::LocationColumn),
                           QStringLiteral("back of the head")));
    CHECK(model->keptRows(4) == 1);
    CHECK(model->data(model->index(4, DiaryMonthModel::DayColumn))
                  .toString()
                  .contains(QStringLiteral("+1")));
    CHECK(test::child<QLabel>(dialog, "keptRowsLabel")->isVisible());
    REQUIRE(dialog.grid()->currentIndex().row() == 0); // not the current month: the 1st

    // 2 October: peak 6 becomes 8 and the first medication helped after all.
    QTest::keyClick(focus(), Qt::Key_Down);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(focus(), Qt::Key_Tab);
    REQUIRE(dialog.grid()->currentIndex().column() == DiaryMonthModel::PeakColumn);
    QTest::keyClicks(focus(), QStringLiteral("8"));
    QTest::keyClick(focus(), Qt::Key_Tab);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(focus(), Qt::Key_Tab);
    REQUIRE(dialog.grid()->currentIndex().column() == DiaryMonthModel::HelpedColumn);
    QTest::keyClick(focus(), 'y');
    // 3 October: cleared (Delete on each of its two cells) - the row is removed.
    QTest::keyClick(focus(), Qt::Key_Down);
    QTest::keyClick(focus(), Qt::Key_Home);
    QTest::keyClick(focus(), Qt::Key_Tab);
    QTest::keyClick(focus(), Qt::Key_Delete);
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(focus(), Qt::Key_Tab);
    REQUIRE(dialog.grid()->currentIndex().column() == DiaryMonthModel::SleepColumn);
    QTest::keyClick(focus(), Qt::Key_Delete);
    CHECK(model->cell(2, DiaryMonthModel::SleepColumn).isEmpty());

    QTest::keyClick(focus(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(test::child<QLabel>(dialog, "diaryProblemBanner")->isVisible());

    const QList<core::DiaryEntry> after = setup.month(month);
    REQUIRE(after.size() == 3);
    const core::DiaryEntry *edited = on(after, QDate(2026, 10, 2));
    REQUIRE(edited);
    CHECK(edited->id == before.at(0).id);
    CHECK(edited->peakIntensity == 8);
    CHECK(edited->start == QTime(7, 0));
    REQUIRE(edited->medications.size() == 2);
    CHECK(edited->medications.at(0).helped == Answer::Yes);
    CHECK(edited->medications.at(0).kind == core::AcuteMedicationKind::SimpleAnalgesic);
    CHECK(edited->medications.at(1) == second.medications.at(1)); // not shown, kept
    CHECK(edited->triggers == second.triggers);
    CHECK(edited->location == QStringLiteral("back-of-head"));
    CHECK_FALSE(on(after, QDate(2026, 10, 3)));
    // Both attacks of the 5th are still there, the second untouched.
    REQUIRE(on(after, QDate(2026, 10, 5), 1));
    CHECK(on(after, QDate(2026, 10, 5), 0)->start == QTime(8, 0));
    CHECK(*on(after, QDate(2026, 10, 5), 1) == *on(before, QDate(2026, 10, 5), 1));
}

TEST_CASE("changing month or closing with unsaved days asks first", "[ui][outcomes][diary]")
{
    MonthFixture f(QDate(2026, 10, 1));
    f.tab(3);
    f.keys(QStringLiteral("3"));
    f.key(Qt::Key_Enter);
    REQUIRE(f.dialog.isModified());

    SECTION("Page Down and Discard shows the next month and saves nothing")
    {
        f.prompter.enqueue(Choice::Discard);
        f.key(Qt::Key_PageDown);
        CHECK(f.prompter.asked().size() == 1);
        CHECK(f.dialog.month() == QDate(2026, 11, 1));
        CHECK(f.month(QDate(2026, 10, 1)).isEmpty());
        CHECK_FALSE(f.dialog.isModified());
    }

    SECTION("Page Up and Save saves the month, then shows the one before")
    {
        f.prompter.enqueue(Choice::Save);
        f.key(Qt::Key_PageUp);
        CHECK(f.dialog.month() == QDate(2026, 9, 1));
        const auto rows = f.month(QDate(2026, 10, 1));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().peakIntensity == 3);
        CHECK(rows.first().date == QDate(2026, 10, 1));
    }

    SECTION("Escape and Cancel keeps the dialog and what was typed")
    {
        f.prompter.enqueue(Choice::Cancel);
        f.key(Qt::Key_Escape);
        CHECK(f.prompter.asked().size() == 1);
        CHECK(f.dialog.isVisible());
        CHECK(f.cell(1, DiaryMonthModel::PeakColumn) == QStringLiteral("3"));
        f.prompter.enqueue(Choice::Discard);
        f.key(Qt::Key_Escape);
        CHECK_FALSE(f.dialog.isVisible());
        CHECK(f.month(QDate(2026, 10, 1)).isEmpty());
    }

    SECTION("Ctrl+Z undoes the peak and the headache it implied")
    {
        CHECK(f.cell(1, DiaryMonthModel::HeadacheColumn) == QStringLiteral("yes"));
        f.key(Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.cell(1, DiaryMonthModel::PeakColumn).isEmpty());
        CHECK(f.cell(1, DiaryMonthModel::HeadacheColumn).isEmpty());
        CHECK_FALSE(f.dialog.isModified());
        f.key(Qt::Key_Escape); // nothing to ask
        CHECK(f.prompter.asked().isEmpty());
        CHECK_FALSE(f.dialog.isVisible());
    }
}

TEST_CASE("the front desk cannot open a client's diary", "[ui][outcomes][diary]")
{
    test::DiaryFixture f(core::Role::FrontDesk);
    ui::DiaryMonthDialog dialog(f.monthServices(), f.clientId, QStringLiteral("Ann Lee"),
                                QDate(2026, 11, 1), &f.window);
    CHECK(test::child<QLabel>(dialog, "diaryProblemBanner")->text().size() > 0);
    CHECK_FALSE(dialog.grid()->isEnabled());
    CHECK(dialog.model()->rowCount() == 0);
}
