// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/schedule/SchedulePractice.h"

#include "core/security/AuditTrail.h"
#include "core/security/UserRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

namespace stillpoint::test {

using namespace core;

const QDate SchedulePractice::monday(2026, 3, 2);

namespace {

// Accounts made directly (no password hashing: these tests never sign in), as sessions.
Session account(Database &db, const QString &username, const QString &displayName, Role role)
{
    UserAccount user;
    user.username = username;
    user.displayName = displayName;
    user.role = role;
    Transaction transaction(db);
    REQUIRE(transaction.status().ok());
    auto id = UserRepository(db).insert(user, QByteArray("not a real hash"),
                                        QDateTime::currentDateTimeUtc());
    REQUIRE(id.ok());
    REQUIRE(transaction.commit().ok());
    return Session{ id.value(), username, displayName, role, {} };
}

} // namespace

SchedulePractice::SchedulePractice(const QString &zoneId)
    : zone(zoneId.toUtf8()),
      clock(QDateTime(monday, QTime(7, 0), QTimeZone(zoneId.toUtf8())).toUTC()),
      clients(t.db(), clock), setup(t.db(), clock), appointments(t.db(), clock),
      series(t.db(), clock), waitlist(t.db(), clock)
{
    REQUIRE(zone.isValid());
    {
        Transaction transaction(t.db());
        REQUIRE(UserRepository(t.db())
                        .setSetting(QStringLiteral("practice.timeZone"), zoneId)
                        .ok());
        REQUIRE(transaction.commit().ok());
    }
    owner = account(t.db(), QStringLiteral("olivia"), QStringLiteral("Olivia Owner"), Role::Owner);
    therapist = account(t.db(), QStringLiteral("theo"), QStringLiteral("Theo Therapist"),
                        Role::Therapist);
    desk = account(t.db(), QStringLiteral("frankie"), QStringLiteral("Frankie Desk"),
                   Role::FrontDesk);

    theo = setup.addTherapist(owner,
                              Therapist{ 0, therapist.userId, QStringLiteral("Theo"), true, 0 })
                   .value();
    olivia = setup.addTherapist(owner,
                                Therapist{ 0, owner.userId, QStringLiteral("Olivia"), true, 0 })
                     .value();
    QList<WorkingInterval> theoHours;
    QList<WorkingInterval> oliviaHours;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        theoHours << WorkingInterval::of(day, QTime(9, 0), QTime(17, 0));
        oliviaHours << WorkingInterval::of(day, QTime(9, 0), QTime(13, 0))
                    << WorkingInterval::of(day, QTime(14, 0), QTime(18, 0));
    }
    REQUIRE(setup.setWorkingHours(owner, theo.id, theoHours).ok());
    REQUIRE(setup.setWorkingHours(owner, olivia.id, oliviaHours).ok());
    room1 = setup.addRoom(owner, Room{ 0, QStringLiteral("Room 1"), QString(), true, 0 }).value();
    room2 = setup.addRoom(owner, Room{ 0, QStringLiteral("Room 2"), QString(), true, 0 }).value();
    treatment60 = setup.addType(owner,
                                AppointmentType{ 0, QStringLiteral("Treatment 60 min"), 60, 15,
                                                 QStringLiteral("#26A69A"), 9000, true, 0 })
                          .value();
    followUp30 = setup.addType(owner,
                               AppointmentType{ 0, QStringLiteral("Follow-up 30 min"), 30, 0,
                                                QStringLiteral("#ffa726"), 5000, true, 0 })
                         .value();
    assessment90 =
            setup.addType(owner,
                          AppointmentType{ 0, QStringLiteral("Initial migraine assessment 90 min"),
                                           90, 15, QStringLiteral("#7e57c2"), 12000, true, 0 })
                    .value();
    ines = addClient(QStringLiteral("Inés"), QStringLiteral("Duarte"));
    jamal = addClient(QStringLiteral("Jamal"), QStringLiteral("Okafor"));
    kai = addClient(QStringLiteral("Kaito"), QStringLiteral("Sato"), QStringLiteral("Kai"));
}

qint64 SchedulePractice::addClient(const QString &given, const QString &family,
                                   const QString &preferred)
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    client.preferredName = preferred;
    auto created = clients.create(owner, client);
    REQUIRE(created.ok());
    return created->id;
}

QDateTime SchedulePractice::at(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, zone).toUTC();
}

BookingRequest SchedulePractice::request(qint64 clientId, const Therapist &who, const Room &room,
                                         const AppointmentType &type,
                                         const QDateTime &startUtc) const
{
    BookingRequest request;
    request.clientId = clientId;
    request.therapistId = who.id;
    request.roomId = room.id;
    request.typeId = type.id;
    request.startUtc = startUtc;
    return request;
}

Appointment SchedulePractice::book(qint64 clientId, const Therapist &who, const Room &room,
                                   const AppointmentType &type, const QDateTime &startUtc)
{
    auto booked = appointments.book(desk, request(clientId, who, room, type, startUtc));
    INFO((booked.ok() ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.ok());
    INFO((booked->warnings.isEmpty() ? QString() : booked->warnings.constFirst().message)
                 .toStdString());
    REQUIRE(booked->saved);
    return booked->appointment;
}

int SchedulePractice::auditRows(const QString &operation, bool denied)
{
    AuditFilter filter;
    filter.operation = operation;
    filter.limit = 100000;
    int count = 0;
    for (const AuditEntry &entry : AuditTrail(t.db(), clock).entries(filter).value())
        count += (entry.event.outcome == AuditOutcome::Denied) == denied ? 1 : 0;
    return count;
}

} // namespace stillpoint::test
