// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Recurrence.h"

namespace stillpoint::core {

bool SeriesChange::isEmpty() const
{
    return !localTime && dayShift == 0 && !durationMinutes && !therapistId && !roomId && !typeId
            && !deskNotes;
}

QDateTime Recurrence::toUtc(const QDate &localDate, const QTime &localTime, const QTimeZone &zone)
{
    return QDateTime(localDate, localTime, zone).toUTC();
}

QList<Occurrence> Recurrence::occurrences(const RecurrenceRule &rule, const QTimeZone &zone)
{
    QList<Occurrence> list;
    if (!rule.firstDate.isValid() || !rule.localTime.isValid() || rule.intervalWeeks < 1)
        return list;
    const int limit = rule.count > 0 ? qMin(rule.count, RecurrenceRule::MaxOccurrences)
                                     : RecurrenceRule::MaxOccurrences;
    for (int i = 0; i < limit; ++i) {
        // Stepping on the local calendar (not adding seconds to the first instant) is what keeps
        // the wall-clock time when the offset changes.
        const QDate date = rule.firstDate.addDays(qint64(i) * 7 * rule.intervalWeeks);
        if (rule.count <= 0 && (!rule.untilDate.isValid() || date > rule.untilDate))
            break;
        list << Occurrence{ i + 1, date, rule.localTime, toUtc(date, rule.localTime, zone) };
    }
    return list;
}

} // namespace stillpoint::core
