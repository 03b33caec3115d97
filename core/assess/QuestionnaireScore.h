// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stillpoint::core {

// The outcome of scoring one completed questionnaire: the total, the band it falls in (index into
// QuestionnaireDefinition::bands) and the band's grade and label, copied so the result stands
// alone.
struct QuestionnaireScore
{
    int total = 0;
    int bandIndex = 0;
    QString grade; // "I", "IV"; empty for questionnaires without numbered grades (HIT-6)
    QString gradeLabel; // "Moderate disability", "Severe impact"
    int minimumPossible = 0;
    int maximumPossible = 0;

    friend bool operator==(const QuestionnaireScore &, const QuestionnaireScore &) = default;
};

} // namespace stillpoint::core
