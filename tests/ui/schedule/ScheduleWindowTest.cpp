// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedule area in the main window: switching, menus, keyboard, views, remembered layout,
// the day sheet.
#include "tests/support/QtStringMakers.h"
#include "tests/ui/schedule/ScheduleFixture.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/DaySheet.h"
#include "ui/schedule/SchedulePanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stillpoint;
using test::ScheduleFixture;
using ui::CalendarMode;

TEST_CASE("the front desk switches between clients and schedule with Ctrl+1 and Ctrl+2",
          "[ui][schedule][window]")
{
    ScheduleFixture f;
    f.w.open(core::Role::FrontDesk);
    QTabWidget *areas = f.w.window->areaTabs();
    CHECK(areas->currentWidget() != f.panel());
    CHECK(areas->isTabVisible(areas->indexOf(f.panel())));
    CHECK(areas->tabText(areas->indexOf(f.panel())) == QStringLiteral("Schedule"));

    f.w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.w.window.get()));
    QTest::keyClick(f.w.window.get(), Qt::Key_2, Qt::ControlModifier);
    REQUIRE(areas->currentWidget() == f.panel());
    REQUIRE(test::waitUntil([&f] { return f.view()->isVisible(); }));
    CHECK(f.view()->hasFocus());
    // The menus follow the area: the schedule's instead of the client's.
    CHECK(f.w.visibleMenus()
          == QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"),
                           QStringLiteral("&Schedule") }));
    CHECK(f.view()->accessibleName()
          == QStringLiteral("Day view of Tuesday 24 November 2026, a column for each therapist"));
    QStringList titles;
    for (const ui::CalendarColumn &column : f.view()->plan().columns())
        titles << column.title;
    CHECK(titles == QStringList({ QStringLiteral("Anna"), QStringLiteral("Theo") }));

    QTest::keyClick(f.w.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(areas->currentWidget() == static_cast<QWidget *>(f.w.window->splitter()));
    CHECK(f.w.visibleMenus()
          == QStringList(
                  { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Client") }));
}

TEST_CASE("the schedule keeps its view between sessions", "[ui][schedule][window]")
{
    ScheduleFixture f;
    f.open();
    f.panel()->setMode(CalendarMode::Week);
    f.panel()->setWeekTherapist(f.theo.id);
    f.w.window->close();
    f.w.window.reset();

    f.open();
    CHECK(f.w.window->areaTabs()->currentWidget() == f.panel());
    CHECK(f.panel()->options().mode == CalendarMode::Week);
    CHECK(f.panel()->options().weekTherapistId == f.theo.id);
    CHECK(f.panel()->weekTherapistCombo()->currentText() == QStringLiteral("Theo"));
    CHECK(f.panel()->weekAction()->isChecked());
}

TEST_CASE("the week view has a column for each working day and can show one therapist",
          "[ui][schedule][window]")
{
    ScheduleFixture f;
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.book(f.jamal.id, f.anna, f.room2, f.treatment60, f.at(11, 0));
    f.book(f.jamal.id, f.anna, f.room2, f.treatment60, f.at(10, 0, f.today.addDays(1)));
    f.open();
    f.panel()->setMode(CalendarMode::Week);
    const ui::CalendarPlan &plan = f.view()->plan();
    QStringList days;
    for (const ui::CalendarColumn &column : plan.columns())
        days << column.title;
    // Nobody works at the weekend and nothing is booked then.
    CHECK(days
          == QStringList({ QStringLiteral("Mon 23 Nov"), QStringLiteral("Tue 24 Nov"),
                           QStringLiteral("Wed 25 Nov"), QStringLiteral("Thu 26 Nov"),
                           QStringLiteral("Fri 27 Nov") }));
    CHECK(plan.items().size() == 3);
    CHECK(f.panel()->titleLabel()->text() == QStringLiteral("23–29 November 2026"));
    // Two therapists at 11:00 on Tuesday: side by side.
    const ui::PlacedItem *ines = nullptr;
    for (const ui::PlacedItem &placed : plan.items())
        if (placed.item.clientId == f.ines.id)
            ines = &placed;
    REQUIRE(ines);
    CHECK(ines->lanes == 2);

    f.panel()->setWeekTherapist(f.theo.id);
    CHECK(f.view()->plan().items().size() == 1);
    CHECK(f.view()->accessibleName().endsWith(QStringLiteral("Theo")));
}

TEST_CASE("the day view by room puts each appointment in its room's column",
          "[ui][schedule][window]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room2, f.treatment60, f.at(11, 0));
    f.open();
    f.panel()->byRoomAction()->trigger();
    const ui::CalendarPlan &plan = f.view()->plan();
    REQUIRE(plan.columns().size() == 2);
    CHECK(plan.columns().at(0).title == QStringLiteral("Room 1"));
    CHECK(plan.columns().at(0).subtitle == QStringLiteral("Ground floor"));
    CHECK(plan.find(ines.id)->column == 1);
    CHECK(f.panel()->byRoomAction()->isChecked());
}

TEST_CASE("the keyboard moves the selection, opens appointments and changes the day",
          "[ui][schedule][window][keyboard]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    ui::CalendarView *view = f.view();
    view->setFocus();
    view->moveCursorTo(f.columnOf(f.theo), 10 * 60);
    CHECK(view->selectedAppointment() == 0);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    CHECK(view->selectedAppointment() == ines.id); // 11:00 reached
    CHECK(view->accessibleDescription().contains(QStringLiteral("Inés")));
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(view->selectedAppointment() == 0); // past its end
    CHECK(view->cursorSlot().startMinute == 12 * 60);
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(view->selectedAppointment() == ines.id);

    // Ctrl+Down moves it a quarter of an hour later.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.stored(ines.id).appointment.startUtc == f.at(11, 15));
    CHECK(view->selectedAppointment() == ines.id);

    QTest::keyClick(view, Qt::Key_Return);
    auto *details = f.panel()->findChild<ui::AppointmentDetailsDialog *>();
    REQUIRE(details);
    CHECK(details->shownValue(QStringLiteral("Client")) == QStringLiteral("Inés Duarte"));
    details->close();

    QTest::keyClick(view, Qt::Key_PageDown);
    CHECK(f.panel()->options().date == f.today.addDays(1));
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    CHECK(f.panel()->options().date == f.today.addDays(2));
    QTest::keyClick(view, Qt::Key_T);
    CHECK(f.panel()->options().date == f.today);
    QTest::keyClick(view, Qt::Key_W);
    CHECK(f.panel()->options().mode == CalendarMode::Week);
    QTest::keyClick(view, Qt::Key_PageUp);
    CHECK(f.panel()->options().date == f.today.addDays(-7));
    QTest::keyClick(view, Qt::Key_D);
    CHECK(f.panel()->options().mode == CalendarMode::Day);
}

TEST_CASE("picking a date in the month navigator shows that day", "[ui][schedule][window]")
{
    ScheduleFixture f;
    f.open();
    f.panel()->monthNavigator()->setSelectedDate(QDate(2026, 12, 3));
    Q_EMIT f.panel()->monthNavigator()->clicked(QDate(2026, 12, 3));
    CHECK(f.panel()->options().date == QDate(2026, 12, 3));
    CHECK(f.panel()->titleLabel()->text() == QStringLiteral("Thursday 3 December 2026"));
    f.panel()->todayAction()->trigger();
    CHECK(f.panel()->monthNavigator()->selectedDate() == f.today);
}

TEST_CASE("another person signing in starts on today without the last person's undo steps",
          "[ui][schedule][window]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    const QPoint grab = f.view()->itemRect(ines.id).center();
    const int theo = f.columnOf(f.theo);
    f.drag(grab, grab + (f.point(theo, 14 * 60) - f.point(theo, 11 * 60)));
    REQUIRE(f.panel()->undoStack()->count() == 1);
    f.panel()->showDate(f.today.addDays(3));

    f.w.signInPrompter.enqueue(QStringLiteral("therapist"), QString::fromLatin1("demo"));
    REQUIRE(f.w.window->switchUser());
    CHECK(f.panel()->undoStack()->count() == 0);
    CHECK(f.panel()->options().date == f.today);
}

TEST_CASE("the day sheet lists each therapist's day without clinical details and saves as PDF",
          "[ui][schedule][window][print]")
{
    ScheduleFixture f;
    f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.book(f.jamal.id, f.theo, f.room2, f.followUp30, f.at(9, 0));
    f.open();
    const ui::DaySheet sheet(f.panel()->source());
    const auto document = sheet.document(f.today);
    REQUIRE(document.ok());
    const QString html = document->html;
    CHECK(html.contains(QStringLiteral("Day sheet: Tuesday 24 November 2026")));
    CHECK(html.contains(QStringLiteral("<h2>Theo</h2>")));
    CHECK(html.contains(QStringLiteral("<h2>Anna</h2>")));
    CHECK(html.contains(QStringLiteral("No appointments.")));
    CHECK(html.indexOf(QStringLiteral("Jamal")) < html.indexOf(QStringLiteral("Inés")));
    CHECK_FALSE(html.contains(QStringLiteral("Duarte"))); // first names only
    CHECK(document->fileName == QStringLiteral("Day sheet 2026-11-24.pdf"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheet.pdf"));
    f.w.files.enqueue(path);
    QString saved;
    REQUIRE(f.panel()->saveDaySheetAsPdf(&saved));
    CHECK(saved == path);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}
