// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteAssessmentPage.h"

#include "ui/intake/IntakeNumberEdit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteAssessmentPage::NoteAssessmentPage(FieldUndoRecorder *recorder, QWidget *parent)
    : NotePage(tr("A — Assessment"), QStringLiteral("assessmentPage"), recorder, parent)
{
    auto *box = new QGroupBox(content());
    box->setObjectName(QStringLiteral("assessmentGroup"));
    QFormLayout *form = makeForm(box);
    m_response = makeTextEdit(box, tr("Response to treatment"), QStringLiteral("responseEdit"), 3);
    m_response->setPlaceholderText(tr("How the client responded during and after the session"));
    addRow(form, tr("&Response"), m_response, QStringLiteral("assessment.response"));
    m_painAfter = makePainEdit(box, tr("Pain after the session"), QStringLiteral("painAfterEdit"));
    auto *unit = new QLabel(tr("0 none to 10 worst; empty: not asked"), box);
    unit->setForegroundRole(QPalette::PlaceholderText);
    addRow(form, tr("Pain &after"), m_painAfter, QStringLiteral("assessment.painAfter"), unit);
    m_released = makeTextEdit(box, tr("What released"), QStringLiteral("releasedEdit"), 2);
    m_released->setPlaceholderText(tr("Tissue or points that softened or released"));
    addRow(form, tr("Re&leased"), m_released, QStringLiteral("assessment.released"));
    m_resisted = makeTextEdit(box, tr("What resisted"), QStringLiteral("resistedEdit"), 2);
    m_resisted->setPlaceholderText(tr("What did not change, or got worse"));
    addRow(form, tr("Re&sisted"), m_resisted, QStringLiteral("assessment.resisted"));
    m_progress =
            makeTextEdit(box, tr("Progress against the plan"), QStringLiteral("progressEdit"), 3);
    m_progress->setPlaceholderText(tr("Compared with the goals of the plan"));
    addRow(form, tr("Pro&gress"), m_progress, QStringLiteral("assessment.progress"));
    contentLayout()->addWidget(box);
    contentLayout()->addStretch();
}

void NoteAssessmentPage::fill(const core::NoteContent &content)
{
    const core::Assessment &a = content.assessment;
    m_response->setPlainText(a.response);
    m_painAfter->setIntValue(a.painAfter);
    m_released->setPlainText(a.released);
    m_resisted->setPlainText(a.resisted);
    m_progress->setPlainText(a.progress);
}

void NoteAssessmentPage::read(core::NoteContent &content) const
{
    core::Assessment &a = content.assessment;
    a.response = m_response->toPlainText().trimmed();
    a.painAfter = m_painAfter->intValue();
    a.released = m_released->toPlainText().trimmed();
    a.resisted = m_resisted->toPlainText().trimmed();
    a.progress = m_progress->toPlainText().trimmed();
}

} // namespace stillpoint::ui
