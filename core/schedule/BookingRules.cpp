// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/BookingRules.h"

#include "core/clients/ClientRepository.h"
#include "core/schedule/ScheduleSetupRepository.h"
#include "core/schedule/ScheduleValidator.h"
#include "core/security/PracticeSettings.h"

namespace stillpoint::core {

BookingRules::BookingRules(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
    auto zone = PracticeSettings(database, clock).timeZoneId();
    m_zoneId = zone ? zone.value() : QStringLiteral("UTC");
    m_zone = QTimeZone(m_zoneId.toUtf8());
    if (!m_zone.isValid()) {
        m_zoneId = QStringLiteral("UTC");
        m_zone = QTimeZone::utc();
    }
}

ScheduleAuthor BookingRules::authorOf(const Session &session)
{
    return ScheduleAuthor{ session.userId,
                           session.displayName.isEmpty() ? session.username : session.displayName };
}

AuditEvent BookingRules::event(const Session &session, Operation operation,
                               const QString &recordType, qint64 recordId, qint64 clientId,
                               const QString &detail)
{
    return auditEvent(session, operation, clientId, recordType, recordId, detail);
}

void BookingRules::retime(Appointment &appointment, const QDateTime &startUtc, int durationMinutes,
                          int bufferMinutes) const
{
    appointment.startUtc = startUtc.toUTC();
    appointment.endUtc = appointment.startUtc.addSecs(qint64(durationMinutes) * 60);
    appointment.bufferEndUtc = appointment.endUtc.addSecs(qint64(bufferMinutes) * 60);
    appointment.timeZoneId = m_zoneId;
    const QDateTime local = appointment.startUtc.toTimeZone(m_zone);
    appointment.localDate = local.date();
    appointment.localTime = local.time();
}

Status BookingRules::checkActive(qint64 therapistId, qint64 roomId, qint64 typeId) const
{
    ScheduleSetupRepository setup(m_database, m_clock);
    if (therapistId) {
        auto therapist = setup.therapist(therapistId);
        if (!therapist)
            return therapist.error();
        if (!therapist->active)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is no longer taking appointments.")
                                     .arg(therapist->displayName),
                             QStringLiteral("therapist"));
    }
    if (roomId) {
        auto room = setup.room(roomId);
        if (!room)
            return room.error();
        if (!room->active)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is not in use any more; choose another room.")
                                     .arg(room->name),
                             QStringLiteral("room"));
    }
    if (typeId) {
        auto type = setup.type(typeId);
        if (!type)
            return type.error();
        if (!type->active)
            return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("%1 is no longer offered; choose another type.").arg(type->name),
                    QStringLiteral("type"));
    }
    return {};
}

Result<Appointment> BookingRules::appointmentFor(const BookingRequest &request) const
{
    if (request.clientId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Choose the client to book."),
                         QStringLiteral("client"));
    auto client = ClientRepository(m_database, m_clock).find(request.clientId);
    if (!client)
        return client.error();
    if (client->archived)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1's record is archived; restore it before booking.")
                                 .arg(client->givenName),
                         QStringLiteral("client"));
    if (!request.startUtc.isValid() || request.startUtc.time().second() != 0
        || request.startUtc.time().msec() != 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a start time in whole minutes."),
                         QStringLiteral("start"));
    if (request.status != AppointmentStatus::Booked
        && request.status != AppointmentStatus::Confirmed)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A new appointment is booked or confirmed."),
                         QStringLiteral("status"));
    if (auto problem = ScheduleValidator::notesProblem(request.deskNotes, "deskNotes"))
        return *problem;
    if (Status active = checkActive(request.therapistId, request.roomId, request.typeId); !active)
        return active.error();
    if (!request.therapistId || !request.roomId || !request.typeId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose the therapist, the room and the type."),
                         !request.therapistId      ? QStringLiteral("therapist")
                                 : !request.roomId ? QStringLiteral("room")
                                                   : QStringLiteral("type"));
    auto type = ScheduleSetupRepository(m_database, m_clock).type(request.typeId);
    if (!type)
        return type.error();
    const int minutes =
            request.durationMinutes > 0 ? request.durationMinutes : type->defaultMinutes;
    if (auto problem = ScheduleValidator::durationProblem(minutes))
        return *problem;

    Appointment appointment;
    appointment.clientId = request.clientId;
    appointment.therapistId = request.therapistId;
    appointment.roomId = request.roomId;
    appointment.typeId = request.typeId;
    appointment.status = request.status;
    appointment.deskNotes = request.deskNotes.trimmed();
    appointment.priceCents = type->priceCents;
    retime(appointment, request.startUtc, minutes, type->bufferMinutes);
    return appointment;
}

