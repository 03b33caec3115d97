// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/SeriesService.h"

#include "core/schedule/AppointmentRepository.h"
#include "core/schedule/BookingRules.h"
#include "core/schedule/ScheduleSql.h"
#include "core/schedule/ScheduleValidator.h"
#include "core/schedule/WaitlistService.h"
#include "core/security/AccessControl.h"
#include "core/security/PracticeSettings.h"

#include <QSet>

#include <algorithm>

namespace stillpoint::core {

namespace {

const QString appointmentRecord = QStringLiteral("appointment");

AppointmentRepository::BatchBeforeCommit auditingEach(Database &database, const Clock &clock,
                                                      const Session &session, const QString &detail)
{
    return [&database, &clock, session, detail](const Transaction &transaction,
                                                const AppointmentBatch &batch) {
        // One row per appointment, so each appointment's history is in the trail.
        AuditTrail trail(database, clock);
        for (const Appointment &a : batch.saved) {
            if (Status status = trail.record(
                        transaction,
                        BookingRules::event(session, Operation::ScheduleWrite, appointmentRecord,
                                            a.id, a.clientId,
                                            detail.arg(a.seriesId).arg(a.occurrenceIndex)));
                !status)
                return status;
        }
        return Status();
    };
}

SeriesOccurrence occurrenceOf(const Appointment &a)
{
    SeriesOccurrence o;
    o.index = a.occurrenceIndex;
    o.appointmentId = a.id;
    o.localDate = a.localDate;
    o.localTime = a.localTime;
    o.startUtc = a.startUtc;
    o.endUtc = a.endUtc;
    o.bufferEndUtc = a.bufferEndUtc;
    return o;
}

Error notInSeries()
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("This appointment is not part of a series; change it on its "
                                    "own."));
}

// The upcoming occurrences a scope reaches from `anchor`, in order.
QList<Appointment> reached(const Appointment &anchor, const QList<Appointment> &all,
                           SeriesScope scope, const QDateTime &nowUtc)
{
    QList<Appointment> list;
    for (const Appointment &a : all) {
        const bool upcoming = AppointmentStatuses::isUpcoming(a.status) && a.startUtc >= nowUtc;
        const bool inScope = scope == SeriesScope::All
                || (scope == SeriesScope::ThisAndFollowing
                    && a.occurrenceIndex >= anchor.occurrenceIndex)
                || a.id == anchor.id;
        if (inScope && (upcoming || a.id == anchor.id))
            list << a;
    }
    return list;
}

// Each entry once, at its earliest suggested time.
void mergeMatches(QList<WaitlistMatch> &into, const QList<WaitlistMatch> &more)
{
    for (const WaitlistMatch &match : more) {
        bool merged = false;
        for (WaitlistMatch &existing : into) {
            if (existing.item.entry.id != match.item.entry.id)
                continue;
            if (match.suggestedStartUtc < existing.suggestedStartUtc)
                existing = match;
            merged = true;
        }
        if (!merged)
            into << match;
    }
}

} // namespace

int SeriesPreview::conflicting() const
{
    return static_cast<int>(std::count_if(occurrences.cbegin(), occurrences.cend(),
                                          [](const SeriesOccurrence &o) { return !o.isFree(); }));
}

int SeriesPreview::withWarnings() const
{
    return static_cast<int>(
            std::count_if(occurrences.cbegin(), occurrences.cend(),
                          [](const SeriesOccurrence &o) { return !o.warnings.isEmpty(); }));
}

struct SeriesService::Plan
{
    Appointment anchor;
    RecurringSeries series;
    QList<Appointment> next; // the reached occurrences as they would become
    SeriesPreview preview;
    std::optional<SeriesSplit> split;
    std::optional<RecurringSeries> rewrite;
};

