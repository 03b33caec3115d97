// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireDefinition.h"
#include "core/common/Clock.h"
#include "core/intake/IntakeService.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;

namespace stillpoint::ui {

class CurrentSession;

// Records a questionnaire given at a follow-up visit (MIDAS, HIT-6, or any definition core
// ships): the questionnaire, the date, one field per item built from the definition (a number
// of days, a scale, or a choice; each starts unanswered), and the score and grade as they stand,
// or "incomplete". Saved through core::IntakeService::recordQuestionnaire(); a refusal is shown
// in the dialog, which stays open.
class QuestionnaireDialog final : public QDialog
{
    Q_OBJECT

public:
    QuestionnaireDialog(core::IntakeService &intakes, const CurrentSession &session,
                        qint64 clientId, const core::Clock &clock, QWidget *parent = nullptr);
    ~QuestionnaireDialog() override;

    QComboBox *questionnaireCombo() const { return m_questionnaire; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *scoreLabel() const { return m_score; }
    QPushButton *saveButton() const { return m_saveButton; }
    // The field answering an item (a QSpinBox or a QComboBox), or nullptr.
    QWidget *answerField(const QString &itemId) const { return m_fields.value(itemId); }
    // Chooses a questionnaire by id; false when it is not offered.
    bool selectQuestionnaire(const QString &questionnaireId);
    // Answers an item as the user would by changing its field (an option index for choices).
    void setAnswer(const QString &itemId, int value);

    const core::QuestionnaireDefinition *definition() const;
    // The answers given so far; unanswered items are left out.
    core::QuestionnaireAnswers answers() const;
    // As stored, once saved.
    const core::QuestionnaireAdministration &administration() const { return m_saved; }

    void accept() override;

private:
    void buildItems();
    void updateScore();

    core::IntakeService &m_intakes;
    const CurrentSession &m_session;
    qint64 m_clientId;
    QList<core::QuestionnaireDefinition> m_definitions;
    QHash<QString, QWidget *> m_fields;
    core::QuestionnaireAdministration m_saved;

    QComboBox *m_questionnaire;
    QDateEdit *m_date;
    QScrollArea *m_scroll;
    QLabel *m_licence;
    QLabel *m_score;
    QLabel *m_problem;
    QPushButton *m_saveButton = nullptr;
};

} // namespace stillpoint::ui
