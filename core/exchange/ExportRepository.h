// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Recurrence.h"

#include <QList>
#include <QPair>
#include <QString>

namespace stillpoint::core {

class Database;

// One appointment with the names an export shows beside it.
struct ExportedAppointment
{
    Appointment appointment;
    QString clientGivenName;
    QString clientFamilyName;
    QString therapistName;
    QString roomName;
    QString typeName;
};

// Whole-table reads for the practice-wide exports, which the schedule's repositories do not offer
// (they read a calendar range or one client). No access checks: the export services check
// DataExport and write one audit row for the whole export. The column lists are the schedule's
// own (ScheduleSql), so a schema change is made in one place.
class ExportRepository
{
public:
    explicit ExportRepository(Database &database);

    // Every practice setting as key and value, by key.
    Result<QList<QPair<QString, QString>>> settings() const;
    // Every appointment (of one client when clientId > 0), cancelled and no-show ones included,
    // by start time.
    Result<QList<ExportedAppointment>> appointments(qint64 clientId = 0) const;
    // Every recurring series, by id.
    Result<QList<RecurringSeries>> series() const;

private:
    Database &m_database;
};

// A consistent view for one export: a read transaction, so that (the file being in WAL mode)
// every read made while it lasts sees the practice file as it was at the first one, whatever is
// written meanwhile: no appointment of a client the export did not see. It writes nothing and
// ends when it goes; nothing inside it may write (the audit row comes after).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Status &status() const { return m_status; }

private:
    Database &m_database;
    Status m_status;
    bool m_active = false;
};

} // namespace stillpoint::core
