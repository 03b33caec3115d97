// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Operation.h"

#include <QList>

namespace stillpoint::core::Operations {

QString key(Operation operation)
{
    switch (operation) {
    case Operation::ClientSearch:
        return QStringLiteral("client.search");
    case Operation::ClientReadContact:
        return QStringLiteral("client.read");
    case Operation::ClientReadAllAlerts:
        return QStringLiteral("client.read-alerts");
    case Operation::ClientCreate:
        return QStringLiteral("client.create");
    case Operation::ClientUpdate:
        return QStringLiteral("client.update");
    case Operation::ClientArchive:
        return QStringLiteral("client.archive");
    case Operation::ClinicalRead:
        return QStringLiteral("clinical.read");
    case Operation::ClinicalWrite:
        return QStringLiteral("clinical.write");
    case Operation::UserManage:
        return QStringLiteral("users.manage");
    case Operation::AuditRead:
        return QStringLiteral("audit.read");
    case Operation::AuditVerify:
        return QStringLiteral("audit.verify");
    case Operation::SettingsChange:
        return QStringLiteral("settings.change");
    case Operation::BackupCreate:
        return QStringLiteral("backup.create");
    case Operation::DataExport:
        return QStringLiteral("data.export");
    case Operation::DemoCreate:
        return QStringLiteral("demo.create");
    case Operation::ScheduleRead:
        return QStringLiteral("schedule.read");
    case Operation::ScheduleWrite:
        return QStringLiteral("schedule.write");
    case Operation::ScheduleManage:
        return QStringLiteral("schedule.manage");
    case Operation::PracticeOverview:
        return QStringLiteral("practice.overview");
    }
    return QStringLiteral("unknown");
}

QList<Operation> all()
{
    return {
        Operation::ClientSearch,    Operation::ClientReadContact, Operation::ClientReadAllAlerts,
        Operation::ClientCreate,    Operation::ClientUpdate,      Operation::ClientArchive,
        Operation::ClinicalRead,    Operation::ClinicalWrite,     Operation::UserManage,
        Operation::AuditRead,       Operation::AuditVerify,       Operation::SettingsChange,
        Operation::BackupCreate,    Operation::DataExport,        Operation::DemoCreate,
        Operation::ScheduleRead,    Operation::ScheduleWrite,     Operation::ScheduleManage,
        Operation::PracticeOverview
    };
}

} // namespace stillpoint::core::Operations
