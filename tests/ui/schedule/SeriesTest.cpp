// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring series from the schedule: booking one with its occurrences checked before
// confirming, and changing or cancelling "this one / this and following / all".
#include "tests/support/QtStringMakers.h"
#include "tests/ui/schedule/ScheduleFixture.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/CancelDialog.h"
#include "ui/schedule/ChangeDialog.h"
#include "ui/schedule/SchedulePanel.h"
#include "ui/schedule/SeriesBox.h"
#include "ui/schedule/TodayList.h"

#include "core/schedule/SeriesService.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace stillpoint;
using core::AppointmentStatus;
using test::ScheduleFixture;

namespace {

void choose(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A weekly series of `count` for Inés with Theo in Room 1 at 11:00 from `first`, through core.
core::SeriesOutcome bookSeries(ScheduleFixture &f, const QDate &first, int count)
{
    core::SeriesService series(f.w.database.db(), f.w.clock);
    core::SeriesRequest request;
    request.clientId = f.ines.id;
    request.therapistId = f.theo.id;
    request.roomId = f.room1.id;
    request.typeId = f.treatment60.id;
    request.rule.firstDate = first;
    request.rule.localTime = QTime(11, 0);
    request.rule.count = count;
    const auto booked = series.book(f.desk, request, core::ConflictPolicy::RefuseAll, true);
    REQUIRE(booked.ok());
    REQUIRE(booked->saved);
    REQUIRE(booked->written.size() == count);
    return booked.value();
}

// The dialog the panel opened last of a kind.
template<typename T>
T *lastDialog(const ScheduleFixture &f)
{
    const QList<T *> all = f.panel()->findChildren<T *>();
    return all.isEmpty() ? nullptr : all.constLast();
}

} // namespace

TEST_CASE("a weekly series lists the one taken week as conflicting and books only the free ones",
          "[ui][schedule][series]")
{
    ScheduleFixture f;
    const QDate first = f.today.addDays(1); // Wednesday 25 November
    const QDate taken = first.addDays(14); // the third Wednesday
    const core::Appointment jamal =
            f.book(f.jamal.id, f.theo, f.room2, f.followUp30, f.at(11, 15, taken));
    f.open();

    f.panel()->bookSeriesAction()->trigger();
    ui::BookingDialog *dialog = f.panel()->bookingDialog();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    CHECK(dialog->repeatCheck()->isChecked());
    CHECK(dialog->seriesBox()->isVisible());
    CHECK(dialog->windowTitle() == QStringLiteral("Book Series"));
    CHECK_FALSE(dialog->bookButton()->isEnabled()); // no client yet

    dialog->dateEdit()->setDate(first);
    dialog->startEdit()->setTime(QTime(11, 0));
    choose(dialog->typeCombo(), f.treatment60.id);
    choose(dialog->therapistCombo(), f.theo.id);
    choose(dialog->roomCombo(), f.room1.id);
    test::type(dialog->clientSearchEdit(), QStringLiteral("Duarte"));
    REQUIRE(test::waitUntil([dialog] { return dialog->clientResults()->count() > 0; }));
    QTest::keyClick(dialog->clientSearchEdit(), Qt::Key_Return);
    REQUIRE(dialog->clientId() == f.ines.id);
    ui::SeriesBox *box = dialog->seriesBox();
    box->intervalSpin()->setValue(1);
    box->countButton()->setChecked(true);
    box->countSpin()->setValue(6);

    // Six Wednesdays at 11:00; only the third collides, and says with what.
    QTreeWidget *list = box->previewList();
    REQUIRE(list->topLevelItemCount() == 6);
    QList<int> conflicting;
    for (int row = 0; row < 6; ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        CHECK(item->text(ui::SeriesBox::TimeColumn) == QStringLiteral("11:00"));
        if (!item->data(ui::SeriesBox::IndexColumn, Qt::UserRole).toBool())
            conflicting << row;
    }
    REQUIRE(conflicting == QList<int>{ 2 });
    const QString state = list->topLevelItem(2)->text(ui::SeriesBox::StateColumn);
    CHECK(state.contains(QStringLiteral("Conflict")));
    CHECK(state.contains(QStringLiteral("Jamal")));
    CHECK(list->topLevelItem(2)->text(ui::SeriesBox::DateColumn).contains(QStringLiteral("9 Dec")));
    CHECK(list->topLevelItem(0)->text(ui::SeriesBox::StateColumn).contains(QStringLiteral("Free")));
    CHECK(box->summaryLabel()->text().startsWith(QStringLiteral("1 of 6")));
    // Booking all of them is refused while one collides; the free ones can be booked.
    CHECK_FALSE(dialog->bookButton()->isEnabled());
    REQUIRE(dialog->bookFreeButton()->isVisible());
    REQUIRE(dialog->bookFreeButton()->isEnabled());
    CHECK(dialog->bookFreeButton()->text().contains(QStringLiteral("(5)")));

    QTest::mouseClick(dialog->bookFreeButton(), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);
    REQUIRE(dialog->bookedSeries());
    const qint64 seriesId = dialog->bookedSeries()->seriesId;
    REQUIRE(seriesId > 0);

    // In core: five appointments of the series, none on the taken day; Jamal's stays.
    core::SeriesService series(f.w.database.db(), f.w.clock);
    const auto booked = series.appointments(f.desk, seriesId);
    REQUIRE(booked.ok());
    REQUIRE(booked->size() == 5);
    for (const core::Appointment &appointment : booked.value()) {
        CHECK(appointment.clientId == f.ines.id);
        CHECK(appointment.status == AppointmentStatus::Booked);
        CHECK(appointment.localTime == QTime(11, 0));
        CHECK(appointment.localDate != taken);
    }
    CHECK(f.stored(jamal.id).appointment.status == AppointmentStatus::Booked);
    // The calendar shows the first one.
    REQUIRE(test::waitUntil(
            [&f, &booked] { return f.view()->plan().find(booked->constFirst().id) != nullptr; }));
    CHECK(f.w.prompter.unexpectedPrompts() == 0);
}

TEST_CASE("a series with warnings is booked only after the desk confirms them",
          "[ui][schedule][series]")
{
    ScheduleFixture f;
    f.open();
    ui::BookingDialog *dialog =
            f.panel()->book(ui::BookingDraft{ f.today.addDays(1), 12 * 60, 60, f.anna.id,
                                              f.room2.id, f.jamal.id, f.treatment60.id, true });
    REQUIRE(dialog);
    dialog->seriesBox()->countSpin()->setValue(3);
    // Anna works until 13:00: 12:00 for an hour and its buffer is inside; 12:30 is not.
    dialog->startEdit()->setTime(QTime(12, 30));
    QTreeWidget *list = dialog->seriesBox()->previewList();
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->topLevelItem(0)->text(ui::SeriesBox::StateColumn).contains(QStringLiteral("⚠")));
    REQUIRE(dialog->bookButton()->isEnabled());

