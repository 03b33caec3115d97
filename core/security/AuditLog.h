// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/AuditTrail.h"
#include "core/security/Session.h"

#include <QString>

namespace stillpoint::core {

class Database;

// The audit trail as the owner reads it: the same entries and verification as AuditTrail, behind
// the access check (AuditRead / AuditVerify), plus a CSV export written all-or-nothing through
// QSaveFile and itself audited.
class AuditLog
{
public:
    explicit AuditLog(Database &database, const Clock &clock = SystemClock::instance());

    Result<QList<AuditEntry>> entries(const Session &session, const AuditFilter &filter) const;
    Result<AuditVerification> verify(const Session &session) const;
    // Every entry matching the filter (offset and limit ignored), oldest first; returns how many
    // rows were written. Cells that a spreadsheet would run as a formula are neutralised.
    Result<int> exportCsv(const Session &session, const AuditFilter &filter,
                          const QString &path) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
