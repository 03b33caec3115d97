// SPDX-License-Identifier: GPL-3.0-or-later
// Booking, moving and resizing with the mouse on the day view, and undoing it.
#include "tests/support/QtStringMakers.h"
#include "tests/ui/schedule/ScheduleFixture.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/SchedulePanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace stillpoint;
using core::AppointmentStatus;
using test::ScheduleFixture;

namespace {

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

} // namespace

TEST_CASE("dragging on free time books it after choosing the client in the booking dialog",
          "[ui][schedule][drag]")
{
    ScheduleFixture f;
    // Inés missed one last week: the desk sees it before booking her again.
    const core::Appointment missed =
            f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0, f.today.addDays(-7)));
    REQUIRE(f.appointments
                    .setStatus(f.desk, missed.id, missed.rowVersion, AppointmentStatus::NoShow)
                    .ok());
    f.open();
    const int theo = f.columnOf(f.theo);
    REQUIRE(theo >= 0);

    f.drag(f.point(theo, at(11, 5)), f.point(theo, at(11, 50)));

    ui::BookingDialog *dialog = f.panel()->bookingDialog();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    CHECK(dialog->startEdit()->time() == QTime(11, 0));
    CHECK(dialog->lengthSpin()->value() == 60);
    CHECK(dialog->therapistCombo()->currentText() == QStringLiteral("Theo"));
    CHECK_FALSE(dialog->bookButton()->isEnabled()); // no client yet

    QTest::keyClicks(dialog->clientSearchEdit(), QStringLiteral("ines"));
    REQUIRE(dialog->clientResults()->count() == 1);
    QTest::keyClick(dialog->clientSearchEdit(), Qt::Key_Return);
    CHECK(dialog->clientId() == f.ines.id);
    CHECK(dialog->attendanceLabel()->isVisible());
    CHECK(dialog->attendanceLabel()->text().contains(QStringLiteral("No-shows: 1")));
    CHECK(dialog->attendanceLabel()->text().contains(QStringLiteral("Late cancellations: 0")));
    CHECK(dialog->checkLabel()->text() == QStringLiteral("This time is free."));
    REQUIRE(dialog->bookButton()->isEnabled());
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);

    CHECK(f.w.prompter.asked().isEmpty());
    const core::CalendarItem *booked = nullptr;
    for (const ui::PlacedItem &placed : f.view()->plan().items())
        if (placed.item.clientId == f.ines.id)
            booked = &placed.item;
    REQUIRE(booked);
    const core::AppointmentDetails details = f.stored(booked->appointmentId);
    CHECK(details.appointment.startUtc == f.at(11, 0));
    CHECK(details.appointment.durationMinutes() == 60);
    CHECK(details.therapistName == QStringLiteral("Theo"));
    CHECK(details.appointment.status == AppointmentStatus::Booked);
    CHECK(f.view()->selectedAppointment() == booked->appointmentId);

    // Undoing the booking cancels it, by the practice, as "Undone".
    QAction *undo = f.w.action("undoAction");
    REQUIRE(undo->isEnabled());
    undo->trigger();
    const core::AppointmentDetails undone = f.stored(details.appointment.id);
    CHECK(undone.appointment.status == AppointmentStatus::Cancelled);
    CHECK(undone.appointment.cancelReason == QStringLiteral("Undone"));
    CHECK(undone.appointment.cancelledBy == core::CancelledBy::Practice);
    CHECK_FALSE(f.view()->plan().find(details.appointment.id));
    f.w.action("redoAction")->trigger();
    CHECK(f.stored(details.appointment.id).appointment.status == AppointmentStatus::Booked);
}