    f.w.prompter.enqueue(ui::Prompter::Choice::No);
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(f.appointments.clientAppointments(f.desk, f.jamal.id)->isEmpty());

    f.w.prompter.enqueue(ui::Prompter::Choice::Yes);
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);
    CHECK(f.appointments.clientAppointments(f.desk, f.jamal.id)->size() == 3);
    REQUIRE(f.w.prompter.asked().size() == 2);
    CHECK(f.w.prompter.asked().constLast().prompt.informativeText
          == QStringLiteral("Book the series anyway?"));
}

TEST_CASE("cancelling this and following from the details cancels the later occurrences only",
          "[ui][schedule][series]")
{
    ScheduleFixture f;
    const core::SeriesOutcome series = bookSeries(f, f.today.addDays(1), 4);
    f.open();

    const core::Appointment second = series.written.at(1);
    ui::AppointmentDetailsDialog *details = f.panel()->showDetails(second.id);
    REQUIRE(details);
    REQUIRE(details->cancelButton());
    CHECK(details->shownValue(QStringLiteral("Series")).contains(QStringLiteral("2")));
    QTest::mouseClick(details->cancelButton(), Qt::LeftButton);
    auto *dialog = lastDialog<ui::CancelDialog>(f);
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    REQUIRE(dialog->asksSeriesScope());
    CHECK(dialog->scopeButton(core::SeriesScope::ThisOne)->isChecked());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Moving away"));
    dialog->scopeButton(core::SeriesScope::ThisAndFollowing)->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // The first stays booked; the second, third and fourth are cancelled with the reason.
    CHECK(f.stored(series.written.at(0).id).appointment.status == AppointmentStatus::Booked);
    for (int i = 1; i < 4; ++i) {
        const core::Appointment stored = f.stored(series.written.at(i).id).appointment;
        CHECK(stored.status == AppointmentStatus::Cancelled);
        CHECK(stored.cancelReason == QStringLiteral("Moving away"));
    }
    CHECK(f.w.prompter.unexpectedPrompts() == 0);
}