SeriesService::SeriesService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<SeriesPreview> SeriesService::preview(const Session &session,
                                             const SeriesRequest &request) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleRead, request.clientId);
        !allowed)
        return allowed.error();
    const QList<Error> problems = ScheduleValidator::recurrenceProblems(request.rule);
    if (!problems.isEmpty())
        return problems.constFirst();
    const BookingRules rules(m_database, m_clock);
    const QList<Occurrence> occurrences = Recurrence::occurrences(request.rule, rules.zone());
    if (occurrences.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This series has no appointments; check its dates."),
                         QStringLiteral("end"));
    BookingRequest first{ request.clientId,
                          request.therapistId,
                          request.roomId,
                          request.typeId,
                          occurrences.constFirst().startUtc,
                          request.durationMinutes,
                          AppointmentStatus::Booked,
                          request.deskNotes,
                          false };
    auto base = rules.appointmentFor(first);
    if (!base)
        return base.error();
    auto therapist =
            rules.availability(request.therapistId, occurrences.constFirst().startUtc.addDays(-1),
                               occurrences.constLast().startUtc.addDays(2));
    if (!therapist)
        return therapist.error();
    AppointmentRepository repository(m_database, m_clock);
    SeriesPreview preview;
    for (const Occurrence &occurrence : occurrences) {
        Appointment a = base.value();
        rules.retime(a, occurrence.startUtc, base->durationMinutes(), base->bufferMinutes());
        a.occurrenceIndex = occurrence.index;
        SeriesOccurrence o = occurrenceOf(a);
        auto conflicts = repository.conflicts(a);
        if (!conflicts)
            return conflicts.error();
        o.conflicts = conflicts.value();
        o.warnings = Availability::warnings(therapist.value(), a.startUtc, a.endUtc,
                                            m_clock.nowUtc(), rules.zone());
        preview.occurrences << o;
    }
    return preview;
}

Result<SeriesOutcome> SeriesService::book(const Session &session, const SeriesRequest &request,
                                          ConflictPolicy policy, bool acknowledgeWarnings)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ScheduleWrite, request.clientId);
        !allowed)
        return allowed.error();
    auto previewed = preview(session, request);
    if (!previewed)
        return previewed.error();
    SeriesOutcome outcome;
    for (const SeriesOccurrence &o : std::as_const(previewed->occurrences)) {
        if (o.isFree() && !o.warnings.isEmpty())
            outcome.needingConfirmation << o;
    }
    if (!outcome.needingConfirmation.isEmpty() && !acknowledgeWarnings)
        return outcome;

    const BookingRules rules(m_database, m_clock);
    BookingRequest first{ request.clientId,
                          request.therapistId,
                          request.roomId,
                          request.typeId,
                          previewed->occurrences.constFirst().startUtc,
                          request.durationMinutes,
                          AppointmentStatus::Booked,
                          request.deskNotes,
                          false };
    auto base = rules.appointmentFor(first);
    if (!base)
        return base.error();
    QList<Appointment> occurrences;
    for (const SeriesOccurrence &o : std::as_const(previewed->occurrences)) {
        Appointment a = base.value();
        rules.retime(a, o.startUtc, base->durationMinutes(), base->bufferMinutes());
        // The rule's wall-clock time, even where a spring-forward gap moved the instant.
        a.localDate = o.localDate;
        a.localTime = request.rule.localTime;
        a.occurrenceIndex = o.index;
        occurrences << a;
    }
    RecurringSeries series;
    series.clientId = request.clientId;
    series.therapistId = request.therapistId;
    series.roomId = request.roomId;
    series.typeId = request.typeId;
    series.rule = request.rule;
    series.durationMinutes = base->durationMinutes();
    series.timeZoneId = rules.zoneId();
    auto batch = AppointmentRepository(m_database, m_clock)
                         .insertSeries(series, occurrences, policy, BookingRules::authorOf(session),
                                       auditingEach(m_database, m_clock, session,
                                                    QStringLiteral("booked in series %1 "
                                                                   "(occurrence %2)")));
    if (!batch)
        return batch.error();
    outcome.saved = true;
    outcome.seriesId = batch->seriesId;
    outcome.written = batch->saved;
    for (const SkippedOccurrence &skipped : std::as_const(batch->skipped)) {
        SeriesOccurrence o = occurrenceOf(skipped.appointment);
        o.conflicts = skipped.conflicts;
        outcome.skipped << o;
    }
    return outcome;
}

Result<RecurringSeries> SeriesService::series(const Session &session, qint64 seriesId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return AppointmentRepository(m_database, m_clock).series(seriesId);
}

Result<QList<Appointment>> SeriesService::appointments(const Session &session,
                                                       qint64 seriesId) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    return AppointmentRepository(m_database, m_clock).seriesAppointments(seriesId);
}