TEST_CASE("a booking outside working hours asks first and books once confirmed",
          "[ui][schedule][drag]")
{
    ScheduleFixture f;
    f.open();
    const int anna = f.columnOf(f.anna); // Anna works until 13:00
    f.drag(f.point(anna, at(14, 5)), f.point(anna, at(14, 20)));
    ui::BookingDialog *dialog = f.panel()->bookingDialog();
    REQUIRE(dialog);
    dialog->chooseClient(f.jamal.id, QString());
    dialog->typeCombo()->setCurrentIndex(
            dialog->typeCombo()->findText(QStringLiteral("Follow-up 30 min")));
    CHECK(dialog->checkLabel()->text().contains(QStringLiteral("Anna")));

    f.w.prompter.enqueue(ui::Prompter::Choice::No);
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
    REQUIRE(f.w.prompter.asked().size() == 1);
    CHECK(dialog->isVisible()); // kept open: nothing booked
    CHECK(f.view()->plan().items().isEmpty());

    f.w.prompter.enqueue(ui::Prompter::Choice::Yes);
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
    REQUIRE(f.view()->plan().items().size() == 1);
    CHECK(f.view()->plan().items().constFirst().item.therapistId == f.anna.id);
    CHECK(f.view()->plan().items().constFirst().startMinute == at(14, 0));
}

TEST_CASE("dragging an appointment moves it and undo puts it back", "[ui][schedule][drag]")
{
    ScheduleFixture f;
    const core::Appointment booked = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    const int theo = f.columnOf(f.theo);
    const QRect box = f.view()->itemRect(booked.id);
    REQUIRE(box.isValid());

    const QPoint grab = box.center();
    QTest::mousePress(f.view(), Qt::LeftButton, {}, grab);
    QTest::mouseMove(f.view(), grab + QPoint(0, 20));
    QTest::mouseMove(f.view(), grab + (f.point(theo, at(13, 0)) - f.point(theo, at(11, 0))));
    CHECK(f.view()->drag().slot.startMinute == at(13, 0));
    CHECK(f.view()->drag().verdict.kind == ui::DragVerdict::Kind::Free);
    QTest::mouseRelease(f.view(), Qt::LeftButton, {},
                        grab + (f.point(theo, at(13, 0)) - f.point(theo, at(11, 0))));

    CHECK(f.w.prompter.asked().isEmpty());
    CHECK(f.stored(booked.id).appointment.startUtc == f.at(13, 0));
    CHECK(f.stored(booked.id).appointment.durationMinutes() == 60);
    CHECK(f.view()->plan().find(booked.id)->startMinute == at(13, 0));

    QAction *undo = f.w.action("undoAction");
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Move appointment")));
    undo->trigger();
    CHECK(f.stored(booked.id).appointment.startUtc == f.at(11, 0));
    CHECK(f.view()->plan().find(booked.id)->startMinute == at(11, 0));
    f.w.action("redoAction")->trigger();
    CHECK(f.stored(booked.id).appointment.startUtc == f.at(13, 0));
    CHECK(f.w.prompter.asked().isEmpty());
}

TEST_CASE("dragging an appointment onto a taken time shows the conflict and leaves it",
          "[ui][schedule][drag]")
{
    ScheduleFixture f;
    const core::Appointment ines = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.book(f.jamal.id, f.theo, f.room2, f.treatment60, f.at(13, 0));
    f.open();
    const int theo = f.columnOf(f.theo);
    const QPoint grab = f.view()->itemRect(ines.id).center();
    const QPoint onto = grab + (f.point(theo, at(13, 0)) - f.point(theo, at(11, 0)));

    QTest::mousePress(f.view(), Qt::LeftButton, {}, grab);
    QTest::mouseMove(f.view(), grab + QPoint(0, 20));
    QTest::mouseMove(f.view(), onto);
    // While dragging: marked as a conflict, with core's words naming the other appointment.
    CHECK(f.view()->drag().verdict.kind == ui::DragVerdict::Kind::Conflict);
    CHECK(f.panel()->feedbackLabel()->text().contains(QStringLiteral("Jamal")));
    f.w.prompter.enqueue(ui::Prompter::Choice::Ok);
    QTest::mouseRelease(f.view(), Qt::LeftButton, {}, onto);

    REQUIRE(f.w.prompter.asked().size() == 1);
    const ui::Prompter::Prompt &shown = f.w.prompter.asked().constFirst().prompt;
    CHECK(shown.title == QStringLiteral("Not changed"));
    CHECK(shown.text.contains(QStringLiteral("Jamal")));
    CHECK(shown.text.contains(QStringLiteral("13:00")));
    CHECK(f.stored(ines.id).appointment.startUtc == f.at(11, 0));
    CHECK(f.stored(ines.id).appointment.rowVersion == ines.rowVersion);
    CHECK(f.view()->plan().find(ines.id)->startMinute == at(11, 0)); // snapped back
    CHECK(f.panel()->feedbackLabel()->text().isEmpty());
    CHECK_FALSE(f.w.action("undoAction")->isEnabled());
}

