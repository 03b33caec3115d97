// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/Recurrence.h"
#include "core/schedule/Waitlist.h"
#include "core/security/Session.h"

#include <QList>

namespace stillpoint::core {

class Database;

// What the desk asks for when booking a recurring series.
struct SeriesRequest
{
    qint64 clientId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    int durationMinutes = 0; // 0: the type's default length
    QString deskNotes;
    RecurrenceRule rule; // computed in the practice's time zone
};

// One occurrence as it would be booked (or changed), with what stands in its way.
struct SeriesOccurrence
{
    int index = 0; // 1-based position in the series
    qint64 appointmentId = 0; // the existing appointment for a change; 0 for a new series
    QDate localDate;
    QTime localTime;
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime bufferEndUtc;
    QList<ScheduleConflict> conflicts; // other appointments it collides with
    QList<ScheduleWarning> warnings; // outside working hours, time off, in the past

    bool isFree() const { return conflicts.isEmpty(); }
};

// Every occurrence a series (or a change to one) would book, each checked, for the desk to see
// before confirming.
struct SeriesPreview
{
    QList<SeriesOccurrence> occurrences;

    int conflicting() const;
    int withWarnings() const;
};

// What booking or changing a series did. When `saved` is false, occurrences that would be written
// have warnings the caller did not acknowledge (listed in `needingConfirmation`); nothing was
// written.
struct SeriesOutcome
{
    bool saved = false;
    qint64 seriesId = 0; // the series booked; after "this and following", the new series
    QList<Appointment> written;
    QList<SeriesOccurrence> skipped; // left out because they collide (SkipConflicting)
    QList<SeriesOccurrence> needingConfirmation;

    bool needsConfirmation() const { return !saved && !needingConfirmation.isEmpty(); }
};

// What cancelling part of a series did, and the waitlist entries that could take the freed times
// (each entry once, at its earliest suitable time).
struct SeriesCancellation
{
    QList<Appointment> cancelled;
    QList<WaitlistMatch> waitlistMatches;
};

// Recurring series as the signed-in user may book and change them (ScheduleWrite; previews need
// ScheduleRead). Occurrences fall on the same local wall-clock time every N weeks in the
// practice's zone, whatever daylight saving does. Every occurrence is checked for collisions and
// warnings; the caller books all or none of them, or only the free ones (ConflictPolicy). Edits
// and cancellations reach "this one", "this and following" (which splits the series: the
// following occurrences become a new series with the new rule) or "all" upcoming occurrences;
// what already happened is never changed. Every written appointment is audited.
class SeriesService
{
public:
    explicit SeriesService(Database &database, const Clock &clock = SystemClock::instance());

    Result<SeriesPreview> preview(const Session &session, const SeriesRequest &request) const;
    Result<SeriesOutcome> book(const Session &session, const SeriesRequest &request,
                               ConflictPolicy policy, bool acknowledgeWarnings = false);

    Result<RecurringSeries> series(const Session &session, qint64 seriesId) const;
    // The series' appointments in order, every status.
    Result<QList<Appointment>> appointments(const Session &session, qint64 seriesId) const;

    // What changing the occurrence `appointmentId` with `scope` would do, without writing.
    Result<SeriesPreview> previewChange(const Session &session, qint64 appointmentId,
                                        SeriesScope scope, const SeriesChange &change) const;
    Result<SeriesOutcome> change(const Session &session, qint64 appointmentId,
                                 int expectedRowVersion, SeriesScope scope,
                                 const SeriesChange &change, ConflictPolicy policy,
                                 bool acknowledgeWarnings = false);
    // Cancels the upcoming occurrences `scope` reaches from `appointmentId` (late flags as for
    // AppointmentService::cancel).
    Result<SeriesCancellation> cancel(const Session &session, qint64 appointmentId,
                                      int expectedRowVersion, SeriesScope scope,
                                      const CancelRequest &request);

private:
    struct Plan;
    Result<Plan> plan(qint64 appointmentId, int expectedRowVersion, SeriesScope scope,
                      const SeriesChange &change) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
