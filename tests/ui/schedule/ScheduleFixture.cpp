// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/schedule/ScheduleFixture.h"

#include "core/security/UserRepository.h"
#include "core/storage/Transaction.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/SchedulePanel.h"

#include <QTest>
#include <QTimeZone>

#include <stdexcept>

namespace stillpoint::test {

const QDate ScheduleFixture::today(2026, 11, 24);

namespace {

template<typename T>
T required(core::Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().message.toStdString());
    return std::move(result).value();
}

void require(const core::Status &status)
{
    if (!status)
        throw std::runtime_error(status.error().message.toStdString());
}

} // namespace

ScheduleFixture::ScheduleFixture()
{
    owner = signIn(w.database.db(), core::Role::Owner, w.clock);
    desk = signIn(w.database.db(), core::Role::FrontDesk, w.clock);
    const core::Session therapist = signIn(w.database.db(), core::Role::Therapist, w.clock);
    {
        core::Transaction transaction(w.database.db());
        require(transaction.status());
        require(core::UserRepository(w.database.db())
                        .setSetting(QStringLiteral("practice.timeZone"),
                                    QStringLiteral("Europe/London")));
        require(transaction.commit());
    }
    theo = required(setup.addTherapist(
            owner, core::Therapist{ 0, therapist.userId, QStringLiteral("Theo"), true, 0 }));
    anna = required(setup.addTherapist(
            owner, core::Therapist{ 0, owner.userId, QStringLiteral("Anna"), true, 0 }));
    QList<core::WorkingInterval> theoHours;
    QList<core::WorkingInterval> annaHours;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        theoHours << core::WorkingInterval::of(day, QTime(9, 0), QTime(17, 0));
        annaHours << core::WorkingInterval::of(day, QTime(9, 0), QTime(13, 0));
    }
    require(setup.setWorkingHours(owner, theo.id, theoHours));
    require(setup.setWorkingHours(owner, anna.id, annaHours));
    room1 = required(setup.addRoom(
            owner,
            core::Room{ 0, QStringLiteral("Room 1"), QStringLiteral("Ground floor"), true, 0 }));
    room2 = required(
            setup.addRoom(owner, core::Room{ 0, QStringLiteral("Room 2"), QString(), true, 0 }));
    treatment60 = required(
            setup.addType(owner,
                          core::AppointmentType{ 0, QStringLiteral("Treatment 60 min"), 60, 15,
                                                 QStringLiteral("#26a69a"), 9000, true, 0 }));
    followUp30 = required(
            setup.addType(owner,
                          core::AppointmentType{ 0, QStringLiteral("Follow-up 30 min"), 30, 0,
                                                 QStringLiteral("#ffa726"), 5000, true, 0 }));
    ines = addClient(
            w.database.db(),
            makeClient(QStringLiteral("Inés"), QStringLiteral("Duarte"), QDate(1985, 3, 12)));
    jamal = addClient(
            w.database.db(),
            makeClient(QStringLiteral("Jamal"), QStringLiteral("Okafor"), QDate(1979, 7, 2)));
}

void ScheduleFixture::open(core::Role role)
{
    w.open(role);
    w.window->resize(1280, 900);
    w.window->showScheduleArea();
    if (!waitUntil([this] { return view()->isVisible() && !view()->plan().columns().isEmpty(); }))
        throw std::runtime_error("the calendar was never shown");
}

ui::SchedulePanel *ScheduleFixture::panel() const
{
    return w.window->schedulePanel();
}

ui::CalendarView *ScheduleFixture::view() const
{
    return panel()->calendarView();
}

QDateTime ScheduleFixture::at(int hour, int minute, const QDate &date) const
{
    return QDateTime(date, QTime(hour, minute), QTimeZone("Europe/London")).toUTC();
}

core::Appointment ScheduleFixture::book(qint64 clientId, const core::Therapist &therapist,
                                        const core::Room &room, const core::AppointmentType &type,
                                        const QDateTime &startUtc)
{
    core::BookingRequest request;
    request.clientId = clientId;
    request.therapistId = therapist.id;
    request.roomId = room.id;
    request.typeId = type.id;
    request.startUtc = startUtc;
    request.acknowledgeWarnings = true;
    const core::BookingOutcome outcome = required(appointments.book(desk, request));
    if (!outcome.saved)
        throw std::runtime_error("the booking was not saved");
    return outcome.appointment;
}

core::AppointmentDetails ScheduleFixture::stored(qint64 appointmentId)
{
    return required(appointments.details(desk, appointmentId));
}

int ScheduleFixture::columnOf(const core::Therapist &therapist) const
{
    return view()->plan().columnOf(today, therapist.id);
}

QPoint ScheduleFixture::point(int column, int minute) const
{
    return view()->pointAt(column, minute);
}

void ScheduleFixture::drag(const QPoint &from, const QPoint &to) const
{
    QTest::mousePress(view(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view(), from + (to - from) * step / 4);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
}

} // namespace stillpoint::test
