// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleResources.h"

namespace stillpoint::core {

WorkingInterval WorkingInterval::of(int weekday, const QTime &start, const QTime &end)
{
    const int startMinute = start.hour() * 60 + start.minute();
    // 00:00 as an end means "until midnight".
    const int endMinute = end == QTime(0, 0) ? 24 * 60 : end.hour() * 60 + end.minute();
    return WorkingInterval{ weekday, startMinute, endMinute };
}

QTime WorkingInterval::startTime() const
{
    return QTime(startMinute / 60, startMinute % 60);
}

QTime WorkingInterval::endTime() const
{
    return endMinute >= 24 * 60 ? QTime(0, 0) : QTime(endMinute / 60, endMinute % 60);
}

} // namespace stillpoint::core
