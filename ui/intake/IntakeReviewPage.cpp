// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeReviewPage.h"

#include "ui/common/Styles.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace stillpoint::ui {

namespace {

constexpr int FieldKeyRole = Qt::UserRole + 1;

QColor statusColour(core::CriterionStatus status)
{
    switch (status) {
    case core::CriterionStatus::Met:
        return { 0x1d, 0x6b, 0x35 };
    case core::CriterionStatus::NotMet:
        return { 0x8a, 0x1c, 0x1c };
    case core::CriterionStatus::Unknown:
        break;
    }
    return { 0x5f, 0x67, 0x70 };
}

} // namespace

IntakeReviewPage::IntakeReviewPage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Review and sign"), QStringLiteral("reviewPage"), recorder, parent),
      m_summary(new QLabel(content())), m_problems(new QListWidget(content())),
      m_checklist(new QWidget(content())), m_checklistGrid(new QGridLayout(m_checklist)),
      m_lockedLabel(new QLabel(content())),
      m_signButton(new QPushButton(tr("Sign Intake"), content())), m_signNote(new QLabel(content()))
{
    auto *problemsBox = new QGroupBox(tr("Signing"), content());
    problemsBox->setObjectName(QStringLiteral("signingProblemsGroup"));
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    m_summary->setParent(problemsBox);
    m_summary->setObjectName(QStringLiteral("signingSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problems->setParent(problemsBox);
    m_problems->setObjectName(QStringLiteral("signingProblemList"));
    m_problems->setAccessibleName(tr("What stops signing"));
    m_problems->setToolTip(tr("Choose a line (or press Enter) to go to its field"));
    m_problems->setWordWrap(true);
    m_problems->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    problemsLayout->addWidget(m_summary);
    problemsLayout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT jumpRequested(item->data(FieldKeyRole).toString());
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT jumpRequested(item->data(FieldKeyRole).toString());
    });

    auto *signRow = new QHBoxLayout;
    m_signButton->setParent(problemsBox);
    m_signButton->setObjectName(QStringLiteral("signIntakeButton"));
    m_signButton->setToolTip(tr("Sign and lock this version (Ctrl+Return)"));
    m_signNote->setParent(problemsBox);
    m_signNote->setTextFormat(Qt::PlainText);
    m_signNote->setWordWrap(true);
    m_signNote->setForegroundRole(QPalette::PlaceholderText);
    m_signNote->setText(tr("Signing locks this version; later changes start a new one. "
                           "Ctrl+Return signs from this page."));
    signRow->addWidget(m_signNote, 1);
    signRow->addWidget(m_signButton, 0, Qt::AlignRight);
    problemsLayout->addLayout(signRow);
    m_lockedLabel->setParent(problemsBox);
    m_lockedLabel->setObjectName(QStringLiteral("reviewLockedLabel"));
    m_lockedLabel->setTextFormat(Qt::PlainText);
    m_lockedLabel->setWordWrap(true);
    m_lockedLabel->hide();
    problemsLayout->addWidget(m_lockedLabel);
    connect(m_signButton, &QPushButton::clicked, this, &IntakeReviewPage::signRequested);
    contentLayout()->addWidget(problemsBox);

    auto *checklistBox = new QGroupBox(tr("Headache history checklist (ICHD-3)"), content());
    checklistBox->setObjectName(QStringLiteral("checklistGroup"));
    auto *checklistLayout = new QVBoxLayout(checklistBox);
    auto *disclaimer = new QLabel(core::HeadacheHistoryChecklist::disclaimer(), checklistBox);
    disclaimer->setObjectName(QStringLiteral("checklistDisclaimerLabel"));
    disclaimer->setTextFormat(Qt::PlainText);
    disclaimer->setWordWrap(true);
    disclaimer->setStyleSheet(Styles::infoBannerStyle());
    m_checklist->setParent(checklistBox);
    m_checklist->setObjectName(QStringLiteral("checklistView"));
    m_checklist->setAccessibleName(tr("Headache history checklist"));
    m_checklistGrid->setContentsMargins(0, 4, 0, 0);
    m_checklistGrid->setHorizontalSpacing(16);
    m_checklistGrid->setVerticalSpacing(3);
    m_checklistGrid->setColumnStretch(0, 5);
    m_checklistGrid->setColumnStretch(2, 4);
    checklistLayout->addWidget(disclaimer);
    checklistLayout->addWidget(m_checklist);
    contentLayout()->addWidget(checklistBox);
    contentLayout()->addStretch();
    // Tab order as shown: the problems, then the Sign button.
    setTabOrder(m_problems, m_signButton);
    setProblems({});
}

