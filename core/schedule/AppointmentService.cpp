// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/AppointmentService.h"

#include "core/schedule/AppointmentRepository.h"
#include "core/schedule/BookingRules.h"
#include "core/schedule/ScheduleSetupRepository.h"
#include "core/schedule/ScheduleSql.h"
#include "core/schedule/WaitlistService.h"
#include "core/security/AccessControl.h"
#include "core/security/PracticeSettings.h"

namespace stillpoint::core {

namespace {

const QString appointmentRecord = QStringLiteral("appointment");

AppointmentRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                             const Session &session, qint64 clientId,
                                             const QString &detail)
{
    return [&database, &clock, session, clientId, detail](const Transaction &transaction,
                                                          qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        BookingRules::event(session, Operation::ScheduleWrite, appointmentRecord,
                                            recordId, clientId, detail));
    };
}

QString when(const Appointment &appointment)
{
    return ScheduleSql::utcText(appointment.startUtc);
}

Error notChangeable(const Appointment &appointment)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("This appointment is %1; only upcoming or checked-in "
                                    "appointments can be moved or changed.")
                             .arg(AppointmentStatuses::label(appointment.status).toLower()),
                     QStringLiteral("status"));
}

} // namespace

AppointmentService::AppointmentService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<BookingOutcome> AppointmentService::book(const Session &session,
                                                const BookingRequest &request)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleWrite, request.clientId);
        !allowed)
        return allowed.error();
    const BookingRules rules(m_database, m_clock);
    auto appointment = rules.appointmentFor(request);
    if (!appointment)
        return appointment.error();
    auto warnings = rules.warnings(appointment.value());
    if (!warnings)
        return warnings.error();
    if (!warnings->isEmpty() && !request.acknowledgeWarnings)
        return BookingOutcome{ false, appointment.value(), warnings.value() };
    auto stored = AppointmentRepository(m_database, m_clock)
                          .insert(appointment.value(), BookingRules::authorOf(session),
                                  auditing(m_database, m_clock, session, request.clientId,
                                           QStringLiteral("booked for %1")
                                                   .arg(when(appointment.value()))));
    if (!stored)
        return stored.error();
    return BookingOutcome{ true, stored.value(), warnings.value() };
}

Result<BookingCheck> AppointmentService::check(const Session &session,
                                               const BookingRequest &request,
                                               qint64 movingAppointmentId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleRead, request.clientId);
        !allowed)
        return allowed.error();
    const BookingRules rules(m_database, m_clock);
    auto appointment = rules.appointmentFor(request);
    if (!appointment)
        return appointment.error();
    appointment.value().id = movingAppointmentId;
    auto conflicts = AppointmentRepository(m_database, m_clock).conflicts(appointment.value());
    if (!conflicts)
        return conflicts.error();
    auto warnings = rules.warnings(appointment.value());
    if (!warnings)
        return warnings.error();
    return BookingCheck{ conflicts.value(), warnings.value() };
}

Result<BookingOutcome> AppointmentService::reschedule(const Session &session,
                                                      const AppointmentChange &change)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    AppointmentRepository repository(m_database, m_clock);
    auto current = repository.find(change.appointmentId);
    if (!current)
        return current.error();
    if (!AppointmentStatuses::isUpcoming(current->status)
        && current->status != AppointmentStatus::Arrived)
        return notChangeable(current.value());
    const BookingRules rules(m_database, m_clock);
    auto next = rules.changed(current.value(), change);
    if (!next)
        return next.error();
    auto warnings = rules.warnings(next.value());
    if (!warnings)
        return warnings.error();
    if (next->startUtc == current->startUtc) {
        // Resizing one that has begun is not booking in the past.
        warnings.value().removeIf([](const ScheduleWarning &warning) {
            return warning.kind == ScheduleWarning::Kind::InThePast;
        });
    }
    if (!warnings->isEmpty() && !change.acknowledgeWarnings)
        return BookingOutcome{ false, next.value(), warnings.value() };
    const QString detail = next->startUtc != current->startUtc
            ? QStringLiteral("moved from %1 to %2").arg(when(current.value()), when(next.value()))
            : QStringLiteral("changed");
    auto stored =
            repository.update(next.value(), BookingRules::authorOf(session),
                              auditing(m_database, m_clock, session, current->clientId, detail));
    if (!stored)
        return stored.error();
    return BookingOutcome{ true, stored.value(), warnings.value() };
}

Result<BookingOutcome> AppointmentService::move(const Session &session, qint64 appointmentId,
                                                int expectedRowVersion,
                                                const QDateTime &newStartUtc,
                                                bool acknowledgeWarnings)
{
    AppointmentChange change;
    change.appointmentId = appointmentId;
    change.expectedRowVersion = expectedRowVersion;
    change.startUtc = newStartUtc;
    change.acknowledgeWarnings = acknowledgeWarnings;
    return reschedule(session, change);
}

