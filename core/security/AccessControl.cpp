// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AccessControl.h"

#include "core/security/AuditTrail.h"
#include "core/security/Permissions.h"

namespace stillpoint::core {

AccessControl::AccessControl(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Status AccessControl::require(const Session &session, Operation operation, qint64 clientId) const
{
    if (session.userId > 0 && Permissions::allows(session.role, operation))
        return {};
    AuditEvent denied;
    denied.operation = Operations::key(operation);
    denied.userId = session.userId;
    denied.username = session.username;
    denied.clientId = clientId;
    denied.outcome = AuditOutcome::Denied;
    if (Status audited = AuditTrail(m_database, m_clock).record(denied); !audited)
        return audited;
    return makeError(ErrorCode::Denied,
                     QStringLiteral("%1 accounts may not do this (%2). Ask the practice owner if "
                                    "you need it.")
                             .arg(Roles::label(session.role), Operations::key(operation)));
}

} // namespace stillpoint::core
