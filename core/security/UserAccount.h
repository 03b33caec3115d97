// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Role.h"

#include <QDateTime>
#include <QString>

namespace stillpoint::core {

// A person who can sign in. The password hash never leaves core/security.
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntilUtc; // null when not locked
    QDateTime createdAt;
    int rowVersion = 0;
};

} // namespace stillpoint::core
