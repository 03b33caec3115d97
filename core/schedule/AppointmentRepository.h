// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Availability.h"
#include "core/schedule/Recurrence.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <functional>
#include <optional>

namespace stillpoint::core {

class Database;
class Transaction;

// An occurrence that was not booked or changed because it collides with another appointment.
struct SkippedOccurrence
{
    Appointment appointment; // as it would have been
    QList<ScheduleConflict> conflicts;
};

// What a write of several appointments at once did.
struct AppointmentBatch
{
    qint64 seriesId = 0; // the series written or changed (the new one after a split)
    QList<Appointment> saved; // as stored now
    QList<SkippedOccurrence> skipped;
};

// "This and following": the occurrences of `seriesId` from `fromIndex` on move to `newSeries`
// (renumbered from 1) and the old series ends before them.
struct SeriesSplit
{
    qint64 seriesId = 0;
    int fromIndex = 0;
    RecurringSeries newSeries;
};

// Storage of appointments and recurring series, with no access checks: AppointmentService and
// SeriesService check and audit; the demo practice writes through here. Every write runs in one
// BEGIN IMMEDIATE transaction that first looks for collisions with active appointments of the
// same therapist or room (refused with a Conflict naming the other appointment; the database's
// trigger stands behind this) and then calls `beforeCommit` (the audit row) inside it.
class AppointmentRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;
    using BatchBeforeCommit = std::function<Status(const Transaction &, const AppointmentBatch &)>;

    explicit AppointmentRepository(Database &database,
                                   const Clock &clock = SystemClock::instance());

    Result<Appointment> find(qint64 id) const;
    Result<AppointmentDetails> details(qint64 id) const;
    Result<QList<CalendarItem>> calendar(const CalendarQuery &query) const;
    // Every appointment of one client, newest first, cancelled ones included.
    Result<QList<CalendarItem>> clientAppointments(qint64 clientId) const;
    Result<AttendanceCounts> attendance(qint64 clientId, const QDateTime &nowUtc) const;

    // The active appointments (other than `excluded`) that the proposed appointment's therapist or
    // room would collide with over [start, buffer end), earliest first, each with its message.
    Result<QList<ScheduleConflict>> conflicts(const Appointment &proposed,
                                              const QSet<qint64> &excluded = {}) const;
    // The time blocked ([start, buffer end) of active appointments) that overlaps [from, to),
    // per therapist and per room, for the availability rules; `excluded` is left out.
    Result<QHash<qint64, QList<TimeSpan>>>
    busyByTherapist(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 excluded = 0) const;
    Result<QHash<qint64, QList<TimeSpan>>>
    busyByRoom(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 excluded = 0) const;

    Result<RecurringSeries> series(qint64 seriesId) const;
    // The series' appointments in occurrence order.
    Result<QList<Appointment>> seriesAppointments(qint64 seriesId) const;

    // Stores a new appointment (id and rowVersion are ignored).
    Result<Appointment> insert(const Appointment &appointment, const ScheduleAuthor &author,
                               const BeforeCommit &beforeCommit = {});
    // Stores every field of `appointment`; Conflict when its rowVersion is not the stored one or
    // when, blocking time, it collides with another appointment.
    Result<Appointment> update(const Appointment &appointment, const ScheduleAuthor &author,
                               const BeforeCommit &beforeCommit = {});
    // Updates several appointments in one transaction (collisions among themselves are not
    // counted: they move together). With RefuseAll one collision refuses the lot; with
    // SkipConflicting the colliding ones are left as they were. A stale rowVersion refuses the
    // lot. Then splits or rewrites the series when asked.
    Result<AppointmentBatch> updateMany(const QList<Appointment> &appointments,
                                        ConflictPolicy policy, const ScheduleAuthor &author,
                                        const BatchBeforeCommit &beforeCommit = {},
                                        const std::optional<SeriesSplit> &split = {},
                                        const std::optional<RecurringSeries> &rewrite = {});
    // Stores a series and its occurrences (each carrying its occurrenceIndex). Refused when no
    // occurrence can be booked.
    Result<AppointmentBatch> insertSeries(const RecurringSeries &series,
                                          const QList<Appointment> &occurrences,
                                          ConflictPolicy policy, const ScheduleAuthor &author,
                                          const BatchBeforeCommit &beforeCommit = {});

private:
    Status writeUpdate(const Appointment &appointment, const ScheduleAuthor &author);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
