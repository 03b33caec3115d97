// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace stillpoint::core {

// How an item is answered: a whole number of days, a whole number on a scale (for example pain
// 0 to 10), or one option chosen from a list.
enum class AnswerKind {
    Days,
    Scale,
    Choice,
};

// How the total is computed from the scored items. Only a plain sum so far (MIDAS, HIT-6).
enum class ScoringRule {
    Sum,
};

// One answer a Choice item offers; `score` is what choosing it adds to the total.
struct QuestionnaireOption
{
    QString label;
    int score = 0;

    friend bool operator==(const QuestionnaireOption &, const QuestionnaireOption &) = default;
};

// One question. `label` is a short description in Stillpoint's own words unless a licensed
// definition file supplies the exact wording. Days and Scale items accept minimum..maximum; a
// Choice item accepts an option index 0..options.size() - 1.
struct QuestionnaireItem
{
    QString id;
    QString label;
    AnswerKind kind = AnswerKind::Days;
    int minimum = 0;
    int maximum = 0;
    QList<QuestionnaireOption> options;
    bool scored = false;

    // The smallest and largest value an answer may take (option indexes for Choice items).
    int lowestAnswer() const;
    int highestAnswer() const;
    // The smallest and largest amount the item can add to the total.
    int lowestScore() const;
    int highestScore() const;
    // "0 to 90 days", "0 to 10", "an option from 0 (Never) to 4 (Always)": for error messages.
    QString allowedRange() const;

    friend bool operator==(const QuestionnaireItem &, const QuestionnaireItem &) = default;
};

// A range of totals that shares one grade. Bands of a definition cover every possible total once.
struct GradeBand
{
    int minimum = 0;
    int maximum = 0;
    QString grade; // short, may be empty: "I", "II"…
    QString label; // "Little or no disability"

    friend bool operator==(const GradeBand &, const GradeBand &) = default;
};

// A questionnaire as data: its items, which of them count, how they add up and how totals are
// graded. Built by QuestionnaireLoader, which guarantees unique item ids, at least one scored item
// and bands ordered by score that cover lowestTotal()..highestTotal() without gap or overlap.
struct QuestionnaireDefinition
{
    QString id; // "midas", "hit6"
    QString title;
    int version = 1;
    QString licence; // who owns the wording and what this file may show
    QList<QuestionnaireItem> items;
    ScoringRule rule = ScoringRule::Sum;
    QList<GradeBand> bands;

    // The item with this id, or nullptr.
    const QuestionnaireItem *item(const QString &itemId) const;
    int lowestTotal() const;
    int highestTotal() const;

    friend bool operator==(const QuestionnaireDefinition &,
                           const QuestionnaireDefinition &) = default;
};

} // namespace stillpoint::core
