// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeQuestionnairesPage.h"

#include "core/assess/QuestionnaireLoader.h"
#include "ui/common/Styles.h"
#include "ui/intake/IntakeQuestionnaireForm.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace stillpoint::ui {

IntakeQuestionnairesPage::IntakeQuestionnairesPage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Questionnaires"), QStringLiteral("questionnairesPage"), recorder, parent),
      m_dateLabel(addIntro({}))
{
    m_dateLabel->setObjectName(QStringLiteral("questionnaireDateLabel"));
    QList<QWidget *> left;
    QList<QWidget *> right;
    for (const char *id : { "midas", "hit6" }) {
        const auto definition = core::QuestionnaireLoader::builtIn(QLatin1String(id));
        if (!definition) {
            auto *problem = new QLabel(content());
            Styles::makeProblemBanner(problem, QLatin1String(id) + QStringLiteral("LoadProblem"));
            problem->setText(definition.error().message);
            problem->show();
            contentLayout()->addWidget(problem);
            continue;
        }
        auto *form = new IntakeQuestionnaireForm(definition.value(), m_errors, recorder, content());
        connect(form, &IntakeQuestionnaireForm::edited, this, &IntakeQuestionnairesPage::changed);
        m_forms.append(form);
        (left.isEmpty() ? left : right).append(form);
    }
    addColumns(left, right);
}

void IntakeQuestionnairesPage::setIntakeDate(const QDate &date)
{
    m_dateLabel->setText(
            date.isValid()
                    ? tr("Given on %1, the intake date. MIDAS asks about the last 3 months, HIT-6 "
                         "about the last 4 weeks. A score shows once every scored question is "
                         "answered.")
                              .arg(QLocale().toString(date, QLocale::LongFormat))
                    : tr("Dated with the intake date once it is set."));
}

IntakeQuestionnaireForm *IntakeQuestionnairesPage::form(const QString &questionnaireId) const
{
    for (IntakeQuestionnaireForm *form : m_forms) {
        if (form->definition().id == questionnaireId)
            return form;
    }
    return nullptr;
}

void IntakeQuestionnairesPage::fill(const core::Intake &intake)
{
    setIntakeDate(intake.intakeDate);
    for (IntakeQuestionnaireForm *form : std::as_const(m_forms))
        form->setAnswers(intake.questionnaires.value(form->definition().id));
}

void IntakeQuestionnairesPage::read(core::Intake &intake) const
{
    for (const IntakeQuestionnaireForm *form : m_forms) {
        const core::QuestionnaireAnswers answers = form->answers();
        // A questionnaire not started is not given: nothing is stored for it.
        if (answers.isEmpty())
            intake.questionnaires.remove(form->definition().id);
        else
            intake.questionnaires.insert(form->definition().id, answers);
    }
}

} // namespace stillpoint::ui
