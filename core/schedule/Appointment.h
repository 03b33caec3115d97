// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace stillpoint::core {

// Where an appointment stands. Booked, confirmed and arrived hold the therapist's and the room's
// time; completed holds it too (it happened). Cancelled and no-show free it, but the appointment
// is kept: nothing that happened or was missed is ever deleted.
enum class AppointmentStatus { Booked, Confirmed, Arrived, Completed, Cancelled, NoShow };

namespace AppointmentStatuses {
// Stable key stored in the database: "booked", "confirmed", "arrived", "completed", "cancelled",
// "no-show".
QString key(AppointmentStatus status);
std::optional<AppointmentStatus> fromKey(const QString &key);
// Shown to people: "Booked", "Checked in" …
QString label(AppointmentStatus status);
// Does an appointment in this status block its therapist and room (everything but cancelled and
// no-show)?
bool blocksTime(AppointmentStatus status);
// Can the desk still move or cancel it (booked or confirmed)?
bool isUpcoming(AppointmentStatus status);
// The status changes the desk may make with AppointmentService::setStatus (cancelling has its
// own call, with a reason): booked → confirmed; booked or confirmed → arrived (check-in),
// completed or no-show; arrived → completed or no-show; and the undos: completed → arrived, and
// confirmed, arrived, no-show or cancelled → booked (checked for collisions again).
bool canChange(AppointmentStatus from, AppointmentStatus to);
QList<AppointmentStatus> all();
} // namespace AppointmentStatuses

// Who called it off: a cancellation by the practice (the therapist is ill) never counts as late
// against the client.
enum class CancelledBy { Client, Practice };

// One appointment as stored. Instants are UTC; `timeZoneId`, `localDate` and `localTime` keep the
// practice's wall-clock time it was booked for. The buffer after (room turnover) blocks the
// therapist and the room until `bufferEndUtc`. `rowVersion` guards against overwriting someone
// else's change.
struct Appointment
{
    qint64 id = 0; // 0 until stored
    qint64 clientId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime bufferEndUtc; // end + the type's buffer
    QString timeZoneId; // the practice's IANA zone when booked, "Europe/London"
    QDate localDate; // the wall-clock start in that zone: date …
    QTime localTime; // … and time (kept apart: a QDateTime would bring the computer's own zone)
    AppointmentStatus status = AppointmentStatus::Booked;
    QDateTime cancelledAtUtc; // null unless cancelled
    QString cancelReason; // for the desk ("car broke down"), never clinical
    CancelledBy cancelledBy = CancelledBy::Client;
    bool lateCancellation = false; // cancelled by the client with less notice than the setting
    QDateTime arrivedAtUtc; // when checked in; null otherwise
    QString deskNotes; // for the front desk, never clinical
    qint64 priceCents = 0; // the type's price when booked
    qint64 seriesId = 0; // 0 when not part of a recurring series
    int occurrenceIndex = 0; // 1-based position in the series; 0 when not in one
    QDateTime createdAtUtc;
    QString createdBy;
    QDateTime changedAtUtc;
    QString changedBy;
    int rowVersion = 0;

    int durationMinutes() const { return static_cast<int>(startUtc.secsTo(endUtc) / 60); }
    int bufferMinutes() const { return static_cast<int>(endUtc.secsTo(bufferEndUtc) / 60); }
    bool blocksTime() const { return AppointmentStatuses::blocksTime(status); }
};

// An appointment with the names the desk needs to read it: what AppointmentService::details()
// returns. Contact details stay in the client record; nothing clinical is here.
struct AppointmentDetails
{
    Appointment appointment;
    QString clientName; // the client's display name
    QString clientFirstName; // preferred name, or given name
    QString therapistName;
    QString roomName;
    QString typeName;
    QString colour; // the type's "#rrggbb"
};

// What a calendar may show of one appointment. Calendars may sync to phones, so: the client's
// first name only, the type, the room, the status, never anything clinical.
struct CalendarItem
{
    qint64 appointmentId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    qint64 clientId = 0;
    qint64 seriesId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime bufferEndUtc;
    AppointmentStatus status = AppointmentStatus::Booked;
    bool lateCancellation = false;
    QString clientFirstName;
    QString typeName;
    QString roomName;
    QString therapistName;
    QString colour; // the type's "#rrggbb"
    int rowVersion = 0;
};

// Which appointments a calendar view wants. An empty id list means every therapist (or room);
// appointments are returned when any part of [start, end) lies in [fromUtc, toUtc).
struct CalendarQuery
{
    QDateTime fromUtc;
    QDateTime toUtc;
    QList<qint64> therapistIds;
    QList<qint64> roomIds;
    bool includeCancelled = false; // no-shows are always included (they were missed, not freed)
};

// A client's record of attendance, shown when booking.
struct AttendanceCounts
{
    int completed = 0;
    int upcoming = 0; // booked, confirmed or arrived, from now on
    int noShows = 0;
    int cancellations = 0;
    int lateCancellations = 0;
};

// Another appointment that a proposed time collides with, for one of the two resources.
// `message` names it the way the desk sees it: "Room 2 is taken by Ines's 10:00 Treatment 60 min
// until 11:15 on Tue 2026-03-03." (first name at most, never clinical).
struct ScheduleConflict
{
    enum class Resource { Therapist, Room };
    Resource resource = Resource::Therapist;
    qint64 appointmentId = 0;
    QDateTime startUtc;
    QDateTime bufferEndUtc;
    QString resourceName; // "Room 2", "Theo"
    QString clientFirstName;
    QString typeName;
    QString message;
};

// What to do when some occurrences of a series (or of an edit to one) collide with other
// appointments: book (or change) none of them, or only those that are free.
enum class ConflictPolicy { RefuseAll, SkipConflicting };

// Who is writing, for the created_by / changed_by columns.
struct ScheduleAuthor
{
    qint64 userId = 0; // 0 only for demo data written before any user exists
    QString name;
};

// Something about a proposed time that is allowed but needs the desk's confirmation.
struct ScheduleWarning
{
    enum class Kind { OutsideWorkingHours, TimeOff, InThePast };
    Kind kind = Kind::OutsideWorkingHours;
    QString message;

    friend bool operator==(const ScheduleWarning &, const ScheduleWarning &) = default;
};

} // namespace stillpoint::core
