// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/CalendarPlan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::CalendarPlan", text);
}

QList<MinuteSpan> merged(QList<MinuteSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const MinuteSpan &a, const MinuteSpan &b) { return a.start < b.start; });
    QList<MinuteSpan> result;
    for (const MinuteSpan &span : std::as_const(spans)) {
        if (!result.isEmpty() && span.start <= result.last().end)
            result.last().end = std::max(result.last().end, span.end);
        else
            result << span;
    }
    return result;
}

QString hoursText(const QList<MinuteSpan> &spans, bool brief = false)
{
    if (spans.isEmpty())
        return translate("Not working");
    if (brief) // a narrow column: first to last, the breaks show on the grid
        return QStringLiteral("%1–%2").arg(CalendarPlan::timeText(spans.constFirst().start),
                                           CalendarPlan::timeText(spans.constLast().end));
    QStringList parts;
    for (const MinuteSpan &span : spans)
        parts << QStringLiteral("%1–%2").arg(CalendarPlan::timeText(span.start),
                                             CalendarPlan::timeText(span.end));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QDate CalendarOptions::firstDate() const
{
    if (mode == CalendarMode::Day || !date.isValid())
        return date;
    return date.addDays(Qt::Monday - date.dayOfWeek());
}

QString CalendarPlan::timeText(int minute)
{
    return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

CalendarPlan CalendarPlan::build(const CalendarOptions &options, const CalendarInput &input)
{
    CalendarPlan plan;
    plan.m_options = options;
    plan.m_zone = input.zone;
    plan.addColumns(input);
    plan.placeItems(input.items);
    plan.assignLanes();
    plan.fitHours();
    return plan;
}

QDateTime CalendarPlan::toUtc(const QDate &date, int minute) const
{
    const int day = minute / 1440;
    const int rest = minute % 1440;
    return QDateTime(date.addDays(day), QTime(rest / 60, rest % 60), m_zone).toUTC();
}

int CalendarPlan::minuteOf(const QDate &date, const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const qint64 minute =
            date.daysTo(local.date()) * 1440 + local.time().msecsSinceStartOfDay() / 60000;
    return int(std::clamp<qint64>(minute, 0, 1440));
}

void CalendarPlan::addColumns(const CalendarInput &input)
{
    const auto hoursOn = [&input](qint64 therapistId, const QDate &date) {
        QList<MinuteSpan> spans;
        for (const core::WorkingInterval &interval : input.hours.value(therapistId))
            if (interval.weekday == date.dayOfWeek())
                spans << MinuteSpan{ interval.startMinute, interval.endMinute };
        return merged(spans);
    };
    const auto everyoneOn = [&](const QDate &date) {
        QList<MinuteSpan> spans;
        for (const core::Therapist &therapist : input.therapists)
            spans += hoursOn(therapist.id, date);
        return merged(spans);
    };
    const auto awayOn = [&](qint64 therapistId, const QDate &date) {
        QList<MinuteSpan> spans;
        for (const core::TimeOff &off : input.timeOff) {
            if (off.therapistId != therapistId || off.endUtc <= toUtc(date, 0)
                || off.startUtc >= toUtc(date, 1440))
                continue;
            spans << MinuteSpan{ minuteOf(date, std::max(off.startUtc, toUtc(date, 0))),
                                 minuteOf(date, std::min(off.endUtc, toUtc(date, 1440))) };
        }
        return merged(spans);
    };

    const QDate first = m_options.firstDate();
    if (m_options.mode == CalendarMode::Day) {
        const QDate date = first;
        if (m_options.dayColumns == DayColumns::Therapists) {
            QList<QPair<qint64, QString>> shown;
            QSet<qint64> ids;
            for (const core::Therapist &therapist : input.therapists) {
                shown << qMakePair(therapist.id, therapist.displayName);
                ids.insert(therapist.id);
            }
            for (const core::CalendarItem &item : input.items)
                if (!ids.contains(item.therapistId)) {
                    shown << qMakePair(item.therapistId, item.therapistName);
                    ids.insert(item.therapistId);
                }
            for (const auto &[id, name] : std::as_const(shown)) {
                CalendarColumn column;
                column.date = date;
                column.therapistId = id;
                column.title = name;
                column.working = hoursOn(id, date);
                column.away = awayOn(id, date);
                column.subtitle = column.away.isEmpty() || !column.working.isEmpty()
                        ? hoursText(column.working)
                        : translate("Time off");
                m_columns << column;
            }
        } else {
            QList<core::Room> shown = input.rooms;
            QSet<qint64> ids;
            for (const core::Room &room : input.rooms)
                ids.insert(room.id);
            for (const core::CalendarItem &item : input.items)
                if (!ids.contains(item.roomId)) {
                    shown << core::Room{ item.roomId, item.roomName, QString(), false, 0 };
                    ids.insert(item.roomId);
                }
            const QList<MinuteSpan> open = everyoneOn(date);
            for (const core::Room &room : std::as_const(shown)) {
                CalendarColumn column;
                column.date = date;
                column.roomId = room.id;
                column.title = room.name;
                column.subtitle = room.notes;
                column.working = open;
                m_columns << column;
            }
        }
    } else {
        const qint64 who = m_options.weekTherapistId;
        for (int day = 0; day < 7; ++day) {
            const QDate date = first.addDays(day);
            CalendarColumn column;
            column.date = date;
            column.therapistId = who;
            column.title = QLocale().toString(date, QStringLiteral("ddd d MMM"));
            column.working = who ? hoursOn(who, date) : everyoneOn(date);
            column.away = who ? awayOn(who, date) : QList<MinuteSpan>();
            column.subtitle = column.away.isEmpty() || !column.working.isEmpty()
                    ? hoursText(column.working, true)
                    : translate("Time off");
            const bool booked = std::any_of(
                    input.items.cbegin(), input.items.cend(), [&](const core::CalendarItem &item) {
                        return item.startUtc.toTimeZone(m_zone).date() == date
                                && (!who || item.therapistId == who);
                    });
            if (column.working.isEmpty() && !booked && date != m_options.date)
                continue;
            m_columns << column;
        }
    }
    for (CalendarColumn &column : m_columns)
        column.isToday = column.date == input.today;
}

int CalendarPlan::columnOf(const QDate &date, qint64 therapistId, qint64 roomId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const CalendarColumn &column = m_columns.at(i);
        if (column.date == date && (!therapistId || column.therapistId == therapistId)
            && (!roomId || column.roomId == roomId))
            return i;
    }
    return -1;
}

int CalendarPlan::columnFor(const core::CalendarItem &item) const
{
    const QDate date = item.startUtc.toTimeZone(m_zone).date();
    if (m_options.mode == CalendarMode::Week) {
        if (m_options.weekTherapistId && item.therapistId != m_options.weekTherapistId)
            return -1;
        return columnOf(date);
    }
    return m_options.dayColumns == DayColumns::Therapists ? columnOf(date, item.therapistId)
                                                          : columnOf(date, 0, item.roomId);
}

void CalendarPlan::placeItems(const QList<core::CalendarItem> &items)
{
    for (const core::CalendarItem &item : items) {
        if (item.status == core::AppointmentStatus::Cancelled)
            continue;
        const int column = columnFor(item);
        if (column < 0)
            continue;
        const QDate date = m_columns.at(column).date;
        PlacedItem placed;
        placed.item = item;
        placed.column = column;
        placed.startMinute = minuteOf(date, item.startUtc);
        placed.endMinute = std::max(placed.startMinute + 5, minuteOf(date, item.endUtc));
        placed.bufferEndMinute = std::max(placed.endMinute, minuteOf(date, item.bufferEndUtc));
        m_items << placed;
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const PlacedItem &a, const PlacedItem &b) {
        return a.column != b.column ? a.column < b.column : a.startMinute < b.startMinute;
    });
}

