// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/intake/Intake.h"

#include <QByteArray>
#include <QDate>

namespace stillpoint::core {

class Database;

// Synthetic intakes for the demo practice and for tests: varied migraine histories (episodic
// without aura, with visual aura, chronic with frequent triptan use, pressing two-sided headaches
// that do not meet migraine criteria, probable migraine, menstrual migraine) and some red flags
// (onset after 50 with a pattern change; a headache since a whiplash injury). Nothing in them
// belongs to a real person.
class DemoIntakes
{
public:
    static constexpr int ProfileCount = 8;
    // Profiles that answer a red flag Yes.
    static bool profileHasRedFlag(int profile) { return profile == 4 || profile == 5; }

    // A complete intake, ready to sign: every red flag answered, consent agreed and signed, MIDAS
    // and HIT-6 answered. `profile` is taken modulo ProfileCount.
    static Intake sample(int profile, qint64 clientId, const QDate &intakeDate);
    // The drawn signature the demo intakes carry (a PNG compiled into Stillpoint).
    static QByteArray demoSignature();

    // Gives most active clients without an intake a signed one (a few an older version too, a
    // few an open draft), MIDAS and HIT-6 follow-ups over the months since, and a blocking alert
    // for red-flag profiles (cleared with a reason for some). Signed by the demo therapist (or
    // the first therapist or owner); nothing is written while the file has no such account.
    // One transaction; returns the number of intakes written.
    static Result<int> populate(Database &database, const Clock &clock, quint32 seed);
    // populate() for a demo file made before intakes existed: does nothing when the file has any
    // intake already.
    static Result<int> populateIfNone(Database &database, const Clock &clock, quint32 seed);
};

} // namespace stillpoint::core