TEST_CASE("cancelling all upcoming from the today list cancels every upcoming occurrence",
          "[ui][schedule][series]")
{
    ScheduleFixture f;
    const core::SeriesOutcome series = bookSeries(f, f.today, 3); // today at 11:00 first
    f.open();
    ui::TodayList *today = f.panel()->todayList();
    REQUIRE(test::waitUntil([today] { return today->view()->model()->rowCount() == 1; }));
    const QRect row = today->view()->visualRect(today->view()->model()->index(0, 0));
    QTest::mouseClick(today->view()->viewport(), Qt::LeftButton, {}, row.center());
    today->cancelAction()->trigger();
    auto *dialog = lastDialog<ui::CancelDialog>(f);
    REQUIRE(dialog);
    REQUIRE(dialog->asksSeriesScope());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Therapist away"));
    dialog->byPracticeButton()->setChecked(true);
    dialog->scopeButton(core::SeriesScope::All)->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    for (const core::Appointment &appointment : series.written) {
        const core::Appointment stored = f.stored(appointment.id).appointment;
        CHECK(stored.status == AppointmentStatus::Cancelled);
        CHECK(stored.cancelledBy == core::CancelledBy::Practice);
    }
}

TEST_CASE("changing the time of this and following from the details moves the later ones",
          "[ui][schedule][series]")
{
    ScheduleFixture f;
    const core::SeriesOutcome series = bookSeries(f, f.today.addDays(1), 4);
    f.open();
    ui::AppointmentDetailsDialog *details = f.panel()->showDetails(series.written.at(1).id);
    REQUIRE(details);
    REQUIRE(details->changeButton());
    QTest::mouseClick(details->changeButton(), Qt::LeftButton);
    auto *dialog = lastDialog<ui::ChangeDialog>(f);
    REQUIRE(dialog);
    REQUIRE(dialog->scopeButton(core::SeriesScope::ThisAndFollowing));
    dialog->scopeButton(core::SeriesScope::ThisAndFollowing)->setChecked(true);
    dialog->startEdit()->setTime(QTime(14, 0));
    REQUIRE(dialog->previewList()->topLevelItemCount() == 3);
    CHECK(dialog->previewList()->topLevelItem(0)->text(ui::SeriesBox::TimeColumn)
          == QStringLiteral("14:00"));
    REQUIRE(dialog->changeButton()->isEnabled());
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);

    // Inés's appointments now: the first still at 11:00, the next three at 14:00.
    const auto all = f.appointments.clientAppointments(f.desk, f.ines.id);
    REQUIRE(all.ok());
    QStringList times;
    for (const core::CalendarItem &item : all.value())
        if (core::AppointmentStatuses::blocksTime(item.status))
            times << item.startUtc.toTimeZone(QTimeZone("Europe/London"))
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    times.sort();
    CHECK(times
          == QStringList{ QStringLiteral("2026-11-25 11:00"), QStringLiteral("2026-12-02 14:00"),
                          QStringLiteral("2026-12-09 14:00"), QStringLiteral("2026-12-16 14:00") });
}
