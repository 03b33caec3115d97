// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

class Database;

// A table to export: what it is (for the audit trail), its header and its rows.
struct CsvExportTable
{
    QString kind; // "clients", "appointments"; the audit row says "<kind> CSV, N rows"
    QStringList header;
    QList<QStringList> rows;
};

// Practice data as CSV files for spreadsheets and other software, for the owner only (DataExport).
// Each export is written all or nothing through CsvWriter (neutralised, RFC 4180 quoting) and
// audited with its row count; the file only appears once the audit row is saved. Adding a kind
// of export (appointments) is one function that builds a CsvExportTable and calls write().
class CsvExportService
{
public:
    explicit CsvExportService(Database &database, const Clock &clock = SystemClock::instance());

    // Every client, archived ones included, one per row; returns how many. The header uses the
    // import's field names, so that the file imports again as it is. Alerts are left out: some
    // are for the therapist only (a client's complete record is a separate export).
    Result<int> exportClients(const Session &session, const QString &path) const;

    // The header exportClients() writes.
    static QStringList clientHeader();

    // Every appointment, cancelled and no-show ones included, one per row by start time; returns
    // how many. Date and times are the practice's wall-clock time (ISO: 2026-03-03, 09:00);
    // the client is named by number, given and family name. What the desk sees and nothing
    // clinical: status, cancellation (by whom, why, late or not), desk notes, who booked it and
    // the price.
    Result<int> exportAppointments(const Session &session, const QString &path) const;

    // The header exportAppointments() writes.
    static QStringList appointmentHeader();

private:
    Status requireExport(const Session &session) const;
    Result<int> write(const Session &session, const QString &path,
                      const CsvExportTable &table) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