Result<SeriesService::Plan> SeriesService::plan(qint64 appointmentId, int expectedRowVersion,
                                                SeriesScope scope, const SeriesChange &change) const
{
    if (change.dayShift < -6 || change.dayShift > 6)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Move a series by at most six days either way."),
                         QStringLiteral("dayShift"));
    if (change.localTime && (!change.localTime->isValid() || change.localTime->second() != 0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a start time in whole minutes."),
                         QStringLiteral("localTime"));
    AppointmentRepository repository(m_database, m_clock);
    Plan plan;
    auto anchor = repository.find(appointmentId);
    if (!anchor)
        return anchor.error();
    plan.anchor = anchor.value();
    if (!AppointmentStatuses::isUpcoming(plan.anchor.status))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This appointment is %1; only upcoming occurrences can be "
                                        "changed.")
                                 .arg(AppointmentStatuses::label(plan.anchor.status).toLower()),
                         QStringLiteral("status"));
    QList<Appointment> all{ plan.anchor };
    if (plan.anchor.seriesId) {
        auto series = repository.series(plan.anchor.seriesId);
        if (!series)
            return series.error();
        plan.series = series.value();
        auto members = repository.seriesAppointments(plan.anchor.seriesId);
        if (!members)
            return members.error();
        all = members.value();
    } else if (scope != SeriesScope::ThisOne) {
        return notInSeries();
    }

    const BookingRules rules(m_database, m_clock);
    const QList<Appointment> targets = reached(plan.anchor, all, scope, m_clock.nowUtc());
    QSet<qint64> moving;
    for (const Appointment &a : targets)
        moving.insert(a.id);
    for (const Appointment &current : targets) {
        AppointmentChange edit;
        edit.appointmentId = current.id;
        edit.expectedRowVersion =
                current.id == plan.anchor.id ? expectedRowVersion : current.rowVersion;
        if (change.localTime || change.dayShift != 0) {
            const QTime time = change.localTime ? *change.localTime : current.localTime;
            edit.startUtc = Recurrence::toUtc(current.localDate.addDays(change.dayShift), time,
                                              rules.zone());
        }
        edit.durationMinutes = change.durationMinutes;
        edit.therapistId = change.therapistId;
        edit.roomId = change.roomId;
        edit.typeId = change.typeId;
        edit.deskNotes = change.deskNotes;
        auto next = rules.changed(current, edit);
        if (!next)
            return next.error();
        if (edit.startUtc && change.localTime)
            next.value().localTime = *change.localTime; // the rule's time, even across a gap
        SeriesOccurrence o = occurrenceOf(next.value());
        auto conflicts = repository.conflicts(next.value(), moving);
        if (!conflicts)
            return conflicts.error();
        o.conflicts = conflicts.value();
        auto warnings = rules.warnings(next.value());
        if (!warnings)
            return warnings.error();
        o.warnings = warnings.value();
        plan.preview.occurrences << o;
        plan.next << next.value();
    }

    if (scope == SeriesScope::ThisOne || !plan.anchor.seriesId)
        return plan;
    // The rule from here on, as changed.
    RecurringSeries rule = plan.series;
    rule.therapistId = change.therapistId.value_or(rule.therapistId);
    rule.roomId = change.roomId.value_or(rule.roomId);
    rule.typeId = change.typeId.value_or(rule.typeId);
    rule.durationMinutes = change.durationMinutes.value_or(rule.durationMinutes);
    rule.rule.localTime = change.localTime.value_or(rule.rule.localTime);
    rule.rule.firstDate = rule.rule.firstDate.addDays(change.dayShift);
    if (rule.rule.untilDate.isValid())
        rule.rule.untilDate = rule.rule.untilDate.addDays(change.dayShift);
    rule.timeZoneId = rules.zoneId();
    if (scope == SeriesScope::ThisAndFollowing && plan.anchor.occurrenceIndex > 1) {
        SeriesSplit split;
        split.seriesId = plan.series.id;
        split.fromIndex = plan.anchor.occurrenceIndex;
        split.newSeries = rule;
        split.newSeries.id = 0;
        split.newSeries.createdAtUtc = {};
        split.newSeries.rule.firstDate = plan.anchor.localDate.addDays(change.dayShift);
        if (plan.series.rule.count > 0)
            split.newSeries.rule.count =
                    qMax(1, plan.series.rule.count - (plan.anchor.occurrenceIndex - 1));
        plan.split = split;
    } else {
        plan.rewrite = rule;
    }
    return plan;
}

