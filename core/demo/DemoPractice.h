// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>

namespace stillpoint::core {

class Database;

// A synthetic but realistic practice for demonstrations and tests: varied names (with accents),
// phones, emails, addresses, some archived clients. Seeded: the same count and seed always give
// the same data. Nothing in it belongs to a real person.
class DemoPractice
{
public:
    static constexpr quint32 DefaultSeed = 20261124;

    static QList<Client> makeClients(int count, const QDate &today, quint32 seed = DefaultSeed);
    // The demo practice's sign-in: users owner, therapist and frontdesk, all with this password
    // (deliberately below the minimum length real accounts need: it is public).
    static constexpr auto DemoPassword = "demo";
    // Creates the demo practice's settings and its three users when the file has no users yet;
    // returns whether it created them.
    static Result<bool> ensureDemoUsers(Database &database, const Clock &clock);

    // Adds `count` demo clients to the database in one transaction, then intakes for them when
    // the file has a therapist or owner to sign them (DemoIntakes) and, when the file has no
    // schedule yet, a year of appointments (DemoSchedule) with signed session notes for the
    // completed visits (DemoNotes), then headache diaries for the clients who have had a session
    // (DemoDiaries); returns how many clients were added.
    static Result<int> populate(Database &database, int count, const Clock &clock,
                                quint32 seed = DefaultSeed);
};

} // namespace stillpoint::core
