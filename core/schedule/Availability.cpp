// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Availability.h"

#include <QStringList>

#include <algorithm>

namespace stillpoint::core {

namespace {

// The first span in `spans` that overlaps [start, end), if any.
const TimeSpan *firstOverlap(const QList<TimeSpan> &spans, const QDateTime &start,
                             const QDateTime &end)
{
    const TimeSpan *found = nullptr;
    for (const TimeSpan &span : spans) {
        if (span.overlaps(start, end) && (!found || span.end > found->end))
            found = &span; // the one that ends last lets the search jump furthest
    }
    return found;
}

QList<TimeSpan> timeOffSpans(const QList<TimeOff> &timeOff)
{
    QList<TimeSpan> spans;
    spans.reserve(timeOff.size());
    for (const TimeOff &away : timeOff)
        spans << TimeSpan{ away.startUtc, away.endUtc };
    return spans;
}

// The first instant at or after `at` on the grid of `step` seconds from `origin`.
QDateTime alignUp(const QDateTime &at, const QDateTime &origin, qint64 step)
{
    const qint64 offset = origin.secsTo(at);
    if (offset <= 0)
        return origin;
    return origin.addSecs((offset + step - 1) / step * step);
}

QString hoursText(const QList<TimeSpan> &spans, const QTimeZone &zone)
{
    QStringList parts;
    for (const TimeSpan &span : spans)
        parts << Availability::localTimeText(span.start, zone) + QStringLiteral("–")
                        + Availability::localTimeText(span.end, zone);
    return parts.join(QStringLiteral(", "));
}

// The first slot for one therapist, searching no later than `notAfter` (a slot found for another
// therapist already).
std::optional<FreeSlot> firstSlotFor(const TherapistAvailability &therapist,
                                     const QList<RoomAvailability> &rooms,
                                     const SlotRequest &request, const QTimeZone &zone,
                                     const QDateTime &notAfter)
{
    const qint64 duration = qint64(request.durationMinutes) * 60;
    const qint64 blocked = duration + qint64(request.bufferMinutes) * 60;
    const qint64 step = qMax(1, request.stepMinutes) * qint64(60);
    const QList<TimeSpan> away = timeOffSpans(therapist.timeOff);
    const QDate firstDate = request.fromUtc.toTimeZone(zone).date();
    for (int day = 0; day <= request.searchDays; ++day) {
        const QDate date = firstDate.addDays(day);
        for (const TimeSpan &work : Availability::workingSpans(therapist.hours, date, zone)) {
            if (notAfter.isValid() && work.start > notAfter)
                return std::nullopt;
            QDateTime start = alignUp(qMax(work.start, request.fromUtc), work.start, step);
            while (start.addSecs(duration) <= work.end) {
                if (notAfter.isValid() && start >= notAfter)
                    return std::nullopt;
                const QDateTime end = start.addSecs(duration);
                const QDateTime blockEnd = start.addSecs(blocked);
                const TimeSpan *clash = firstOverlap(therapist.busy, start, blockEnd);
                if (!clash)
                    clash = firstOverlap(away, start, end);
                if (clash) {
                    start = alignUp(clash->end, work.start, step);
                    continue;
                }
                QDateTime roomsFreeAt;
                for (const RoomAvailability &room : rooms) {
                    const TimeSpan *taken = firstOverlap(room.busy, start, blockEnd);
                    if (!taken)
                        return FreeSlot{ therapist.therapistId, room.roomId, start, end, blockEnd };
                    if (!roomsFreeAt.isValid() || taken->end < roomsFreeAt)
                        roomsFreeAt = taken->end;
                }
                if (!roomsFreeAt.isValid())
                    return std::nullopt; // no room at all
                start = alignUp(roomsFreeAt, work.start, step);
            }
        }
    }
    return std::nullopt;
}

} // namespace

bool FreeGap::fits(const QDateTime &start, int durationMinutes, int bufferMinutes) const
{
    const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
    return start >= startUtc && end <= treatmentEndLimitUtc
            && end.addSecs(qint64(bufferMinutes) * 60) <= blockEndLimitUtc;
}

QString Availability::localTimeText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"));
}

QString Availability::localDateText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).date().toString(QStringLiteral("ddd yyyy-MM-dd"));
}

QList<TimeSpan> Availability::workingSpans(const QList<WorkingInterval> &hours,
                                           const QDate &localDate, const QTimeZone &zone)
{
    QList<TimeSpan> spans;
    const int weekday = localDate.dayOfWeek();
    for (const WorkingInterval &interval : hours) {
        if (interval.weekday != weekday)
            continue;
        const QDateTime start(localDate, QTime(0, 0).addSecs(interval.startMinute * 60), zone);
        const QDateTime end = interval.endMinute >= 24 * 60
                ? QDateTime(localDate.addDays(1), QTime(0, 0), zone)
                : QDateTime(localDate, QTime(0, 0).addSecs(interval.endMinute * 60), zone);
        spans << TimeSpan{ start.toUTC(), end.toUTC() };
    }
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.start < b.start; });
    return spans;
}