Result<Appointment> BookingRules::changed(const Appointment &current,
                                          const AppointmentChange &change) const
{
    Appointment next = current;
    next.rowVersion = change.expectedRowVersion;
    const auto differs = [](const std::optional<qint64> &wanted, qint64 now) {
        return wanted && *wanted != now ? *wanted : qint64(0);
    };
    if (Status active = checkActive(differs(change.therapistId, current.therapistId),
                                    differs(change.roomId, current.roomId),
                                    differs(change.typeId, current.typeId));
        !active)
        return active.error();
    if (change.therapistId)
        next.therapistId = *change.therapistId;
    if (change.roomId)
        next.roomId = *change.roomId;
    int buffer = current.bufferMinutes();
    if (change.typeId && *change.typeId != current.typeId) {
        auto type = ScheduleSetupRepository(m_database, m_clock).type(*change.typeId);
        if (!type)
            return type.error();
        next.typeId = type->id;
        buffer = type->bufferMinutes;
        next.priceCents = type->priceCents;
    }
    if (change.deskNotes) {
        if (auto problem = ScheduleValidator::notesProblem(*change.deskNotes, "deskNotes"))
            return *problem;
        next.deskNotes = change.deskNotes->trimmed();
    }
    const QDateTime start = change.startUtc ? *change.startUtc : current.startUtc;
    if (!start.isValid() || start.time().second() != 0 || start.time().msec() != 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a start time in whole minutes."),
                         QStringLiteral("start"));
    const int minutes =
            change.durationMinutes ? *change.durationMinutes : current.durationMinutes();
    if (auto problem = ScheduleValidator::durationProblem(minutes))
        return *problem;
    retime(next, start, minutes, buffer);
    if (!change.startUtc && current.timeZoneId == next.timeZoneId) {
        // Unmoved: keep the wall-clock time it was booked for.
        next.localDate = current.localDate;
        next.localTime = current.localTime;
    }
    return next;
}

Result<TherapistAvailability> BookingRules::availability(qint64 therapistId,
                                                         const QDateTime &fromUtc,
                                                         const QDateTime &toUtc) const
{
    ScheduleSetupRepository setup(m_database, m_clock);
    auto therapist = setup.therapist(therapistId);
    if (!therapist)
        return therapist.error();
    auto hours = setup.workingHours(therapistId);
    if (!hours)
        return hours.error();
    auto away = setup.timeOff(therapistId, fromUtc, toUtc);
    if (!away)
        return away.error();
    TherapistAvailability availability;
    availability.therapistId = therapistId;
    availability.name = therapist->displayName;
    availability.hours = hours.value();
    availability.timeOff = away.value();
    return availability;
}

Result<QList<ScheduleWarning>> BookingRules::warnings(const Appointment &appointment) const
{
    auto therapist = availability(appointment.therapistId, appointment.startUtc.addDays(-1),
                                  appointment.endUtc.addDays(1));
    if (!therapist)
        return therapist.error();
    return Availability::warnings(therapist.value(), appointment.startUtc, appointment.endUtc,
                                  m_clock.nowUtc(), m_zone);
}

} // namespace stillpoint::core
