// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireScorer.h"

namespace stillpoint::core {

namespace {

int scoreOf(const QuestionnaireItem &item, int answer)
{
    if (item.kind == AnswerKind::Choice)
        return item.options.at(answer).score;
    return answer;
}

} // namespace

Status QuestionnaireScorer::checkAnswers(const QuestionnaireDefinition &definition,
                                         const QuestionnaireAnswers &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QuestionnaireItem *item = definition.item(it.key());
        if (!item)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 has no item \"%2\"; this answer belongs to another "
                                            "questionnaire or version.")
                                     .arg(definition.title, it.key()),
                             it.key());
        if (it.value() < item->lowestAnswer() || it.value() > item->highestAnswer())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\": %2 is out of range; the answer must be %3.")
                                     .arg(item->label)
                                     .arg(it.value())
                                     .arg(item->allowedRange()),
                             item->id);
    }

    return Status::success();
}

bool QuestionnaireScorer::isComplete(const QuestionnaireDefinition &definition,
                                     const QuestionnaireAnswers &answers)
{
    for (const QuestionnaireItem &item : definition.items) {
        if (item.scored && !answers.contains(item.id))
            return false;
    }
    return true;
}

Result<QuestionnaireScore> QuestionnaireScorer::score(const QuestionnaireDefinition &definition,
                                                      const QuestionnaireAnswers &answers)
{
    if (Status checked = checkAnswers(definition, answers); !checked)
        return checked.error();

    QuestionnaireScore result;
    for (const QuestionnaireItem &item : definition.items) {
        if (!item.scored)
            continue;
        const auto answer = answers.constFind(item.id);
        if (answer == answers.cend())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is not answered; every scored item needs an "
                                            "answer (%2).")
                                     .arg(item.label, item.allowedRange()),
                             item.id);
        result.total += scoreOf(item, answer.value());
    }

    result.minimumPossible = definition.lowestTotal();
    result.maximumPossible = definition.highestTotal();
    for (qsizetype i = 0; i < definition.bands.size(); ++i) {
        const GradeBand &band = definition.bands.at(i);
        if (result.total >= band.minimum && result.total <= band.maximum) {
            result.bandIndex = static_cast<int>(i);
            result.grade = band.grade;
            result.gradeLabel = band.label;
            return result;
        }
    }
    // Unreachable for definitions from QuestionnaireLoader, whose bands cover every total.
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1: no grade band covers a total of %2. Check the "
                                    "questionnaire definition.")
                             .arg(definition.title)
                             .arg(result.total));
}

} // namespace stillpoint::core
