// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QList>
#include <QString>

namespace stillpoint::core {

enum class CriterionStatus {
    Met,
    NotMet,
    Unknown, // the history does not say
};

// One criterion of an ICHD-3 criteria set and what the reported history says about it.
struct CriterionCheck
{
    QString id; // "A", "B", "C", "D" … as in ICHD-3
    QString text; // the criterion in short, our own words
    CriterionStatus status = CriterionStatus::Unknown;
    QString basis; // what in the history decided it: "6 of 6 aura characteristics reported"
};

enum class ChecklistOutcome {
    Meets, // every criterion the history can answer is met
    Probable, // all but one met (ICHD-3 1.5 "probable migraine"), for example fewer than 5 attacks
    NotMet, // two or more criteria not met
    NotEnoughInformation, // too many answers missing to say
};

struct CriteriaSetResult
{
    QString code; // "1.1", "1.2", "1.3"
    QString title; // "Migraine without aura"
    QList<CriterionCheck> criteria;
    ChecklistOutcome outcome = ChecklistOutcome::NotEnoughInformation;
    QString summary; // one sentence, never diagnostic: "The reported history meets these criteria"
};

// Which ICHD-3 (final version, 2018) criteria the client's reported history meets, for the
// physician: migraine without aura (1.1), with aura (1.2, "at least 3 of 6" characteristics) and
// chronic migraine (1.3). History to share with a physician, never a diagnosis; criterion
// "not better accounted for by another diagnosis" is always left to the physician.
struct HeadacheHistoryChecklist
{
    QList<CriteriaSetResult> sets; // always three, in the order 1.1, 1.2, 1.3

    static HeadacheHistoryChecklist evaluate(const MigraineHistory &history);
    // "Reported history for a physician to review. This is not a diagnosis."
    static QString disclaimer();
    static QString outcomeLabel(ChecklistOutcome outcome);
    static QString statusLabel(CriterionStatus status);
};

} // namespace stillpoint::core
