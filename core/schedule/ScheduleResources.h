// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace stillpoint::core {

// Someone who can be booked: a signed-in account (therapist or owner) that treats clients.
// Deactivated therapists keep their appointments but cannot be booked.
struct Therapist
{
    qint64 id = 0; // 0 until stored
    qint64 userId = 0; // the account this therapist signs in with
    QString displayName; // shown on the calendar: "Theo"
    bool active = true;
    int rowVersion = 0;

    friend bool operator==(const Therapist &, const Therapist &) = default;
};

// One stretch of a working day in the practice's wall-clock time: Monday 09:00–13:00. A day may
// have several (a lunch break between them); they never overlap.
struct WorkingInterval
{
    int weekday = 1; // Qt::Monday (1) … Qt::Sunday (7)
    int startMinute = 0; // minutes after local midnight, 0..1439
    int endMinute = 0; // 1..1440 (1440: until midnight), after startMinute

    static WorkingInterval of(int weekday, const QTime &start, const QTime &end);
    QTime startTime() const;
    QTime endTime() const; // 00:00 when the interval runs to midnight
    friend bool operator==(const WorkingInterval &, const WorkingInterval &) = default;
};

// A therapist away (holiday, course). The reason is for the desk, never clinical.
struct TimeOff
{
    qint64 id = 0;
    qint64 therapistId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    QString reason;

    friend bool operator==(const TimeOff &, const TimeOff &) = default;
};

// A treatment room. `notes` say what matters for booking ("ground floor").
struct Room
{
    qint64 id = 0;
    QString name;
    QString notes;
    bool active = true;
    int rowVersion = 0;

    friend bool operator==(const Room &, const Room &) = default;
};

// What is booked: "Treatment 60 min". The buffer after it (room turnover, notes) blocks the
// therapist and the room as well. The price is in the practice's currency, in cents.
struct AppointmentType
{
    qint64 id = 0;
    QString name;
    int defaultMinutes = 60; // 5..720
    int bufferMinutes = 0; // 0..240
    QString colour = QStringLiteral("#4a90d9"); // "#rrggbb", stored in lower case
    qint64 priceCents = 0;
    bool active = true;
    int rowVersion = 0;

    friend bool operator==(const AppointmentType &, const AppointmentType &) = default;
};

} // namespace stillpoint::core
