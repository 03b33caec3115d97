// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Recurrence.h"
#include "core/schedule/ScheduleResources.h"
#include "core/schedule/Waitlist.h"

#include <QList>
#include <functional>

namespace stillpoint::core {

class Database;
class Transaction;

// A whole schedule to store at once (the demo practice; later, imports). Records refer to each
// other by position in these lists, as none has an id yet.
struct ScheduleBundle
{
    struct TherapistRecord
    {
        Therapist therapist; // userId must name an existing account
        QList<WorkingInterval> hours;
        QList<TimeOff> timeOff; // therapistId is ignored
    };
    struct SeriesRecord
    {
        RecurringSeries series; // clientId is a real id; therapist, room, type by position:
        int therapist = 0;
        int room = 0;
        int type = 0;
    };
    struct AppointmentRecord
    {
        Appointment appointment; // clientId is a real id; the others by position:
        int therapist = 0;
        int room = 0;
        int type = 0;
        int series = -1; // -1: not in a series
    };
    struct WaitlistRecord
    {
        WaitlistEntry entry; // clientId is a real id; therapist (-1: any) and type by position
        int therapist = -1;
        int type = 0;
    };

    QList<TherapistRecord> therapists;
    QList<Room> rooms;
    QList<AppointmentType> types;
    QList<SeriesRecord> series;
    QList<AppointmentRecord> appointments;
    QList<WaitlistRecord> waitlist;
};

// Stores a ScheduleBundle in one BEGIN IMMEDIATE transaction (all or nothing), with no access
// checks: the caller decides (the demo practice audits one row through `beforeCommit`). The
// database's triggers still refuse any overlap.
class ScheduleLoader
{
public:
    using BeforeCommit = std::function<Status(const Transaction &)>;

    // Returns the number of appointments stored.
    static Result<int> load(Database &database, const Clock &clock, const ScheduleBundle &bundle,
                            const ScheduleAuthor &author, const BeforeCommit &beforeCommit = {});
};

} // namespace stillpoint::core
