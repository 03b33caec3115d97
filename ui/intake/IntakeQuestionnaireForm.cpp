// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeQuestionnaireForm.h"

#include "ui/common/FieldErrors.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeChoiceGroup.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// A spin box that ignores the mouse wheel unless it has the focus, so scrolling the page over
// it never changes an answer.
class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && !widget->hasFocus()) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

IntakeQuestionnaireForm::IntakeQuestionnaireForm(core::QuestionnaireDefinition definition,
                                                 FieldErrors &errors, FieldUndoRecorder *recorder,
                                                 QWidget *parent)
    : QGroupBox(definition.title, parent), m_definition(std::move(definition)),
      m_score(new QLabel(this))
{
    setObjectName(m_definition.id + QStringLiteral("Questionnaire"));
    auto *wheelGuard = new WheelGuard(this);
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const core::QuestionnaireItem &item : std::as_const(m_definition.items)) {
        const QString name = m_definition.id + QStringLiteral("_") + item.id;
        auto *number = new QLabel(item.id + QStringLiteral("."), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *label = new QLabel(item.label, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        if (!item.scored)
            label->setToolTip(tr("Not counted in the score"));
        ItemInput input;
        input.itemId = item.id;
        QWidget *field = nullptr;
        if (item.kind == core::AnswerKind::Choice) {
            QStringList options;
            for (const core::QuestionnaireOption &option : item.options)
                options << option.label;
            input.choice =
                    new IntakeChoiceGroup(options, item.label, name + QStringLiteral("_"), this);
            input.choice->setObjectName(name + QStringLiteral("Choice"));
            field = input.choice;
            IntakeChoiceGroup *choice = input.choice;
            recorder->trackValue(
                    choice, item.label.toLower(), [choice] { return QVariant(choice->value()); },
                    [choice](const QVariant &value) { choice->setValue(value.toInt()); });
            for (int i = 0; i < choice->count(); ++i)
                recorder->routeUndoKeys(choice->button(i));
            connect(choice, &IntakeChoiceGroup::userChanged, this, [this, recorder, choice] {
                recorder->valueEdited(choice, -1);
                updateScore();
                Q_EMIT edited();
            });
            // One row per item: the label above its options when they are many.
            grid->addWidget(number, row, 0);
            grid->addWidget(label, row, 1);
            ++row;
        } else {
            input.spin = new QSpinBox(this);
            input.spin->setObjectName(name + QStringLiteral("SpinBox"));
            input.spin->setAccessibleName(item.label);
            input.spin->setRange(item.minimum - 1, item.maximum);
            input.spin->setSpecialValueText(QStringLiteral("—"));
            input.spin->setValue(item.minimum - 1);
            input.spin->setAlignment(Qt::AlignRight);
            input.spin->setMinimumWidth(
                    input.spin->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40);
            input.spin->setToolTip(item.kind == core::AnswerKind::Days
                                           ? tr("%1 to %2 days; \"—\" when not answered")
                                                     .arg(item.minimum)
                                                     .arg(item.maximum)
                                           : tr("%1 to %2; \"—\" when not answered")
                                                     .arg(item.minimum)
                                                     .arg(item.maximum));
            input.spin->setFocusPolicy(Qt::StrongFocus);
            input.spin->installEventFilter(wheelGuard);
            field = input.spin;
            QSpinBox *spin = input.spin;
            recorder->trackValue(
                    spin, item.label.toLower(), [spin] { return QVariant(spin->value()); },
                    [spin](const QVariant &value) { spin->setValue(value.toInt()); });
            recorder->routeUndoKeys(spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, recorder, spin] {
                if (m_loading)
                    return;
                recorder->valueEdited(spin, 0);
                updateScore();
                Q_EMIT edited();
            });
            grid->addWidget(number, row, 0);
            grid->addWidget(label, row, 1);
        }
        QWidget *wrapped = errors.wrap(this, field, fieldKey(m_definition.id, item.id));
        if (input.choice)
            grid->addWidget(wrapped, row, 1, 1, 2);
        else
            grid->addWidget(wrapped, row, 2, Qt::AlignTop);
        label->setBuddy(field);
        ++row;
        m_inputs.append(input);
    }
    layout->addLayout(grid);

    m_score->setObjectName(m_definition.id + QStringLiteral("ScoreLabel"));
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    QFont scoreFont = m_score->font();
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    layout->addWidget(
            errors.wrap(this, m_score, QStringLiteral("questionnaire.") + m_definition.id));
    auto *licence = new QLabel(m_definition.licence, this);
    licence->setTextFormat(Qt::PlainText);
    licence->setWordWrap(true);
    licence->setForegroundRole(QPalette::PlaceholderText);
    QFont small = licence->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    licence->setFont(small);
    layout->addWidget(licence);
    updateScore();
}

QString IntakeQuestionnaireForm::fieldKey(const QString &questionnaireId, const QString &itemId)
{
    return QStringLiteral("questionnaire.%1.%2").arg(questionnaireId, itemId);
}

core::QuestionnaireAnswers IntakeQuestionnaireForm::answers() const
{
    core::QuestionnaireAnswers result;
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        const ItemInput &input = m_inputs[i];
        const core::QuestionnaireItem &item = m_definition.items[i];
        if (input.spin && input.spin->value() >= item.minimum)
            result.insert(input.itemId, input.spin->value());
        else if (input.choice && input.choice->value() >= 0)
            result.insert(input.itemId, input.choice->value());
    }
    return result;
}

void IntakeQuestionnaireForm::setAnswers(const core::QuestionnaireAnswers &answers)
{
    const QScopedValueRollback guard(m_loading, true);
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        const ItemInput &input = m_inputs[i];
        const core::QuestionnaireItem &item = m_definition.items[i];
        const auto found = answers.constFind(input.itemId);
        if (input.spin) {
            // A stored value out of range still shows (clamped by the box); the rules say so.
            input.spin->setValue(found == answers.constEnd() ? item.minimum - 1 : *found);
        } else if (input.choice) {
            input.choice->setValue(found == answers.constEnd() ? -1 : *found);
        }
    }
    updateScore();
}

QString IntakeQuestionnaireForm::scoreText() const
{
    return m_score->text();
}

void IntakeQuestionnaireForm::updateScore()
{
    const core::QuestionnaireAnswers given = answers();
    int scored = 0;
    int answered = 0;
    for (const core::QuestionnaireItem &item : std::as_const(m_definition.items)) {
        if (!item.scored)
            continue;
        ++scored;
        if (given.contains(item.id))
            ++answered;
    }
    const auto score = core::QuestionnaireScorer::score(m_definition, given);
    if (!score) {
        if (answered == scored) {
            m_score->setText(tr("No score: an answer is outside its range"));
            m_score->setForegroundRole(QPalette::PlaceholderText);
            return;
        }
        m_score->setText(answered == 0 ? tr("Not started: score shows once all %1 scored "
                                            "questions are answered")
                                                 .arg(scored)
                                       : tr("Incomplete: %1 of %2 scored questions answered")
                                                 .arg(answered)
                                                 .arg(scored));
        m_score->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    const QString grade = score->grade.isEmpty()
            ? score->gradeLabel
            : tr("grade %1, %2").arg(score->grade, score->gradeLabel.toLower());
    m_score->setText(tr("Score %1 · %2").arg(score->total).arg(grade));
    m_score->setForegroundRole(QPalette::WindowText);
}

} // namespace stillpoint::ui
