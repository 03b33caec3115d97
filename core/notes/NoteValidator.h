// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/SessionNote.h"

#include <QList>

namespace stillpoint::core {

// Rules a session note must meet. A draft is saved whatever it holds (an autosave must never lose
// typing); the editor shows problems() next to each field, and signing refuses a note with any
// problem from problemsForSigning().
//
// Field keys name the input: "sessionDate", "subjective.painBefore",
// "subjective.headacheDaysSinceLastVisit", "assessment.painAfter", "plan.nextVisit",
// "objective.rangeOfMotion.1.degrees", "objective.rangeOfMotion.1.motion",
// "objective.techniques.0.minutes", "objective.techniques.0.technique", "marks.2.x", "marks.2.y",
// "marks.2.intensity", "marks.2.direction", "marks.2.ppt", "marks.2.muscle", and "soap" when
// nothing at all is written.
class NoteValidator
{
public:
    // Out-of-range numbers and contradictions in what is written.
    static QList<Error> problems(const NoteContent &content);
    // problems() plus what signing needs: a session date and something written in S, O, A or P.
    static QList<Error> problemsForSigning(const SessionNote &note);
    // Whether anything is written in S, O, A or P (text, numbers, techniques or ranges of motion).
    static bool hasWriting(const NoteContent &content);
};

} // namespace stillpoint::core
