// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QSet>

namespace stillpoint::core {

class Database;

// Synthetic session notes for the demo practice: a signed SOAP note for each of a client's
// completed visits (the last 12 at most), written and signed by the visit's therapist, with
// techniques (area, minutes, pressure), pain before and after, cervical rotation, and two to six
// body-chart marks on the head, neck and upper back (upper trapezius, suboccipitals, SCM,
// temporalis …) whose intensity drifts down over the months for clients who respond and stays
// level for those who do not, the points moving a little from visit to visit. A few notes carry
// addenda; the latest visit's note is an open draft; two templates ("Migraine follow-up 60 min",
// "Initial migraine assessment 90 min"). Clients whose red-flag alert still blocks get no notes,
// and those whose alert was cleared only after the clearance. Seeded: the same file and seed give
// the same notes. Nothing in them belongs to a real person.
class DemoNotes
{
public:
    static constexpr int MaxNotesPerClient = 12;

    // Writes notes for the completed visits of clients who have no note yet, in one transaction
    // (audited as one demo.create row); returns the number of notes written (0 when there is no
    // such visit).
    static Result<int> populate(Database &database, const Clock &clock, quint32 seed);
    // The same with another cap on the notes per client (the large practice keeps its note
    // count to a target with it), except for `uncapped` clients, who get a note for every visit.
    static Result<int> populate(Database &database, const Clock &clock, quint32 seed,
                                int maxNotesPerClient, const QSet<qint64> &uncapped = {});
    // populate() for a demo file made before notes existed: does nothing when the file has any
    // note already.
    static Result<int> populateIfNone(Database &database, const Clock &clock, quint32 seed);
};

} // namespace stillpoint::core
