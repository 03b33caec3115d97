// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Operation.h"
#include "core/security/Session.h"

namespace stillpoint::core {

class Database;

// The one access check every core operation goes through: asks the Permissions table whether the
// session's role may perform the operation, and writes a denied attempt to the audit trail
// before refusing it.
class AccessControl
{
public:
    AccessControl(Database &database, const Clock &clock = SystemClock::instance());

    Status require(const Session &session, Operation operation, qint64 clientId = 0) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