Result<SeriesPreview> SeriesService::previewChange(const Session &session, qint64 appointmentId,
                                                   SeriesScope scope,
                                                   const SeriesChange &change) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
        !allowed)
        return allowed.error();
    auto planned = plan(appointmentId, 0, scope, change);
    if (!planned)
        return planned.error();
    return planned->preview;
}

Result<SeriesOutcome> SeriesService::change(const Session &session, qint64 appointmentId,
                                            int expectedRowVersion, SeriesScope scope,
                                            const SeriesChange &change, ConflictPolicy policy,
                                            bool acknowledgeWarnings)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ScheduleWrite);
        !allowed)
        return allowed.error();
    if (change.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("There is nothing to change."));
    auto planned = plan(appointmentId, expectedRowVersion, scope, change);
    if (!planned)
        return planned.error();
    SeriesOutcome outcome;
    for (const SeriesOccurrence &o : std::as_const(planned->preview.occurrences)) {
        if (o.isFree() && !o.warnings.isEmpty())
            outcome.needingConfirmation << o;
    }
    if (!outcome.needingConfirmation.isEmpty() && !acknowledgeWarnings)
        return outcome;
    auto batch = AppointmentRepository(m_database, m_clock)
                         .updateMany(planned->next, policy, BookingRules::authorOf(session),
                                     auditingEach(m_database, m_clock, session,
                                                  QStringLiteral("changed in series %1 "
                                                                 "(occurrence %2)")),
                                     planned->split, planned->rewrite);
    if (!batch)
        return batch.error();
    outcome.saved = true;
    outcome.seriesId = batch->seriesId ? batch->seriesId : planned->anchor.seriesId;
    outcome.written = batch->saved;
    for (const SkippedOccurrence &skipped : std::as_const(batch->skipped)) {
        SeriesOccurrence o = occurrenceOf(skipped.appointment);
        o.conflicts = skipped.conflicts;
        outcome.skipped << o;
    }
    return outcome;
}

Result<SeriesCancellation> SeriesService::cancel(const Session &session, qint64 appointmentId,
                                                 int expectedRowVersion, SeriesScope scope,
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
    auto anchor = repository.find(appointmentId);
    if (!anchor)
        return anchor.error();
    if (!AppointmentStatuses::isUpcoming(anchor->status))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Only a booked or confirmed appointment can be cancelled; "
                                        "this one is %1.")
                                 .arg(AppointmentStatuses::label(anchor->status).toLower()),
                         QStringLiteral("status"));
    QList<Appointment> all{ anchor.value() };
    if (anchor->seriesId) {
        auto members = repository.seriesAppointments(anchor->seriesId);
        if (!members)
            return members.error();
        all = members.value();
    } else if (scope != SeriesScope::ThisOne) {
        return notInSeries();
    }
    auto noticeHours = PracticeSettings(m_database, m_clock).lateCancellationHours();
    if (!noticeHours)
        return noticeHours.error();
    const QDateTime now = m_clock.nowUtc();
    QList<Appointment> cancelled;
    for (Appointment a : reached(anchor.value(), all, scope, now)) {
        if (a.id == anchor->id)
            a.rowVersion = expectedRowVersion;
        a.status = AppointmentStatus::Cancelled;
        a.cancelledAtUtc = now;
        a.cancelReason = reason;
        a.cancelledBy = request.by;
        a.lateCancellation = request.by == CancelledBy::Client
                && now.secsTo(a.startUtc) < qint64(noticeHours.value()) * 3600;
        cancelled << a;
    }
    auto batch = repository.updateMany(
            cancelled, ConflictPolicy::RefuseAll, BookingRules::authorOf(session),
            auditingEach(m_database, m_clock, session,
                         QStringLiteral("cancelled in series %1 (occurrence %2) by the ")
                                 + (request.by == CancelledBy::Client
                                            ? QStringLiteral("client")
                                            : QStringLiteral("practice"))));
    if (!batch)
        return batch.error();
    SeriesCancellation result;
    result.cancelled = batch->saved;
    for (const Appointment &freed : std::as_const(result.cancelled)) {
        auto matches = WaitlistService::findMatches(m_database, m_clock, freed);
        if (!matches)
            return matches.error();
        mergeMatches(result.waitlistMatches, matches.value());
    }
    return result;
}

} // namespace stillpoint::core
