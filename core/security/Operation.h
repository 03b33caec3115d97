// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stillpoint::core {

// Every operation core performs for a signed-in user. Each one must appear in the Permissions
// table; one that does not is denied to everybody.
enum class Operation {
    ClientSearch, // the client list: names and contact details
    ClientReadContact, // one client's contact record, alerts for the front desk
    ClientReadAllAlerts, // alerts that are for the therapist only
    ClientCreate,
    ClientUpdate,
    ClientArchive,
    ClinicalRead, // intakes, notes, diaries, scores
    ClinicalWrite,
    UserManage,
    AuditRead,
    AuditVerify,
    SettingsChange,
    BackupCreate,
    DataExport,
    DemoCreate,
    ScheduleRead, // the calendar, appointment details for the desk, the waitlist
    ScheduleWrite, // book, move, cancel, check in; the waitlist
    ScheduleManage, // therapists, working hours, time off, rooms, appointment types
    PracticeOverview, // practice-wide figures: sessions, attendance, share of clients improved
};

namespace Operations {
// Stable key for the audit trail, for example "client.update".
QString key(Operation operation);
// Every operation, for tests and the audit viewer's filter.
QList<Operation> all();
} // namespace Operations

} // namespace stillpoint::core
