// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleSetupService.h"

#include "core/schedule/BookingRules.h"
#include "core/schedule/ScheduleSetupRepository.h"
#include "core/schedule/ScheduleValidator.h"
#include "core/security/AccessControl.h"

namespace stillpoint::core {

namespace {

ScheduleSetupRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                               const Session &session, const QString &recordType,
                                               const QString &detail)
{
    return [&database, &clock, session, recordType, detail](const Transaction &transaction,
                                                            qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        BookingRules::event(session, Operation::ScheduleManage, recordType,
                                            recordId, 0, detail));
    };
}

Status firstProblem(const QList<Error> &problems)
{
    if (problems.isEmpty())
        return {};
    return problems.constFirst();
}

} // namespace

ScheduleSetupService::ScheduleSetupService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QList<Therapist>> ScheduleSetupService::therapists(const Session &session,
                                                          bool includeInactive) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).therapists(includeInactive);
}

Result<Therapist> ScheduleSetupService::therapist(const Session &session, qint64 therapistId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).therapist(therapistId);
}

Result<Therapist> ScheduleSetupService::addTherapist(const Session &session,
                                                     const Therapist &therapist)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::therapistProblems(therapist)); !valid)
        return valid.error();
    ScheduleSetupRepository repository(m_database, m_clock);
    auto bookable = repository.isBookableUser(therapist.userId);
    if (!bookable)
        return bookable.error();
    if (!bookable.value())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A therapist must be an active therapist or owner "
                                        "account."),
                         QStringLiteral("user"));
    return repository.createTherapist(therapist,
                                      auditing(m_database, m_clock, session,
                                               QStringLiteral("therapist"),
                                               QStringLiteral("added")));
}

Result<Therapist> ScheduleSetupService::updateTherapist(const Session &session,
                                                        const Therapist &therapist)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (therapist.displayName.trimmed().isEmpty()
        || therapist.displayName.trimmed().size() > ScheduleValidator::MaxNameLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A therapist needs a name (at most %1 characters).")
                                 .arg(ScheduleValidator::MaxNameLength),
                         QStringLiteral("name"));
    return ScheduleSetupRepository(m_database, m_clock)
            .updateTherapist(therapist,
                             auditing(m_database, m_clock, session, QStringLiteral("therapist"),
                                      therapist.active ? QStringLiteral("changed")
                                                       : QStringLiteral("changed, inactive")));
}

Result<QList<WorkingInterval>> ScheduleSetupService::workingHours(const Session &session,
                                                                  qint64 therapistId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).workingHours(therapistId);
}

Status ScheduleSetupService::setWorkingHours(const Session &session, qint64 therapistId,
                                             const QList<WorkingInterval> &hours)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed;
    if (Status valid = firstProblem(ScheduleValidator::hoursProblems(hours)); !valid)
        return valid;
    return ScheduleSetupRepository(m_database, m_clock)
            .setWorkingHours(therapistId, hours,
                             auditing(m_database, m_clock, session, QStringLiteral("working-hours"),
                                      QStringLiteral("%1 intervals").arg(hours.size())));
}

Result<QList<TimeOff>> ScheduleSetupService::timeOff(const Session &session, qint64 therapistId,
                                                     const QDateTime &fromUtc,
                                                     const QDateTime &toUtc) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).timeOff(therapistId, fromUtc, toUtc);
}

Result<TimeOff> ScheduleSetupService::addTimeOff(const Session &session, const TimeOff &timeOff)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::timeOffProblems(timeOff)); !valid)
        return valid.error();
    // The reason stays out of the audit trail.
    return ScheduleSetupRepository(m_database, m_clock)
            .addTimeOff(timeOff, BookingRules::authorOf(session),
                        auditing(m_database, m_clock, session, QStringLiteral("time-off"),
                                 QStringLiteral("added")));
}

Status ScheduleSetupService::removeTimeOff(const Session &session, qint64 timeOffId)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed;
    return ScheduleSetupRepository(m_database, m_clock)
            .removeTimeOff(timeOffId,
                           auditing(m_database, m_clock, session, QStringLiteral("time-off"),
                                    QStringLiteral("removed")));
}

Result<QList<Room>> ScheduleSetupService::rooms(const Session &session, bool includeInactive) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).rooms(includeInactive);
}

Result<Room> ScheduleSetupService::addRoom(const Session &session, const Room &room)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::roomProblems(room)); !valid)
        return valid.error();
    return ScheduleSetupRepository(m_database, m_clock)
            .createRoom(room,
                        auditing(m_database, m_clock, session, QStringLiteral("room"),
                                 QStringLiteral("added")));
}

Result<Room> ScheduleSetupService::updateRoom(const Session &session, const Room &room)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::roomProblems(room)); !valid)
        return valid.error();
    return ScheduleSetupRepository(m_database, m_clock)
            .updateRoom(room,
                        auditing(m_database, m_clock, session, QStringLiteral("room"),
                                 QStringLiteral("changed")));
}

Result<QList<AppointmentType>> ScheduleSetupService::types(const Session &session,
                                                           bool includeInactive) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return ScheduleSetupRepository(m_database, m_clock).types(includeInactive);
}

Result<AppointmentType> ScheduleSetupService::addType(const Session &session,
                                                      const AppointmentType &type)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::typeProblems(type)); !valid)
        return valid.error();
    AppointmentType toStore = type;
    toStore.colour = ScheduleValidator::normalizedColour(type.colour);
    return ScheduleSetupRepository(m_database, m_clock)
            .createType(toStore,
                        auditing(m_database, m_clock, session, QStringLiteral("appointment-type"),
                                 QStringLiteral("added")));
}

Result<AppointmentType> ScheduleSetupService::updateType(const Session &session,
                                                         const AppointmentType &type)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleManage);
        !allowed)
        return allowed.error();
    if (Status valid = firstProblem(ScheduleValidator::typeProblems(type)); !valid)
        return valid.error();
    AppointmentType toStore = type;
    toStore.colour = ScheduleValidator::normalizedColour(type.colour);
    return ScheduleSetupRepository(m_database, m_clock)
            .updateType(toStore,
                        auditing(m_database, m_clock, session, QStringLiteral("appointment-type"),
                                 QStringLiteral("changed")));
}

} // namespace stillpoint::core
