// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/intake/Intake.h"
#include "core/outcomes/DiaryEntry.h"

#include <QDate>
#include <QList>

namespace stillpoint::core {

class Database;

// Headache diaries for the demo practice: for most active clients with a signed intake and a
// first session (completed visit or signed note), one row a day from about six weeks before that
// session to today, headache-free days included, with now and then a day or a week not written
// down. Attacks follow the intake (how often, how long, how bad, with what symptoms, medication
// and triggers); menstrual migraine follows a cycle. After care begins some clients improve
// (headache days per 28 fall by 40–70% over about two months) and others do not; one chronic
// client takes a triptan on 10 or more days in each of the last four complete months, so the
// medication-overuse warning shows. Seeded: the same inputs give the same diaries. Nothing in
// them belongs to a real person.
class DemoDiaries
{
public:
    enum class Course {
        Improves,
        Unchanged,
        Overuse, // the triptan-overuse client: no improvement, diary up to last month's end
    };

    // What one client's diary is made from.
    struct Plan
    {
        qint64 clientId = 0;
        Intake intake; // the latest signed one
        QDate firstSession;
        Course course = Course::Unchanged;
    };

    // The rows for one plan, from the diary's first day to `today` (or the end of last month for
    // Overuse), by date.
    static QList<DiaryEntry> make(const Plan &plan, const QDate &today, quint32 seed);

    // Writes diaries for clients that have none yet, in one transaction with one audit row;
    // returns the number of rows written (0 when no client qualifies).
    static Result<int> populate(Database &database, const Clock &clock, quint32 seed);
    // populate() for a demo file made before diaries existed: does nothing when any diary row
    // is stored.
    static Result<int> populateIfNone(Database &database, const Clock &clock, quint32 seed);
};

} // namespace stillpoint::core
