// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"
#include "core/schedule/ScheduleResources.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace stillpoint::core {

// A half-open stretch of time [start, end) in UTC.
struct TimeSpan
{
    QDateTime start;
    QDateTime end;

    bool overlaps(const QDateTime &otherStart, const QDateTime &otherEnd) const
    {
        return start < otherEnd && otherStart < end;
    }
};

// What the availability rules need to know about one therapist over the searched days: working
// hours, time off, and the time already blocked by active appointments ([start, buffer end)).
struct TherapistAvailability
{
    qint64 therapistId = 0;
    QString name;
    QList<WorkingInterval> hours;
    QList<TimeOff> timeOff;
    QList<TimeSpan> busy;
};

// The time a room is already blocked by active appointments.
struct RoomAvailability
{
    qint64 roomId = 0;
    QString name;
    QList<TimeSpan> busy;
};

// What the next-free-slot search looks for: a treatment of `durationMinutes` followed by
// `bufferMinutes` of turnover, starting at or after `fromUtc`, on a grid of `stepMinutes` from
// the start of each working interval, within `searchDays` local days.
struct SlotRequest
{
    int durationMinutes = 60;
    int bufferMinutes = 0;
    QDateTime fromUtc;
    int searchDays = 60;
    int stepMinutes = 15;
};

// A time a type can be booked: the therapist and room are free from start to the buffer's end,
// the treatment lies within working hours and outside time off.
struct FreeSlot
{
    qint64 therapistId = 0;
    qint64 roomId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime bufferEndUtc;

    friend bool operator==(const FreeSlot &, const FreeSlot &) = default;
};

// The free time around an appointment that was just cancelled, for one therapist and room: a
// treatment may start at or after `startUtc`, must end by `treatmentEndLimitUtc` (the end of the
// working interval) and, with its buffer, by `blockEndLimitUtc` (the next appointment).
struct FreeGap
{
    qint64 therapistId = 0;
    qint64 roomId = 0;
    QDateTime startUtc;
    QDateTime treatmentEndLimitUtc;
    QDateTime blockEndLimitUtc;

    // Whether a treatment of `durationMinutes` + `bufferMinutes` can start at `startUtc`.
    bool fits(const QDateTime &start, int durationMinutes, int bufferMinutes) const;
};

// The pure rules of availability: working hours and time off turn into warnings, and free time is
// searched for, all in the practice's time zone. No storage here; the services load what these
// need. Working hours and time off apply to the treatment [start, end); the buffer after it may
// run past closing time, but never into another appointment.
namespace Availability {

// The working intervals of one local date as UTC spans, in order (a zone's daylight-saving change
// on that date is honoured).
QList<TimeSpan> workingSpans(const QList<WorkingInterval> &hours, const QDate &localDate,
                             const QTimeZone &zone);

// What the desk must confirm before booking the treatment [startUtc, endUtc) with this
// therapist: outside working hours, in time off, already past.
QList<ScheduleWarning> warnings(const TherapistAvailability &therapist, const QDateTime &startUtc,
                                const QDateTime &endUtc, const QDateTime &nowUtc,
                                const QTimeZone &zone);

// The earliest free slot over the given therapists and rooms (any of each), or none within the
// request's days. Ties go to the therapist and room listed first.
std::optional<FreeSlot> nextFreeSlot(const QList<TherapistAvailability> &therapists,
                                     const QList<RoomAvailability> &rooms,
                                     const SlotRequest &request, const QTimeZone &zone);

// The free time around [freedStart, freedEnd) once it is no longer blocked: from the end of the
// appointment before it (or the start of the working interval, or `notBeforeUtc`) to the start
// of the next one, for this therapist and room. `therapist.busy` and `room.busy` must not
// contain the freed appointment any more.
FreeGap freeGapAround(const TherapistAvailability &therapist, const RoomAvailability &room,
                      const QDateTime &freedStart, const QDateTime &freedEnd,
                      const QDateTime &notBeforeUtc, const QTimeZone &zone);

// "09:00" / "Tue 2026-03-03" in the practice's zone, as messages show them.
QString localTimeText(const QDateTime &utc, const QTimeZone &zone);
QString localDateText(const QDateTime &utc, const QTimeZone &zone);

} // namespace Availability

} // namespace stillpoint::core
