// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Role.h"

namespace stillpoint::core::Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Therapist:
        return QStringLiteral("therapist");
    case Role::FrontDesk:
        return QStringLiteral("frontdesk");
    }
    return {};
}

std::optional<Role> fromKey(const QString &text)
{
    for (Role role : { Role::Owner, Role::Therapist, Role::FrontDesk }) {
        if (key(role) == text.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("Owner");
    case Role::Therapist:
        return QStringLiteral("Therapist");
    case Role::FrontDesk:
        return QStringLiteral("Front desk");
    }
    return {};
}

} // namespace stillpoint::core::Roles
