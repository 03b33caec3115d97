// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Waitlist.h"

namespace stillpoint::core {

QString WaitlistStatuses::key(WaitlistStatus status)
{
    switch (status) {
    case WaitlistStatus::Open:
        return QStringLiteral("open");
    case WaitlistStatus::Booked:
        return QStringLiteral("booked");
    case WaitlistStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<WaitlistStatus> WaitlistStatuses::fromKey(const QString &text)
{
    for (WaitlistStatus status :
         { WaitlistStatus::Open, WaitlistStatus::Booked, WaitlistStatus::Removed }) {
        if (key(status) == text)
            return status;
    }
    return std::nullopt;
}

PartOfDay Waitlist::partOfDay(const QTime &localTime)
{
    if (localTime.hour() < 12)
        return PartOfDay::Morning;
    if (localTime.hour() < 17)
        return PartOfDay::Afternoon;
    return PartOfDay::Evening;
}

std::optional<QDateTime> Waitlist::suitableStart(const WaitlistEntry &entry, const FreeGap &gap,
                                                 int durationMinutes, int bufferMinutes,
                                                 const QDate &today, const QTimeZone &zone)
{
    if (entry.status != WaitlistStatus::Open)
        return std::nullopt;
    if (entry.expiresOn.isValid() && entry.expiresOn < today)
        return std::nullopt;
    if (entry.therapistId != 0 && entry.therapistId != gap.therapistId)
        return std::nullopt;
    constexpr qint64 step = 15 * 60;
    for (QDateTime start = gap.startUtc; gap.fits(start, durationMinutes, bufferMinutes);
         start = start.addSecs(step)) {
        const QDateTime local = start.toTimeZone(zone);
        if (entry.wantsWeekday(local.date().dayOfWeek())
            && entry.wantsPartOfDay(partOfDay(local.time())))
            return start;
    }
    return std::nullopt;
}

} // namespace stillpoint::core
