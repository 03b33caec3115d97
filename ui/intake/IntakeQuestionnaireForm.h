// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireDefinition.h"
#include "core/assess/QuestionnaireScorer.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QSpinBox;

namespace stillpoint::ui {

class FieldErrors;
class FieldUndoRecorder;
class IntakeChoiceGroup;

// One questionnaire built from its definition: a spin box per Days or Scale item (its lowest
// value minus one reads "—", not answered) and a row of options per Choice item, with the live
// total and grade, or "incomplete" while a scored item is unanswered. Works for any definition
// the loader accepts, not only MIDAS and HIT-6.
class IntakeQuestionnaireForm final : public QGroupBox
{
    Q_OBJECT

public:
    // Registers a message line per item in `errors` under "questionnaire.<id>.<item id>".
    IntakeQuestionnaireForm(core::QuestionnaireDefinition definition, FieldErrors &errors,
                            FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    const core::QuestionnaireDefinition &definition() const { return m_definition; }
    core::QuestionnaireAnswers answers() const;
    // Shows stored answers; not a user edit.
    void setAnswers(const core::QuestionnaireAnswers &answers);
    // The text under the items: "Score 14 · grade III, moderate disability" or "Incomplete…".
    QString scoreText() const;

    static QString fieldKey(const QString &questionnaireId, const QString &itemId);

Q_SIGNALS:
    void edited();

private:
    struct ItemInput
    {
        QString itemId;
        QSpinBox *spin = nullptr; // Days and Scale items
        IntakeChoiceGroup *choice = nullptr; // Choice items
    };

    void updateScore();

    core::QuestionnaireDefinition m_definition;
    QList<ItemInput> m_inputs;
    QLabel *m_score;
    bool m_loading = false;
};

} // namespace stillpoint::ui
