// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/notes/ChartLegend.h"
#include "core/security/Session.h"

#include <QString>

namespace stillpoint::core {

class Database;

// The practice's own settings, stored in the practice file: its name, time zone, the idle-lock
// delay, the notice a cancellation needs and the body chart's legend. Anyone signed in may read
// them; only the owner may change them (audited).
class PracticeSettings
{
public:
    static constexpr int DefaultIdleLockMinutes = 10;
    // A cancellation with less notice than this counts as late (shown when booking).
    static constexpr int DefaultLateCancellationHours = 24;

    explicit PracticeSettings(Database &database, const Clock &clock = SystemClock::instance());

    // Readable before sign-in too (the sign-in dialog shows the practice name).
    Result<QString> practiceName() const;
    Result<QString> timeZoneId() const;
    Result<int> idleLockMinutes() const;
    // Hours of notice a client must give to cancel without it counting as late (0 to 168).
    Result<int> lateCancellationHours() const;

    // 1 to 240 minutes; InvalidInput otherwise.
    Status setIdleLockMinutes(const Session &session, int minutes);
    Status setPracticeName(const Session &session, const QString &name);
    // 0 to 168 hours; InvalidInput otherwise.
    Status setLateCancellationHours(const Session &session, int hours);
    // What the practice calls the body chart's mark types and their colours (every type, in the
    // catalogue's order; the defaults until the owner changes them).
    Result<ChartLegend> bodyChartLegend() const;
    // Refused (InvalidInput naming the field) when ChartLegend::problems() finds anything.
    Status setBodyChartLegend(const Session &session, const ChartLegend &legend);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
