// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"

#include <QString>

namespace stillpoint::core {

class Database;

// The practice's own settings, stored in the practice file: its name, time zone and the idle-lock
// delay. Anyone signed in may read them; only the owner may change them (audited).
class PracticeSettings
{
public:
    static constexpr int DefaultIdleLockMinutes = 10;

    explicit PracticeSettings(Database &database, const Clock &clock = SystemClock::instance());

    // Readable before sign-in too (the sign-in dialog shows the practice name).
    Result<QString> practiceName() const;
    Result<QString> timeZoneId() const;
    Result<int> idleLockMinutes() const;

    // 1 to 240 minutes; InvalidInput otherwise.
    Status setIdleLockMinutes(const Session &session, int minutes);
    Status setPracticeName(const Session &session, const QString &name);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
