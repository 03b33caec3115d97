// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Availability.h"
#include "core/schedule/Waitlist.h"
#include "core/security/Session.h"

#include <QList>
#include <optional>

namespace stillpoint::core {

class Database;

// What the desk asks for when booking one appointment.
struct BookingRequest
{
    qint64 clientId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    QDateTime startUtc; // whole minutes
    int durationMinutes = 0; // 0: the type's default length
    AppointmentStatus status = AppointmentStatus::Booked; // Booked or Confirmed
    QString deskNotes;
    // The desk has seen the warnings (outside working hours, time off, in the past) and books
    // anyway. Conflicts with other appointments are never acknowledged away.
    bool acknowledgeWarnings = false;
};

// The answer to a booking or a move. When `saved` is false the request met warnings the caller
// did not acknowledge: nothing was written; show them and ask again with acknowledgeWarnings.
struct BookingOutcome
{
    bool saved = false;
    Appointment appointment; // as stored when saved; as it would be otherwise
    QList<ScheduleWarning> warnings;

    bool needsConfirmation() const { return !saved && !warnings.isEmpty(); }
};

// A move (drag), a resize (edge drag) or another change to one appointment. Unset fields stay.
// A new type brings its buffer and price; a new start keeps the length unless one is given.
struct AppointmentChange
{
    qint64 appointmentId = 0;
    int expectedRowVersion = 0;
    std::optional<QDateTime> startUtc;
    std::optional<int> durationMinutes;
    std::optional<qint64> therapistId;
    std::optional<qint64> roomId;
    std::optional<qint64> typeId;
    std::optional<QString> deskNotes;
    bool acknowledgeWarnings = false;
};

// Whether a proposed time is free, without writing anything: for live feedback while dragging.
struct BookingCheck
{
    QList<ScheduleConflict> conflicts;
    QList<ScheduleWarning> warnings;
    bool isFree() const { return conflicts.isEmpty(); }
};

// Why and by whom an appointment is called off. The reason is for the desk, never clinical.
struct CancelRequest
{
    QString reason; // required
    CancelledBy by = CancelledBy::Client;
};

// A cancellation and the waitlist entries that could take the freed time, best first (the
// longest waiting).
struct CancellationOutcome
{
    Appointment appointment;
    QList<WaitlistMatch> waitlistMatches;
};

// The next-free-slot search: a type (its length and buffer), a therapist and a room (0: any
// active one), from a time on, within working hours and outside time off.
struct SlotQuery
{
    qint64 typeId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    QDateTime fromUtc;
    int durationMinutes = 0; // 0: the type's default
    int searchDays = 60; // 1..366
    int stepMinutes = 15; // start times on this grid from the start of working hours
};

// Single appointments as the signed-in user may see and change them: booking, moving, resizing,
// status changes (check-in, completed, no-show), cancelling, the calendar's data, a client's
// attendance and the next free slot. Reading needs ScheduleRead and changing ScheduleWrite (the
// front desk has both); every check is in core and refusals are audited; every change writes an
// audit row (record type "appointment") in its own transaction, with no clinical detail.
// A time that overlaps another active appointment of the therapist or the room (buffers
// included, back-to-back allowed) is refused with a Conflict naming it; a time outside working
// hours, in time off or in the past needs the caller's acknowledgement (BookingOutcome).
class AppointmentService
{
public:
    explicit AppointmentService(Database &database, const Clock &clock = SystemClock::instance());

    Result<BookingOutcome> book(const Session &session, const BookingRequest &request);
    // Conflicts and warnings for a proposed booking, ignoring `movingAppointmentId` (the one being
    // dragged). Writes nothing.
    Result<BookingCheck> check(const Session &session, const BookingRequest &request,
                               qint64 movingAppointmentId = 0) const;
    // Moves, resizes or otherwise changes an upcoming or checked-in appointment (same checks as
    // booking); for an occurrence of a series this changes that one only.
    Result<BookingOutcome> reschedule(const Session &session, const AppointmentChange &change);
    Result<BookingOutcome> move(const Session &session, qint64 appointmentId,
                                int expectedRowVersion, const QDateTime &newStartUtc,
                                bool acknowledgeWarnings = false);
    Result<BookingOutcome> resize(const Session &session, qint64 appointmentId,
                                  int expectedRowVersion, const QDateTime &newEndUtc,
                                  bool acknowledgeWarnings = false);

    // Confirmed, arrived (check-in), completed, no-show, or back to booked (see
    // AppointmentStatuses::canChange). No-show and completed need the start time to have passed.
    Result<Appointment> setStatus(const Session &session, qint64 appointmentId,
                                  int expectedRowVersion, AppointmentStatus status);
    Result<Appointment> checkIn(const Session &session, qint64 appointmentId,
                                int expectedRowVersion);
    // Cancels an upcoming appointment with a reason. A client's cancellation with less notice than
    // PracticeSettings::lateCancellationHours() is marked late. Returns the waitlist entries that
    // could take the freed time.
    Result<CancellationOutcome> cancel(const Session &session, qint64 appointmentId,
                                       int expectedRowVersion, const CancelRequest &request);

    // What a day or week view shows: first name, type, room, status, colour; never clinical.
    Result<QList<CalendarItem>> calendar(const Session &session, const CalendarQuery &query) const;
    // One appointment in full for the desk (audited as a read).
    Result<AppointmentDetails> details(const Session &session, qint64 appointmentId) const;
    Result<QList<CalendarItem>> clientAppointments(const Session &session, qint64 clientId) const;
    // No-shows and late cancellations, shown when booking.
    Result<AttendanceCounts> attendance(const Session &session, qint64 clientId) const;
    // The earliest free slot, or none within the query's days.
    Result<std::optional<FreeSlot>> nextFreeSlot(const Session &session,
                                                 const SlotQuery &query) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
