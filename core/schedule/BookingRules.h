// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/Availability.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/security/Session.h"

#include <QTimeZone>

namespace stillpoint::core {

class Database;

// What booking, moving and series share: the practice's time zone, the checks of the client,
// therapist, room and type, the times an appointment derives from its start, length and type,
// and the warnings of the availability rules. Internal to core/schedule (the services use it).
class BookingRules
{
public:
    BookingRules(Database &database, const Clock &clock);

    // The practice's zone (PracticeSettings); UTC when none is set or it is unknown.
    const QTimeZone &zone() const { return m_zone; }
    const QString &zoneId() const { return m_zoneId; }

    // The appointment a request describes, not stored: checks that the client exists and is not
    // archived, that therapist, room and type exist and are active, and the length.
    Result<Appointment> appointmentFor(const BookingRequest &request) const;
    // `current` with the change applied (a new type brings its buffer and price; a new therapist,
    // room or type must be active).
    Result<Appointment> changed(const Appointment &current, const AppointmentChange &change) const;
    // Sets start, end, buffer end and the local wall-clock start from a start and a length.
    void retime(Appointment &appointment, const QDateTime &startUtc, int durationMinutes,
                int bufferMinutes) const;

    Result<TherapistAvailability> availability(qint64 therapistId, const QDateTime &fromUtc,
                                               const QDateTime &toUtc) const;
    // Outside working hours, in time off, in the past.
    Result<QList<ScheduleWarning>> warnings(const Appointment &appointment) const;

    static ScheduleAuthor authorOf(const Session &session);
    static AuditEvent event(const Session &session, Operation operation, const QString &recordType,
                            qint64 recordId, qint64 clientId, const QString &detail);

private:
    Status checkActive(qint64 therapistId, qint64 roomId, qint64 typeId) const;

    Database &m_database;
    const Clock &m_clock;
    QString m_zoneId;
    QTimeZone m_zone;
};

} // namespace stillpoint::core
