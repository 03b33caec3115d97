// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's list of today's appointments: check-in, completed, no-show, cancel, details.
#include "ui/schedule/TodayList.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/schedule/ScheduleFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/CancelDialog.h"
#include "ui/schedule/SchedulePanel.h"
#include "ui/schedule/TodayListModel.h"

#include "core/schedule/WaitlistService.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace stillpoint;
using core::AppointmentStatus;
using test::ScheduleFixture;
using ui::TodayListModel;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

void chooseRow(ui::TodayList *list, int row)
{
    QTableView *view = list->view();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

QToolButton *button(ui::TodayList *list, const char *name)
{
    return test::child<QToolButton>(*list, name);
}

} // namespace

TEST_CASE("the today list shows today's appointments in order with each client's record",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment missed =
            f.book(f.jamal.id, f.theo, f.room1, f.treatment60, f.at(10, 0, f.today.addDays(-14)));
    REQUIRE(f.appointments
                    .setStatus(f.desk, missed.id, missed.rowVersion, AppointmentStatus::NoShow)
                    .ok());
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.book(f.jamal.id, f.anna, f.room2, f.followUp30, f.at(9, 0));
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0, f.today.addDays(1)));
    f.open();

    ui::TodayList *list = f.panel()->todayList();
    const TodayListModel &model = *list->model();
    const test::ModelTestWarnings warnings;
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(warnings.messages().isEmpty());
    CHECK(list->titleLabel()->text() == QStringLiteral("Today, Tuesday 24 November"));
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, TodayListModel::TimeColumn) == QStringLiteral("09:00"));
    CHECK(cell(model, 0, TodayListModel::ClientColumn) == QStringLiteral("Jamal"));
    CHECK(cell(model, 0, TodayListModel::TypeColumn) == QStringLiteral("Follow-up 30 min"));
    CHECK(cell(model, 0, TodayListModel::RoomColumn) == QStringLiteral("Room 2"));
    CHECK(cell(model, 0, TodayListModel::TherapistColumn) == QStringLiteral("Anna"));
    CHECK(cell(model, 0, TodayListModel::StatusColumn) == QStringLiteral("Booked"));
    CHECK(cell(model, 0, TodayListModel::NoShowsColumn) == QStringLiteral("1"));
    CHECK(cell(model, 0, TodayListModel::LateCancellationsColumn) == QStringLiteral("0"));
    CHECK(cell(model, 1, TodayListModel::ClientColumn) == QStringLiteral("Inés"));
    CHECK(cell(model, 1, TodayListModel::NoShowsColumn) == QStringLiteral("0"));
    // Nothing selected: nothing to do.
    for (QAction *action : { list->checkInAction(), list->completedAction(), list->noShowAction(),
                             list->cancelAction(), list->detailsAction() })
        CHECK_FALSE(action->isEnabled());
}

TEST_CASE("checking in from the today list marks the client arrived and undo takes it back",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    ui::TodayList *list = f.panel()->todayList();
    chooseRow(list, 0);
    CHECK(list->checkInAction()->isEnabled());
    CHECK_FALSE(list->noShowAction()->isEnabled()); // 11:00 has not come yet
    CHECK_FALSE(list->completedAction()->isEnabled());
    CHECK(list->cancelAction()->isEnabled());

    QTest::mouseClick(button(list, "checkInButton"), Qt::LeftButton);
    CHECK(f.w.prompter.asked().isEmpty());
    CHECK(f.stored(ines.id).appointment.status == AppointmentStatus::Arrived);
    CHECK(cell(*list->model(), 0, TodayListModel::StatusColumn) == QStringLiteral("Checked in"));
    CHECK_FALSE(list->checkInAction()->isEnabled());
    // The calendar shows it checked in too.
    CHECK(f.view()->plan().find(ines.id)->item.status == AppointmentStatus::Arrived);

    f.w.action("undoAction")->trigger();
    CHECK(f.stored(ines.id).appointment.status == AppointmentStatus::Booked);
}

TEST_CASE("marking a no-show from the today list counts it on the client's record",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment jamal = f.book(f.jamal.id, f.anna, f.room2, f.followUp30, f.at(9, 0));
    f.open();
    ui::TodayList *list = f.panel()->todayList();
    chooseRow(list, 0);
    REQUIRE(list->noShowAction()->isEnabled()); // 09:00 has passed at 10:00
    CHECK(list->completedAction()->isEnabled());

    QTest::mouseClick(button(list, "noShowButton"), Qt::LeftButton);
    CHECK(f.stored(jamal.id).appointment.status == AppointmentStatus::NoShow);
    CHECK(cell(*list->model(), 0, TodayListModel::StatusColumn) == QStringLiteral("No-show"));
    CHECK(cell(*list->model(), 0, TodayListModel::NoShowsColumn) == QStringLiteral("1"));
    CHECK_FALSE(list->noShowAction()->isEnabled());
}