TEST_CASE("dragging the bottom edge of an appointment resizes it", "[ui][schedule][drag]")
{
    ScheduleFixture f;
    const core::Appointment booked = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    const int theo = f.columnOf(f.theo);
    const QRect box = f.view()->itemRect(booked.id);
    const QPoint edge(box.center().x(), box.bottom());

    QTest::mousePress(f.view(), Qt::LeftButton, {}, edge);
    REQUIRE(f.view()->drag().kind == ui::CalendarDrag::Kind::Resize);
    QTest::mouseMove(f.view(), edge + QPoint(0, 12));
    QTest::mouseMove(f.view(), QPoint(edge.x(), f.point(theo, at(12, 30)).y()));
    CHECK(f.view()->drag().slot.endMinute == at(12, 30));
    QTest::mouseRelease(f.view(), Qt::LeftButton, {},
                        QPoint(edge.x(), f.point(theo, at(12, 30)).y()));

    const core::Appointment resized = f.stored(booked.id).appointment;
    CHECK(resized.startUtc == f.at(11, 0));
    CHECK(resized.endUtc == f.at(12, 30));
    CHECK(f.w.action("undoAction")->text().contains(QStringLiteral("Resize appointment")));
    f.w.action("undoAction")->trigger();
    CHECK(f.stored(booked.id).appointment.endUtc == f.at(12, 0));
}

TEST_CASE("dragging to another therapist's column moves the appointment to them",
          "[ui][schedule][drag]")
{
    ScheduleFixture f;
    const core::Appointment booked = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    const QPoint grab = f.view()->itemRect(booked.id).center();
    const QPoint onto = grab
            + (f.point(f.columnOf(f.anna), at(11, 0)) - f.point(f.columnOf(f.theo), at(11, 0)));
    f.drag(grab, onto);
    const core::AppointmentDetails moved = f.stored(booked.id);
    CHECK(moved.therapistName == QStringLiteral("Anna"));
    CHECK(moved.appointment.startUtc == f.at(11, 0));
    f.w.action("undoAction")->trigger();
    CHECK(f.stored(booked.id).therapistName == QStringLiteral("Theo"));
}

TEST_CASE("undoing a move that someone else changed since reports it and changes nothing",
          "[ui][schedule][drag]")
{
    ScheduleFixture f;
    const core::Appointment booked = f.book(f.ines.id, f.theo, f.room1, f.treatment60, f.at(11, 0));
    f.open();
    const QPoint grab = f.view()->itemRect(booked.id).center();
    const int theo = f.columnOf(f.theo);
    f.drag(grab, grab + (f.point(theo, at(14, 0)) - f.point(theo, at(11, 0))));
    const core::Appointment moved = f.stored(booked.id).appointment;
    REQUIRE(moved.startUtc == f.at(14, 0));
    // Another computer confirms it meanwhile.
    REQUIRE(f.appointments
                    .setStatus(f.desk, booked.id, moved.rowVersion, AppointmentStatus::Confirmed)
                    .ok());

    f.w.prompter.enqueue(ui::Prompter::Choice::Ok);
    f.w.action("undoAction")->trigger();
    REQUIRE(f.w.prompter.asked().size() == 1);
    CHECK(f.w.prompter.asked().constFirst().prompt.text.contains(QStringLiteral("Someone else")));
    CHECK(f.stored(booked.id).appointment.startUtc == f.at(14, 0));
    CHECK_FALSE(f.w.action("undoAction")->isEnabled());
}