void CalendarPlan::assignLanes()
{
    // Items are sorted by column and start: a cluster is a run of items whose treatments overlap
    // one another (directly or through a chain); each gets the first lane free at its start.
    // Buffers do not count: one never meets another appointment of its therapist or room, so
    // only another therapist's appointment (a week of everyone) may cover its hatched tail.
    qsizetype clusterStart = 0;
    int clusterEnd = -1;
    int clusterColumn = -1;
    QList<int> laneEnds;
    const auto close = [this, &clusterStart, &laneEnds](qsizetype end) {
        for (qsizetype i = clusterStart; i < end; ++i)
            m_items[i].lanes = std::max(1, int(laneEnds.size()));
    };
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        PlacedItem &placed = m_items[i];
        if (placed.column != clusterColumn || placed.startMinute >= clusterEnd) {
            close(i);
            clusterStart = i;
            clusterColumn = placed.column;
            clusterEnd = -1;
            laneEnds.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > placed.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << 0;
        laneEnds[lane] = placed.endMinute;
        placed.lane = lane;
        clusterEnd = std::max(clusterEnd, placed.endMinute);
    }
    close(m_items.size());
}

void CalendarPlan::fitHours()
{
    int low = INT_MAX;
    int high = INT_MIN;
    for (const CalendarColumn &column : std::as_const(m_columns))
        for (const MinuteSpan &span : column.working) {
            low = std::min(low, span.start);
            high = std::max(high, span.end);
        }
    for (const PlacedItem &placed : std::as_const(m_items)) {
        low = std::min(low, placed.startMinute);
        high = std::max(high, placed.bufferEndMinute);
    }
    if (low > high) {
        low = 9 * 60;
        high = 17 * 60;
    }
    // At least half an hour of room either side, on whole hours.
    m_firstMinute = std::max(0, (low - 30) / 60 * 60);
    m_lastMinute = std::min(1440, (high + 30 + 59) / 60 * 60);
}

const PlacedItem *CalendarPlan::find(qint64 appointmentId) const
{
    for (const PlacedItem &placed : m_items)
        if (placed.item.appointmentId == appointmentId)
            return &placed;
    return nullptr;
}

const PlacedItem *CalendarPlan::itemAt(int column, int minute) const
{
    const PlacedItem *found = nullptr;
    for (const PlacedItem &placed : m_items) {
        if (placed.column != column || minute < placed.startMinute || minute >= placed.endMinute)
            continue;
        // Of a no-show and the booking in its time, the booking is the one to work on.
        if (!found || placed.item.status != core::AppointmentStatus::NoShow)
            found = &placed;
    }
    return found;
}

CalendarSlot CalendarPlan::slot(int column, int startMinute, int endMinute) const
{
    CalendarSlot slot;
    slot.column = column;
    if (column >= 0 && column < m_columns.size()) {
        const CalendarColumn &shown = m_columns.at(column);
        slot.date = shown.date;
        slot.therapistId = shown.therapistId;
        slot.roomId = shown.roomId;
    }
    slot.startMinute = startMinute;
    slot.endMinute = endMinute;
    return slot;
}

bool CalendarPlan::overlapsOthers(int column, int startMinute, int endMinute, qint64 exceptId) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [&](const PlacedItem &placed) {
        return placed.column == column && placed.item.appointmentId != exceptId
                && core::AppointmentStatuses::blocksTime(placed.item.status)
                && placed.startMinute < endMinute && startMinute < placed.bufferEndMinute;
    });
}

} // namespace stillpoint::ui
