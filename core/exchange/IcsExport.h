// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"

#include <QDate>
#include <QString>

namespace stillpoint::core {

class Database;

// Which appointments to export: the days from `firstDay` to `lastDay` (both included, at most a
// year) in the practice's time zone, of one therapist or of everyone.
struct IcsExportRequest
{
    QDate firstDay;
    QDate lastDay;
    qint64 therapistId = 0; // 0: the whole practice
};

// Appointments as an iCalendar (.ics) file for phones and calendar apps (IcsCalendar renders
// it): cancelled ones included as CANCELLED, so that a calendar that imported them before drops
// them. Written all or nothing through QSaveFile, readable by its owner only, and audited as one
// data.export row with the number of appointments, before the file appears.
// Who may export: a therapist their own calendar (ScheduleRead: it is their diary, and holds no
// more than the day view shows them); anything else, another therapist's calendar or the whole
// practice's, also needs DataExport, the owner's. The front desk runs the calendar on screen but
// does not take it out of the practice file: first names and times leave the file for good once
// they are synced to someone's phone.
class IcsExport
{
public:
    explicit IcsExport(Database &database, const Clock &clock = SystemClock::instance());

    // Returns the number of appointments (events) written.
    Result<int> write(const Session &session, const IcsExportRequest &request,
                      const QString &path) const;

    // The practice file's calendar identity: a random UUID made on the first export and kept in
    // the practice settings, so that UIDs stay the same across exports (and in a restored
    // backup) and never carry anything about a person.
    Result<QString> calendarIdentity() const;

private:
    // DataExport, with a refusal that says what a therapist may do instead (audited as denied).
    Status requireExport(const Session &session) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
