// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireDefinition.h"
#include "core/assess/QuestionnaireScore.h"
#include "core/common/Result.h"

#include <QMap>
#include <QString>

namespace stillpoint::core {

// Item id -> answer: a number of days or a scale value, or the chosen option's index (0 = first).
using QuestionnaireAnswers = QMap<QString, int>;

// Scores answers against a definition from QuestionnaireLoader. Refuses, with an InvalidInput error
// whose `field` is the item id, an answer to an unknown item, a value outside the item's range and
// an unanswered scored item. Unscored items may be left out and never change the total.
class QuestionnaireScorer
{
public:
    static Result<QuestionnaireScore> score(const QuestionnaireDefinition &definition,
                                            const QuestionnaireAnswers &answers);
    // Every given answer belongs to an item and is within its range (unanswered items are fine).
    static Status checkAnswers(const QuestionnaireDefinition &definition,
                               const QuestionnaireAnswers &answers);
    // Every scored item is answered.
    static bool isComplete(const QuestionnaireDefinition &definition,
                           const QuestionnaireAnswers &answers);
};

} // namespace stillpoint::core
