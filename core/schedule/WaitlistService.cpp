// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/WaitlistService.h"

#include "core/schedule/AppointmentRepository.h"
#include "core/schedule/BookingRules.h"
#include "core/schedule/ScheduleValidator.h"
#include "core/schedule/WaitlistRepository.h"
#include "core/security/AccessControl.h"

namespace stillpoint::core {

namespace {

const QString waitlistRecord = QStringLiteral("waitlist");

WaitlistRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                          const Session &session, qint64 clientId,
                                          const QString &detail)
{
    return [&database, &clock, session, clientId, detail](const Transaction &transaction,
                                                          qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        BookingRules::event(session, Operation::ScheduleWrite, waitlistRecord,
                                            recordId, clientId, detail));
    };
}

Status firstProblem(const QList<Error> &problems)
{
    if (problems.isEmpty())
        return {};
    return problems.constFirst();
}

} // namespace

WaitlistService::WaitlistService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<WaitlistItem> WaitlistService::add(const Session &session, const WaitlistEntry &entry)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleWrite, entry.clientId);
        !allowed)
        return allowed.error();
    WaitlistEntry toStore = entry;
    if (!toStore.addedOn.isValid())
        toStore.addedOn =
                m_clock.nowUtc().toTimeZone(BookingRules(m_database, m_clock).zone()).date();
    if (Status valid = firstProblem(ScheduleValidator::waitlistProblems(toStore)); !valid)
        return valid.error();
    return WaitlistRepository(m_database, m_clock)
            .add(toStore, BookingRules::authorOf(session),
                 auditing(m_database, m_clock, session, toStore.clientId, QStringLiteral("added")));
}

Result<WaitlistItem> WaitlistService::update(const Session &session, const WaitlistEntry &entry)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleWrite, entry.clientId);
        !allowed)
        return allowed.error();
    WaitlistRepository repository(m_database, m_clock);
    auto stored = repository.find(entry.id);
    if (!stored)
        return stored.error();
    WaitlistEntry toStore = entry;
    toStore.clientId = stored->entry.clientId;
    toStore.addedOn = stored->entry.addedOn;
    if (Status valid = firstProblem(ScheduleValidator::waitlistProblems(toStore)); !valid)
        return valid.error();
    return repository.update(
            toStore,
            auditing(m_database, m_clock, session, toStore.clientId, QStringLiteral("changed")));
}

Result<WaitlistItem> WaitlistService::remove(const Session &session, qint64 entryId,
                                             int expectedRowVersion)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    WaitlistRepository repository(m_database, m_clock);
    auto stored = repository.find(entryId);
    if (!stored)
        return stored.error();
    return repository.setStatus(entryId, expectedRowVersion, WaitlistStatus::Removed,
                                auditing(m_database, m_clock, session, stored->entry.clientId,
                                         QStringLiteral("removed")));
}

Result<WaitlistItem> WaitlistService::markBooked(const Session &session, qint64 entryId,
                                                 int expectedRowVersion)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    WaitlistRepository repository(m_database, m_clock);
    auto stored = repository.find(entryId);
    if (!stored)
        return stored.error();
    return repository.setStatus(entryId, expectedRowVersion, WaitlistStatus::Booked,
                                auditing(m_database, m_clock, session, stored->entry.clientId,
                                         QStringLiteral("booked")));
}

Result<QList<WaitlistItem>> WaitlistService::list(const Session &session, bool includeClosed,
                                                  qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleRead, clientId);
        !allowed)
        return allowed.error();
    return WaitlistRepository(m_database, m_clock).list(includeClosed, clientId);
}

Result<QList<WaitlistMatch>> WaitlistService::matchesFor(const Session &session,
                                                         qint64 appointmentId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    auto freed = AppointmentRepository(m_database, m_clock).find(appointmentId);
    if (!freed)
        return freed.error();
    if (freed->blocksTime())
        return QList<WaitlistMatch>{}; // nothing was freed
    return findMatches(m_database, m_clock, freed.value());
}

Result<QList<WaitlistMatch>> WaitlistService::findMatches(Database &database, const Clock &clock,
                                                          const Appointment &freed)
{
    const BookingRules rules(database, clock);
    const QDateTime from = freed.startUtc.addDays(-1);
    const QDateTime to = freed.startUtc.addDays(2);
    auto therapist = rules.availability(freed.therapistId, from, to);
    if (!therapist)
        return therapist.error();
    AppointmentRepository appointments(database, clock);
    auto therapistBusy = appointments.busyByTherapist(from, to, freed.id);
    if (!therapistBusy)
        return therapistBusy.error();
    auto roomBusy = appointments.busyByRoom(from, to, freed.id);
    if (!roomBusy)
        return roomBusy.error();
    therapist.value().busy = therapistBusy->value(freed.therapistId);
    const RoomAvailability room{ freed.roomId, {}, roomBusy->value(freed.roomId) };
    const QDateTime now = clock.nowUtc();
    const FreeGap gap = Availability::freeGapAround(therapist.value(), room, freed.startUtc,
                                                    freed.endUtc, now, rules.zone());
    auto entries = WaitlistRepository(database, clock).list();
    if (!entries)
        return entries.error();
    const QDate today = now.toTimeZone(rules.zone()).date();
    QList<WaitlistMatch> matches;
    for (const WaitlistItem &item : std::as_const(entries.value())) {
        if (item.entry.clientId == freed.clientId)
            continue; // the client who just gave the time up
        const auto start = Waitlist::suitableStart(item.entry, gap, item.typeMinutes,
                                                   item.typeBufferMinutes, today, rules.zone());
        if (!start)
            continue;
        matches << WaitlistMatch{ item, freed.therapistId, freed.roomId, *start,
                                  start->addSecs(qint64(item.typeMinutes) * 60) };
    }
    return matches;
}

} // namespace stillpoint::core