QList<ScheduleWarning> Availability::warnings(const TherapistAvailability &therapist,
                                              const QDateTime &startUtc, const QDateTime &endUtc,
                                              const QDateTime &nowUtc, const QTimeZone &zone)
{
    QList<ScheduleWarning> found;
    const QString when = localDateText(startUtc, zone) + QLatin1Char(' ')
            + localTimeText(startUtc, zone) + QStringLiteral("–") + localTimeText(endUtc, zone);
    if (nowUtc.isValid() && startUtc < nowUtc)
        found << ScheduleWarning{ ScheduleWarning::Kind::InThePast,
                                  QStringLiteral("%1 has already begun or passed.").arg(when) };
    const QList<TimeSpan> spans =
            workingSpans(therapist.hours, startUtc.toTimeZone(zone).date(), zone);
    const bool within = std::any_of(spans.cbegin(), spans.cend(), [&](const TimeSpan &span) {
        return span.start <= startUtc && endUtc <= span.end;
    });
    if (!within) {
        const QString message = spans.isEmpty()
                ? QStringLiteral("%1 does not work on %2s: %3 is outside working hours.")
                          .arg(therapist.name,
                               startUtc.toTimeZone(zone).date().toString(QStringLiteral("dddd")),
                               when)
                : QStringLiteral("%1 is outside %2's working hours (%3).")
                          .arg(when, therapist.name, hoursText(spans, zone));
        found << ScheduleWarning{ ScheduleWarning::Kind::OutsideWorkingHours, message };
    }
    for (const TimeOff &away : therapist.timeOff) {
        if (!TimeSpan{ away.startUtc, away.endUtc }.overlaps(startUtc, endUtc))
            continue;
        const QString reason = away.reason.trimmed().isEmpty()
                ? QString()
                : QStringLiteral(" (%1)").arg(away.reason);
        found << ScheduleWarning{ ScheduleWarning::Kind::TimeOff,
                                  QStringLiteral("%1 is away from %2 %3 to %4 %5%6.")
                                          .arg(therapist.name, localDateText(away.startUtc, zone),
                                               localTimeText(away.startUtc, zone),
                                               localDateText(away.endUtc, zone),
                                               localTimeText(away.endUtc, zone), reason) };
        break;
    }
    return found;
}

std::optional<FreeSlot> Availability::nextFreeSlot(const QList<TherapistAvailability> &therapists,
                                                   const QList<RoomAvailability> &rooms,
                                                   const SlotRequest &request,
                                                   const QTimeZone &zone)
{
    std::optional<FreeSlot> best;
    for (const TherapistAvailability &therapist : therapists) {
        auto slot =
                firstSlotFor(therapist, rooms, request, zone, best ? best->startUtc : QDateTime());
        if (slot && (!best || slot->startUtc < best->startUtc))
            best = slot;
    }
    return best;
}

FreeGap Availability::freeGapAround(const TherapistAvailability &therapist,
                                    const RoomAvailability &room, const QDateTime &freedStart,
                                    const QDateTime &freedEnd, const QDateTime &notBeforeUtc,
                                    const QTimeZone &zone)
{
    FreeGap gap;
    gap.therapistId = therapist.therapistId;
    gap.roomId = room.roomId;
    gap.startUtc = freedStart;
    gap.treatmentEndLimitUtc = freedEnd;
    const QDate date = freedStart.toTimeZone(zone).date();
    for (const TimeSpan &work : workingSpans(therapist.hours, date, zone)) {
        if (work.start <= freedStart && freedStart < work.end) {
            gap.startUtc = work.start;
            gap.treatmentEndLimitUtc = qMax(work.end, freedEnd);
        }
    }
    // The gap may not reach into time already blocked, before or after.
    gap.blockEndLimitUtc = gap.treatmentEndLimitUtc.addDays(1);
    QList<TimeSpan> blocked = therapist.busy + room.busy + timeOffSpans(therapist.timeOff);
    for (const TimeSpan &span : std::as_const(blocked)) {
        if (span.end <= freedStart && span.end > gap.startUtc)
            gap.startUtc = span.end;
        if (span.start >= freedStart && span.start < gap.blockEndLimitUtc)
            gap.blockEndLimitUtc = span.start;
    }
    gap.treatmentEndLimitUtc = qMin(gap.treatmentEndLimitUtc, gap.blockEndLimitUtc);
    if (notBeforeUtc.isValid() && gap.startUtc < notBeforeUtc)
        gap.startUtc = alignUp(notBeforeUtc, gap.startUtc, 5 * 60);
    return gap;
}

} // namespace stillpoint::core
