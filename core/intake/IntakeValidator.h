// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/intake/Intake.h"

#include <QList>

namespace stillpoint::core {

// Rules an intake must meet. A draft is saved whatever it holds (an autosave must never lose
// typing); the form shows problems() next to each field, and signing refuses an intake with any
// problem or with an incomplete signing requirement.
//
// Field keys name the input: "migraine.peakIntensity", "health.pregnancyWeeks",
// "migraine.acuteMedications.2.daysPerMonth", "questionnaire.midas.q3", "redFlags.systemic",
// "consent.typedName", "consent.signature", "consent.date", "intakeDate".
class IntakeValidator
{
public:
    // Out-of-range numbers, contradictory answers, questionnaire answers out of range, unknown
    // keys.
    static QList<Error> problems(const Intake &intake);
    // problems() plus what signing needs: intake date, every red-flag question answered, consent
    // agreed with the typed name, a date and a drawn signature.
    static QList<Error> problemsForSigning(const Intake &intake);
};

} // namespace stillpoint::core
