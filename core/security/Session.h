// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Role.h"

#include <QDateTime>
#include <QString>

namespace stillpoint::core {

// Who is signed in. Passed to every core operation (never held in a global), so the access check
// and the audit trail always know who is acting.
struct Session
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QDateTime signedInAtUtc;
};

} // namespace stillpoint::core
