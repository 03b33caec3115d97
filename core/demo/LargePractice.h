// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/demo/DemoPractice.h"

#include <QString>

#include <functional>

namespace stillpoint::core {

class Database;

// How big a generated practice is. The named sizes keep the same shape (ten therapists, ten
// years) and scale the rest with the number of clients, so that a benchmark run on each shows how
// cost grows with the practice alone.
struct LargePracticeSize
{
    int clients = 0;
    int therapists = 10;
    int years = 10;
    int appointments = 0;
    int notes = 0; // signed notes, at most (the visits of red-flag clients get none)
    int diaryEntries = 0;
    int auditRows = 0; // a history of sign-ins, chart reads and bookings before the data itself

    static LargePracticeSize small(); // 1,000 clients
    static LargePracticeSize medium(); // 10,000 clients
    static LargePracticeSize large(); // 50,000 clients, 500,000 appointments, 1,000,000 diary rows
    // "small", "medium" or "large"; std::nullopt for anything else.
    static std::optional<LargePracticeSize> named(const QString &name);
};

// What was written. Two runs with the same size and seed on the same day give the same counts
// (and the same LargePractice::checksum()).
struct LargePracticeCounts
{
    qint64 clients = 0;
    qint64 intakes = 0;
    qint64 appointments = 0;
    qint64 notes = 0;
    qint64 diaryEntries = 0;
    qint64 auditRows = 0;
};

// A made-up practice at the scale of a large clinic, for measuring Stillpoint (stillpoint-cli
// demo --scale, stillpoint-cli bench). It is the demo practice (its users owner, therapist and
// frontdesk with the password "demo", its clients, intakes, notes and diaries) with nine more
// therapists (therapist2 … therapist10, same password), every therapist with a room of their own
// and a schedule of 45-minute slots from 08:00 to 20:00, Monday to Saturday, over `years` years
// ending eight weeks from today. Everything is written through core's bulk writers (one prepared
// statement per table, one transaction per step); the schema's triggers stay in place and check
// every row, so the generator only ever makes appointments that do not overlap. Seeded: the same
// size, seed and day give the same practice, whatever the hour. Nothing in it belongs to a real
// person.
class LargePractice
{
public:
    // Called after each step with its name and how long it took.
    using Progress = std::function<void(const QString &step, qint64 rows, qint64 milliseconds)>;

    // Fills a file that has no users and no clients yet (InvalidInput otherwise).
    static Result<LargePracticeCounts> populate(Database &database, const LargePracticeSize &size,
                                                const Clock &clock,
                                                quint32 seed = DemoPractice::DefaultSeed,
                                                const Progress &progress = {});

    // What the file holds now, counted, and a checksum over the schedule's and diary's key
    // columns (for the generator's determinism test).
    static Result<LargePracticeCounts> count(Database &database);
    static Result<QByteArray> checksum(Database &database);

    // A client worth opening in a benchmark: the one with the most session notes (the showcase
    // client, with weekly visits for two and a half years and a two-year diary).
    static Result<qint64> busiestClient(Database &database);
};

} // namespace stillpoint::core