TEST_CASE("cancelling from the today list asks a reason and shows the waitlist that fits",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(15, 0));
    core::WaitlistService waitlist(f.w.database.db(), f.w.clock);
    core::WaitlistEntry entry;
    entry.clientId = f.jamal.id;
    entry.typeId = f.treatment60.id;
    REQUIRE(waitlist.add(f.desk, entry).ok());
    f.open();
    ui::TodayList *list = f.panel()->todayList();
    chooseRow(list, 0);
    list->cancelAction()->trigger();
    auto *dialog = f.panel()->findChild<ui::CancelDialog *>();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // no reason yet
    CHECK(dialog->isLate()); // five hours' notice, less than the practice's 24
    CHECK(dialog->lateLabel()->text().contains(QStringLiteral("late cancellation")));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Car broke down"));
    f.w.prompter.enqueue(ui::Prompter::Choice::Ok);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const core::Appointment cancelled = f.stored(ines.id).appointment;
    CHECK(cancelled.status == AppointmentStatus::Cancelled);
    CHECK(cancelled.cancelReason == QStringLiteral("Car broke down"));
    CHECK(cancelled.lateCancellation);
    REQUIRE(f.w.prompter.asked().size() == 1);
    CHECK(f.w.prompter.asked().constFirst().prompt.title == QStringLiteral("Waitlist"));
    CHECK(f.w.prompter.asked().constFirst().prompt.text.contains(QStringLiteral("Jamal Okafor")));
    CHECK(f.w.prompter.asked().constFirst().prompt.text.contains(
            QStringLiteral("Treatment 60 min")));
    // Still listed, greyed, with Inés's late cancellation counted.
    CHECK(cell(*list->model(), 0, TodayListModel::StatusColumn) == QStringLiteral("Cancelled"));
    CHECK(cell(*list->model(), 0, TodayListModel::LateCancellationsColumn) == QStringLiteral("1"));
    CHECK_FALSE(f.view()->plan().find(ines.id));
}

TEST_CASE("a cancellation by the practice is never late", "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(15, 0));
    f.open();
    ui::CancelDialog *dialog = f.panel()->cancelAppointment(ines.id);
    REQUIRE(dialog);
    dialog->byPracticeButton()->setChecked(true);
    CHECK_FALSE(dialog->isLate());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Therapist ill"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const core::Appointment cancelled = f.stored(ines.id).appointment;
    CHECK(cancelled.status == AppointmentStatus::Cancelled);
    CHECK(cancelled.cancelledBy == core::CancelledBy::Practice);
    CHECK_FALSE(cancelled.lateCancellation);
}

TEST_CASE("double-clicking a row of the today list opens the appointment's details",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    QTableView *view = f.panel()->todayList()->view();
    const QRect rect = view->visualRect(view->model()->index(0, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *details = f.panel()->findChild<ui::AppointmentDetailsDialog *>();
    REQUIRE(details);
    CHECK(details->shownValue(QStringLiteral("Client")) == QStringLiteral("Inés Duarte"));
    CHECK(details->shownValue(QStringLiteral("When"))
          == QStringLiteral("Tuesday 24 November 2026, 11:00–12:00 (60 min)"));
    CHECK(details->shownValue(QStringLiteral("Room")) == QStringLiteral("Room 1"));
    CHECK(details->shownValue(QStringLiteral("Status")) == QStringLiteral("Booked"));
}

TEST_CASE("a therapist starts the session note of a checked-in client from the today list",
          "[ui][schedule][today]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(9, 30));
    REQUIRE(f.appointments.checkIn(f.desk, ines.id, ines.rowVersion).ok());
    f.open(core::Role::Therapist);
    ui::TodayList *list = f.panel()->todayList();
    chooseRow(list, 0);
    REQUIRE(list->noteAction()->isVisible());
    REQUIRE(list->noteAction()->isEnabled());

    QTest::mouseClick(button(list, "sessionNoteButton"), Qt::LeftButton);
    // The client's record opens in the Clients area, on the Notes tab.
    CHECK(f.w.window->areaTabs()->currentWidget() != f.panel());
    CHECK(f.w.window->clientEditor()->clientId() == f.ines.id);
    CHECK(f.w.window->clientTabs()->tabText(f.w.window->clientTabs()->currentIndex())
          == QStringLiteral("Notes"));
}

TEST_CASE("the front desk has no session note action in the today list", "[ui][schedule][today]")
{
    ScheduleFixture f;
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(9, 30));
    f.open(core::Role::FrontDesk);
    ui::TodayList *list = f.panel()->todayList();
    chooseRow(list, 0);
    CHECK_FALSE(list->noteAction()->isVisible());
    CHECK_FALSE(button(list, "sessionNoteButton")->isVisible());
}
