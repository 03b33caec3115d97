// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace stillpoint::core {

class Database;

// One appointment as the practice overview counts it.
struct AppointmentTally
{
    QDate localDate; // the practice's wall-clock date it was booked for
    QString status; // AppointmentStatuses key: "completed", "no-show", "cancelled" …
    bool cancelledByPractice = false;
    bool lateCancellation = false;
};

// The read-only queries the progress figures need across the schedule and the notes (what each
// feature's own repository has no reason to offer): dates of completed sessions, the first
// session of every client, appointments in a span, the number of active clients. No access
// checks: ProgressService checks and audits.
class ProgressRepository
{
public:
    explicit ProgressRepository(Database &database);

    // Local dates of the client's completed appointments, oldest first.
    Result<QList<QDate>> completedSessionDates(qint64 clientId) const;
    // For every client with one: the date of the first completed appointment or signed note,
    // whichever came first.
    Result<QHash<qint64, QDate>> firstSessionDates() const;
    // Appointments starting in [fromUtc, toUtc), in any status.
    Result<QList<AppointmentTally>> appointmentsStarting(const QDateTime &fromUtc,
                                                         const QDateTime &toUtc) const;
    // Clients not archived.
    Result<int> activeClients() const;

private:
    Database &m_database;
};

} // namespace stillpoint::core
