// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace stillpoint::core {

// What a signed-in person is in the practice. The role alone decides what they may do
// (see Permissions).
enum class Role {
    Owner, // everything, including users, settings, the audit trail and backups
    Therapist, // clinical records, notes, schedule
    FrontDesk, // schedule, contact details, front-desk alerts; never clinical content
};

namespace Roles {
// Stable key stored in the database: "owner", "therapist", "frontdesk".
QString key(Role role);
std::optional<Role> fromKey(const QString &key);
// Shown to people: "Owner", "Therapist", "Front desk".
QString label(Role role);
} // namespace Roles

} // namespace stillpoint::core