void IntakeReviewPage::fill(const core::Intake &intake)
{
    Q_UNUSED(intake)
}

void IntakeReviewPage::read(core::Intake &intake) const
{
    Q_UNUSED(intake)
}

void IntakeReviewPage::setProblems(const QList<Problem> &problems)
{
    m_problems->clear();
    for (const Problem &problem : problems) {
        auto *item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(problem.section, problem.message), m_problems);
        item->setData(FieldKeyRole, problem.fieldKey);
        item->setToolTip(tr("Go to the field"));
    }
    m_problems->setVisible(!problems.isEmpty() && !isReadOnly());
    if (problems.isEmpty())
        m_summary->setText(tr("Nothing stops signing: every required answer is there."));
    else if (problems.size() == 1)
        m_summary->setText(tr("One thing to settle before signing. Choose it to go to its "
                              "field."));
    else
        m_summary->setText(tr("%1 things to settle before signing. Choose one to go to its "
                              "field.")
                                   .arg(problems.size()));
    fitListHeight();
}

void IntakeReviewPage::fitListHeight()
{
    // Tall enough for the list without its own scroll bar, up to ten lines.
    int height = 2 * m_problems->frameWidth() + 4;
    const int rows = std::min(m_problems->count(), 10);
    for (int row = 0; row < rows; ++row)
        height += std::max(m_problems->sizeHintForRow(row), m_problems->fontMetrics().height() + 6);
    m_problems->setFixedHeight(height);
}

void IntakeReviewPage::setChecklist(const core::HeadacheHistoryChecklist &checklist)
{
    QStringList texts;
    for (const core::CriteriaSetResult &set : checklist.sets) {
        texts << set.code << QString::number(static_cast<int>(set.outcome)) << set.summary;
        for (const core::CriterionCheck &criterion : set.criteria)
            texts << criterion.text << QString::number(static_cast<int>(criterion.status))
                  << criterion.basis;
    }
    if (texts == m_shownChecklist)
        return;
    m_shownChecklist = texts;
    // Rebuilt as wrapping labels: long criteria read in full rather than cut off in a table.
    while (m_checklistGrid->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(m_checklistGrid->takeAt(0));
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
    }
    const auto label = [this](const QString &text, bool bold = false, bool muted = false) {
        auto *shown = new QLabel(text, m_checklist);
        shown->setTextFormat(Qt::PlainText);
        shown->setWordWrap(true);
        shown->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (bold) {
            QFont font = shown->font();
            font.setBold(true);
            shown->setFont(font);
        }
        if (muted)
            shown->setForegroundRole(QPalette::PlaceholderText);
        return shown;
    };
    int row = 0;
    for (const core::CriteriaSetResult &set : checklist.sets) {
        if (row > 0)
            m_checklistGrid->setRowMinimumHeight(row++, 8);
        m_checklistGrid->addWidget(label(QStringLiteral("%1 %2").arg(set.code, set.title), true),
                                   row, 0);
        QLabel *outcome = label(core::HeadacheHistoryChecklist::outcomeLabel(set.outcome), true);
        outcome->setObjectName(QStringLiteral("checklistOutcome_%1").arg(set.code));
        m_checklistGrid->addWidget(outcome, row, 1);
        m_checklistGrid->addWidget(label(set.summary, false, true), row, 2);
        ++row;
        for (const core::CriterionCheck &criterion : set.criteria) {
            QLabel *text = label(QStringLiteral("%1. %2").arg(criterion.id, criterion.text));
            text->setContentsMargins(16, 0, 0, 0);
            m_checklistGrid->addWidget(text, row, 0);
            QLabel *status = label(core::HeadacheHistoryChecklist::statusLabel(criterion.status));
            QPalette colours = status->palette();
            colours.setColor(QPalette::WindowText, statusColour(criterion.status));
            status->setPalette(colours);
            m_checklistGrid->addWidget(status, row, 1);
            m_checklistGrid->addWidget(label(criterion.basis, false, true), row, 2);
            ++row;
        }
    }
}

void IntakeReviewPage::setLockedText(const QString &text)
{
    m_lockedLabel->setText(text);
}

void IntakeReviewPage::applyReadOnly(bool readOnly)
{
    IntakePage::applyReadOnly(readOnly);
    m_signButton->setVisible(!readOnly);
    m_signNote->setVisible(!readOnly);
    m_summary->setVisible(!readOnly);
    m_problems->setVisible(!readOnly && m_problems->count() > 0);
    m_lockedLabel->setVisible(readOnly);
}

} // namespace stillpoint::ui