Result<BookingOutcome> AppointmentService::resize(const Session &session, qint64 appointmentId,
                                                  int expectedRowVersion,
                                                  const QDateTime &newEndUtc,
                                                  bool acknowledgeWarnings)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    auto current = AppointmentRepository(m_database, m_clock).find(appointmentId);
    if (!current)
        return current.error();
    AppointmentChange change;
    change.appointmentId = appointmentId;
    change.expectedRowVersion = expectedRowVersion;
    change.durationMinutes = static_cast<int>(current->startUtc.secsTo(newEndUtc) / 60);
    change.acknowledgeWarnings = acknowledgeWarnings;
    return reschedule(session, change);
}

Result<Appointment> AppointmentService::setStatus(const Session &session, qint64 appointmentId,
                                                  int expectedRowVersion, AppointmentStatus status)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    AppointmentRepository repository(m_database, m_clock);
    auto current = repository.find(appointmentId);
    if (!current)
        return current.error();
    if (!AppointmentStatuses::canChange(current->status, status))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("An appointment that is %1 cannot be marked %2.")
                                 .arg(AppointmentStatuses::label(current->status).toLower(),
                                      AppointmentStatuses::label(status).toLower()),
                         QStringLiteral("status"));
    const QDateTime now = m_clock.nowUtc();
    if ((status == AppointmentStatus::Completed || status == AppointmentStatus::NoShow)
        && now < current->startUtc)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This appointment has not begun yet; it can be marked %1 "
                                        "from its start time.")
                                 .arg(AppointmentStatuses::label(status).toLower()),
                         QStringLiteral("status"));
    const BookingRules rules(m_database, m_clock);
    if (status == AppointmentStatus::Arrived
        && current->startUtc.toTimeZone(rules.zone()).date() > now.toTimeZone(rules.zone()).date())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Check-in is for today's appointments; this one is on %1.")
                                 .arg(Availability::localDateText(current->startUtc, rules.zone())),
                         QStringLiteral("status"));
    Appointment next = current.value();
    next.rowVersion = expectedRowVersion;
    next.status = status;
    if (status == AppointmentStatus::Arrived && !next.arrivedAtUtc.isValid())
        next.arrivedAtUtc = now;
    if (status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed) {
        next.arrivedAtUtc = {};
        next.cancelledAtUtc = {};
        next.cancelReason.clear();
        next.lateCancellation = false;
    }
    return repository.update(next, BookingRules::authorOf(session),
                             auditing(m_database, m_clock, session, current->clientId,
                                      QStringLiteral("status %1 to %2")
                                              .arg(AppointmentStatuses::key(current->status),
                                                   AppointmentStatuses::key(status))));
}

Result<Appointment> AppointmentService::checkIn(const Session &session, qint64 appointmentId,
                                                int expectedRowVersion)
{
    return setStatus(session, appointmentId, expectedRowVersion, AppointmentStatus::Arrived);
}

Result<CancellationOutcome> AppointmentService::cancel(const Session &session, qint64 appointmentId,
                                                       int expectedRowVersion,
                                                       const CancelRequest &request)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty() || reason.size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Give a short reason for the cancellation (at most 200 "
                                        "characters)."),
                         QStringLiteral("reason"));
    AppointmentRepository repository(m_database, m_clock);
    auto current = repository.find(appointmentId);
    if (!current)
        return current.error();
    if (!AppointmentStatuses::isUpcoming(current->status))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Only a booked or confirmed appointment can be cancelled; "
                                        "this one is %1.")
                                 .arg(AppointmentStatuses::label(current->status).toLower()),
                         QStringLiteral("status"));
    auto noticeHours = PracticeSettings(m_database, m_clock).lateCancellationHours();
    if (!noticeHours)
        return noticeHours.error();
    const QDateTime now = m_clock.nowUtc();
    Appointment next = current.value();
    next.rowVersion = expectedRowVersion;
    next.status = AppointmentStatus::Cancelled;
    next.cancelledAtUtc = now;
    next.cancelReason = reason;
    next.cancelledBy = request.by;
    next.lateCancellation = request.by == CancelledBy::Client
            && now.secsTo(current->startUtc) < qint64(noticeHours.value()) * 3600;
    // The reason stays out of the audit trail: the desk may have written something about health.
    auto stored = repository.update(
            next, BookingRules::authorOf(session),
            auditing(m_database, m_clock, session, current->clientId,
                     QStringLiteral("cancelled by the %1%2")
                             .arg(request.by == CancelledBy::Client ? QStringLiteral("client")
                                                                    : QStringLiteral("practice"),
                                  next.lateCancellation ? QStringLiteral(", late") : QString())));
    if (!stored)
        return stored.error();
    auto matches = WaitlistService::findMatches(m_database, m_clock, stored.value());
    if (!matches)
        return matches.error();
    return CancellationOutcome{ stored.value(), matches.value() };
}

