// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Availability.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace stillpoint::core {

// Parts of the day a client can come, as flags: morning before 12:00, afternoon 12:00–17:00,
// evening from 17:00 (the slot's local start time decides).
enum class PartOfDay { Morning = 1, Afternoon = 2, Evening = 4 };

enum class WaitlistStatus { Open, Booked, Removed };

namespace WaitlistStatuses {
QString key(WaitlistStatus status); // "open", "booked", "removed"
std::optional<WaitlistStatus> fromKey(const QString &key);
} // namespace WaitlistStatuses

// A client waiting for an earlier or better time. Entries are closed (booked or removed), never
// deleted. `notes` are for the desk, never clinical.
struct WaitlistEntry
{
    static constexpr int AllWeekdays = 0x7f;
    static constexpr int AllDay = 0x7;

    qint64 id = 0;
    qint64 clientId = 0;
    qint64 therapistId = 0; // 0: any therapist
    qint64 typeId = 0;
    int weekdays = AllWeekdays; // bit 0 Monday … bit 6 Sunday
    int partsOfDay = AllDay; // PartOfDay flags
    QString notes;
    QDate addedOn;
    QDate expiresOn; // null: no expiry; the entry no longer matches after this date
    WaitlistStatus status = WaitlistStatus::Open;
    int rowVersion = 0;

    static int weekdayBit(int qtWeekday) { return 1 << (qtWeekday - 1); }
    bool wantsWeekday(int qtWeekday) const { return (weekdays & weekdayBit(qtWeekday)) != 0; }
    bool wantsPartOfDay(PartOfDay part) const { return (partsOfDay & static_cast<int>(part)) != 0; }
};

// A waitlist entry with the names the desk reads, and its type's length and buffer.
struct WaitlistItem
{
    WaitlistEntry entry;
    QString clientName;
    QString clientFirstName;
    QString therapistName; // empty for any therapist
    QString typeName;
    int typeMinutes = 0;
    int typeBufferMinutes = 0;
};

// A waitlist entry that could take a freed time: the freed slot's therapist and room and the
// earliest start in it that suits the entry.
struct WaitlistMatch
{
    WaitlistItem item;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    QDateTime suggestedStartUtc;
    QDateTime suggestedEndUtc;
};

namespace Waitlist {

// The part of the day a local wall-clock time falls in.
PartOfDay partOfDay(const QTime &localTime);

// The earliest start in `gap` (on a 15-minute grid from its start) at which `entry` would take
// the freed time: open, not expired on `today`, the right therapist (or any), a suitable weekday
// and part of the day, and long enough for the entry's type (`durationMinutes` + buffer).
std::optional<QDateTime> suitableStart(const WaitlistEntry &entry, const FreeGap &gap,
                                       int durationMinutes, int bufferMinutes, const QDate &today,
                                       const QTimeZone &zone);

} // namespace Waitlist

} // namespace stillpoint::core
