// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Permissions.h"

namespace stillpoint::core {

const QList<PermissionRule> &Permissions::table()
{
    constexpr Role owner = Role::Owner;
    constexpr Role therapist = Role::Therapist;
    constexpr Role desk = Role::FrontDesk;
    static const QList<PermissionRule> rules{
        { Operation::ClientSearch, { owner, therapist, desk } },
        { Operation::ClientReadContact, { owner, therapist, desk } },
        { Operation::ClientReadAllAlerts, { owner, therapist } },
        { Operation::ClientCreate, { owner, therapist, desk } },
        { Operation::ClientUpdate, { owner, therapist, desk } },
        { Operation::ClientArchive, { owner, therapist, desk } },
        // The front desk never sees clinical content.
        { Operation::ClinicalRead, { owner, therapist } },
        { Operation::ClinicalWrite, { owner, therapist } },
        { Operation::UserManage, { owner } },
        { Operation::AuditRead, { owner } },
        { Operation::AuditVerify, { owner } },
        { Operation::SettingsChange, { owner } },
        { Operation::BackupCreate, { owner } },
        { Operation::DataExport, { owner } },
        { Operation::DemoCreate, { owner } },
        // The desk runs the calendar; only the owner sets up who works when and where.
        { Operation::ScheduleRead, { owner, therapist, desk } },
        { Operation::ScheduleWrite, { owner, therapist, desk } },
        { Operation::ScheduleManage, { owner } },
        // Figures across every client (aggregates only) are for whoever runs the practice.
        { Operation::PracticeOverview, { owner } },
    };
    return rules;
}

bool Permissions::allows(Role role, Operation operation)
{
    for (const PermissionRule &rule : table()) {
        if (rule.operation == operation)
            return rule.roles.contains(role);
    }
    return false;
}

} // namespace stillpoint::core
