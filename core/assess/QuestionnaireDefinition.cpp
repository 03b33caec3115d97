// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireDefinition.h"

#include <algorithm>

namespace stillpoint::core {

int QuestionnaireItem::lowestAnswer() const
{
    return kind == AnswerKind::Choice ? 0 : minimum;
}

int QuestionnaireItem::highestAnswer() const
{
    return kind == AnswerKind::Choice ? static_cast<int>(options.size()) - 1 : maximum;
}

int QuestionnaireItem::lowestScore() const
{
    if (kind != AnswerKind::Choice)
        return minimum;
    if (options.isEmpty())
        return 0;
    return std::ranges::min(options, {}, &QuestionnaireOption::score).score;
}

int QuestionnaireItem::highestScore() const
{
    if (kind != AnswerKind::Choice)
        return maximum;
    if (options.isEmpty())
        return 0;
    return std::ranges::max(options, {}, &QuestionnaireOption::score).score;
}

QString QuestionnaireItem::allowedRange() const
{
    switch (kind) {
    case AnswerKind::Days:
        return QStringLiteral("%1 to %2 days").arg(minimum).arg(maximum);
    case AnswerKind::Scale:
        return QStringLiteral("%1 to %2").arg(minimum).arg(maximum);
    case AnswerKind::Choice:
        if (options.isEmpty())
            return QStringLiteral("no options");
        return QStringLiteral("an option from 0 (%1) to %2 (%3)")
                .arg(options.constFirst().label)
                .arg(options.size() - 1)
                .arg(options.constLast().label);
    }
    return {};
}

const QuestionnaireItem *QuestionnaireDefinition::item(const QString &itemId) const
{
    const auto it = std::ranges::find(items, itemId, &QuestionnaireItem::id);
    return it == items.cend() ? nullptr : &*it;
}

int QuestionnaireDefinition::lowestTotal() const
{
    int total = 0;
    for (const QuestionnaireItem &i : items)
        if (i.scored)
            total += i.lowestScore();
    return total;
}

int QuestionnaireDefinition::highestTotal() const
{
    int total = 0;
    for (const QuestionnaireItem &i : items)
        if (i.scored)
            total += i.highestScore();
    return total;
}

} // namespace stillpoint::core
