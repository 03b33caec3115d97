// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/QuestionnaireDialog.h"

#include "core/assess/QuestionnaireLoader.h"
#include "core/assess/QuestionnaireScorer.h"
#include "ui/common/Styles.h"
#include "ui/intake/QuestionnaireScoreModel.h"
#include "ui/security/CurrentSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// A spin box one below the item's minimum reads "—": not answered (different from 0 days).
int unansweredValue(const core::QuestionnaireItem &item)
{
    return item.minimum - 1;
}

} // namespace

QuestionnaireDialog::QuestionnaireDialog(core::IntakeService &intakes,
                                         const CurrentSession &session, qint64 clientId,
                                         const core::Clock &clock, QWidget *parent)
    : QDialog(parent), m_intakes(intakes), m_session(session), m_clientId(clientId),
      m_questionnaire(new QComboBox(this)), m_date(new QDateEdit(clock.today(), this)),
      m_scroll(new QScrollArea(this)), m_licence(new QLabel(this)), m_score(new QLabel(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("questionnaireDialog"));
    setWindowTitle(tr("Record Questionnaire"));

    for (const QString &id : core::QuestionnaireLoader::builtInIds()) {
        auto definition = core::QuestionnaireLoader::builtIn(id);
        if (!definition)
            continue;
        m_definitions.append(definition.value());
        m_questionnaire->addItem(definition->title, id);
    }
    m_questionnaire->setObjectName(QStringLiteral("questionnaireCombo"));
    m_date->setObjectName(QStringLiteral("questionnaireDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setMaximumDate(clock.today());

    m_scroll->setObjectName(QStringLiteral("questionnaireItemsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_licence->setObjectName(QStringLiteral("questionnaireLicenceLabel"));
    m_licence->setTextFormat(Qt::PlainText);
    m_licence->setWordWrap(true);
    m_licence->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_licence->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_licence->setFont(small);
    m_score->setObjectName(QStringLiteral("questionnaireScoreLabel"));
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    Styles::makeProblemBanner(m_problem, QStringLiteral("questionnaireProblemLabel"));

    auto *top = new QFormLayout;
    top->addRow(tr("&Questionnaire"), m_questionnaire);
    top->addRow(tr("&Date given"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveQuestionnaireButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionnaireDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_questionnaire, &QComboBox::currentIndexChanged, this,
            &QuestionnaireDialog::buildItems);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("Record a questionnaire"), this));
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_licence);
    layout->addWidget(m_score);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 600);
    buildItems();
}

QuestionnaireDialog::~QuestionnaireDialog() = default;

const core::QuestionnaireDefinition *QuestionnaireDialog::definition() const
{
    const int index = m_questionnaire->currentIndex();
    return index >= 0 && index < m_definitions.size() ? &m_definitions.at(index) : nullptr;
}

bool QuestionnaireDialog::selectQuestionnaire(const QString &questionnaireId)
{
    const int index = m_questionnaire->findData(questionnaireId);
    if (index < 0)
        return false;
    m_questionnaire->setCurrentIndex(index);
    return true;
}

void QuestionnaireDialog::buildItems()
{
    m_fields.clear();
    m_problem->hide();
    auto *page = new QWidget(m_scroll);
    // A grid rather than a form: the item descriptions are long and need the width.
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(16);
    int row = 0;
    const core::QuestionnaireDefinition *current = definition();
    if (current) {
        for (const core::QuestionnaireItem &item : current->items) {
            QString text = QStringLiteral("%1. %2").arg(item.id, item.label);
            if (!item.scored)
                text += tr(" (not scored)");
            auto *label = new QLabel(text, page);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            QWidget *field = nullptr;
            if (item.kind == core::AnswerKind::Choice) {
                auto *combo = new QComboBox(page);
                combo->addItem(tr("— not answered —"), -1);
                for (qsizetype i = 0; i < item.options.size(); ++i)
                    combo->addItem(item.options.at(i).label, int(i));
                connect(combo, &QComboBox::currentIndexChanged, this,
                        &QuestionnaireDialog::updateScore);
                field = combo;
            } else {
                auto *spin = new QSpinBox(page);
                spin->setRange(unansweredValue(item), item.maximum);
                spin->setSpecialValueText(tr("—"));
                spin->setValue(unansweredValue(item));
                if (item.kind == core::AnswerKind::Days)
                    spin->setSuffix(tr(" days"));
                spin->setToolTip(tr("From %1 to %2; \"—\" means not answered")
                                         .arg(item.minimum)
                                         .arg(item.maximum));
                spin->setMinimumWidth(
                        spin->fontMetrics().horizontalAdvance(QStringLiteral("000 days")) + 48);
                connect(spin, &QSpinBox::valueChanged, this, &QuestionnaireDialog::updateScore);
                field = spin;
            }
            field->setObjectName(QStringLiteral("answer_%1").arg(item.id));
            label->setBuddy(field);
            grid->addWidget(label, row, 0);
            grid->addWidget(field, row, 1, Qt::AlignLeft | Qt::AlignVCenter);
            ++row;
            m_fields.insert(item.id, field);
        }
        m_licence->setText(current->licence);
    }
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(page); // deletes the previous page and its fields
    updateScore();
}

void QuestionnaireDialog::setAnswer(const QString &itemId, int value)
{
    QWidget *field = m_fields.value(itemId);
    if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(value);
}

core::QuestionnaireAnswers QuestionnaireDialog::answers() const
{
    core::QuestionnaireAnswers answers;
    const core::QuestionnaireDefinition *current = definition();
    if (!current)
        return answers;
    for (const core::QuestionnaireItem &item : current->items) {
        QWidget *field = m_fields.value(item.id);
        if (auto *combo = qobject_cast<QComboBox *>(field)) {
            const int option = combo->currentData().toInt();
            if (option >= 0)
                answers.insert(item.id, option);
        } else if (auto *spin = qobject_cast<QSpinBox *>(field)) {
            if (spin->value() != unansweredValue(item))
                answers.insert(item.id, spin->value());
        }
    }
    return answers;
}

void QuestionnaireDialog::updateScore()
{
    const core::QuestionnaireDefinition *current = definition();
    if (!current) {
        m_score->clear();
        return;
    }
    const core::QuestionnaireAnswers given = answers();
    const auto scored = core::QuestionnaireScorer::score(*current, given);
    if (scored) {
        m_score->setText(tr("Total %1 (possible %2 to %3): %4")
                                 .arg(scored->total)
                                 .arg(scored->minimumPossible)
                                 .arg(scored->maximumPossible)
                                 .arg(QuestionnaireScoreModel::gradeText(scored.value())));
        m_score->setStyleSheet(Styles::successBannerStyle());
        return;
    }
    int scoredItems = 0;
    int answeredScored = 0;
    for (const core::QuestionnaireItem &item : current->items) {
        if (!item.scored)
            continue;
        ++scoredItems;
        if (given.contains(item.id))
            ++answeredScored;
    }
    m_score->setText(tr("Incomplete: %1 of %2 scored questions answered. A total and grade "
                        "appear once every scored question has an answer.")
                             .arg(answeredScored)
                             .arg(scoredItems));
    m_score->setStyleSheet(Styles::infoBannerStyle());
}

void QuestionnaireDialog::accept()
{
    const core::QuestionnaireDefinition *current = definition();
    if (!current)
        return;
    const core::QuestionnaireAnswers given = answers();
    if (given.isEmpty()) {
        m_problem->setText(tr("Answer at least one question before saving."));
        m_problem->show();
        return;
    }
    const auto recorded = m_intakes.recordQuestionnaire(m_session.session(), m_clientId,
                                                        current->id, m_date->date(), given);
    if (!recorded) {
        m_problem->setText(recorded.error().message);
        m_problem->show();
        if (QWidget *field = m_fields.value(recorded.error().field))
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saved = recorded.value();
    QDialog::accept();
}

} // namespace stillpoint::ui