Result<QList<CalendarItem>> AppointmentService::calendar(const Session &session,
                                                         const CalendarQuery &query) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    if (!query.fromUtc.isValid() || !query.toUtc.isValid() || query.toUtc <= query.fromUtc
        || query.fromUtc.daysTo(query.toUtc) > 366)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a range of dates of at most a year."),
                         QStringLiteral("range"));
    return AppointmentRepository(m_database, m_clock).calendar(query);
}

Result<AppointmentDetails> AppointmentService::details(const Session &session,
                                                       qint64 appointmentId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    auto found = AppointmentRepository(m_database, m_clock).details(appointmentId);
    if (!found)
        return found;
    if (Status audited = AuditTrail(m_database, m_clock)
                                 .record(BookingRules::event(session, Operation::ScheduleRead,
                                                             appointmentRecord, appointmentId,
                                                             found->appointment.clientId,
                                                             QStringLiteral("opened")));
        !audited)
        return audited.error();
    return found;
}

Result<QList<CalendarItem>> AppointmentService::clientAppointments(const Session &session,
                                                                   qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleRead, clientId);
        !allowed)
        return allowed.error();
    return AppointmentRepository(m_database, m_clock).clientAppointments(clientId);
}

Result<AttendanceCounts> AppointmentService::attendance(const Session &session,
                                                        qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleRead, clientId);
        !allowed)
        return allowed.error();
    return AppointmentRepository(m_database, m_clock).attendance(clientId, m_clock.nowUtc());
}

Result<std::optional<FreeSlot>> AppointmentService::nextFreeSlot(const Session &session,
                                                                 const SlotQuery &query) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    ScheduleSetupRepository setup(m_database, m_clock);
    auto type = setup.type(query.typeId);
    if (!type)
        return type.error();
    SlotRequest request;
    request.durationMinutes =
            query.durationMinutes > 0 ? query.durationMinutes : type->defaultMinutes;
    request.bufferMinutes = type->bufferMinutes;
    request.fromUtc = query.fromUtc.isValid() ? query.fromUtc.toUTC() : m_clock.nowUtc();
    request.searchDays = qBound(1, query.searchDays, 366);
    request.stepMinutes = qBound(5, query.stepMinutes, 60);
    const QDateTime to = request.fromUtc.addDays(request.searchDays + 2);

    QList<Therapist> therapists;
    if (query.therapistId) {
        auto one = setup.therapist(query.therapistId);
        if (!one)
            return one.error();
        therapists << one.value();
    } else {
        auto all = setup.therapists();
        if (!all)
            return all.error();
        therapists = all.value();
    }
    QList<Room> rooms;
    if (query.roomId) {
        auto one = setup.room(query.roomId);
        if (!one)
            return one.error();
        rooms << one.value();
    } else {
        auto all = setup.rooms();
        if (!all)
            return all.error();
        rooms = all.value();
    }
    AppointmentRepository repository(m_database, m_clock);
    auto therapistBusy = repository.busyByTherapist(request.fromUtc, to);
    if (!therapistBusy)
        return therapistBusy.error();
    auto roomBusy = repository.busyByRoom(request.fromUtc, to);
    if (!roomBusy)
        return roomBusy.error();
    auto away = setup.timeOff(0, request.fromUtc, to);
    if (!away)
        return away.error();

    QList<TherapistAvailability> candidates;
    for (const Therapist &therapist : std::as_const(therapists)) {
        if (!therapist.active)
            continue;
        auto hours = setup.workingHours(therapist.id);
        if (!hours)
            return hours.error();
        TherapistAvailability availability{ therapist.id,
                                            therapist.displayName,
                                            hours.value(),
                                            {},
                                            therapistBusy->value(therapist.id) };
        for (const TimeOff &timeOff : std::as_const(away.value())) {
            if (timeOff.therapistId == therapist.id)
                availability.timeOff << timeOff;
        }
        candidates << availability;
    }
    QList<RoomAvailability> roomCandidates;
    for (const Room &room : std::as_const(rooms)) {
        if (room.active)
            roomCandidates << RoomAvailability{ room.id, room.name, roomBusy->value(room.id) };
    }
    return Availability::nextFreeSlot(candidates, roomCandidates, request,
                                      BookingRules(m_database, m_clock).zone());
}

} // namespace stillpoint::core
