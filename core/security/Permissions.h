// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Operation.h"
#include "core/security/Role.h"

#include <QList>

namespace stillpoint::core {

// One line of the access table: an operation and the roles allowed to perform it.
struct PermissionRule
{
    Operation operation;
    QList<Role> roles;
};

// The declarative table that decides who may do what. Deny by default: an operation that is not
// in the table is allowed to nobody.
namespace Permissions {
const QList<PermissionRule> &table();
bool allows(Role role, Operation operation);
} // namespace Permissions

} // namespace stillpoint::core
