// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteBodyChartPage.h"

#include "ui/notes/BodyChartPanel.h"

#include <QCheckBox>
#include <QLocale>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteBodyChartPage::NoteBodyChartPage(FieldUndoRecorder *recorder, QUndoStack *undoStack,
                                     QWidget *parent)
    : NotePage(tr("Body chart"), QStringLiteral("bodyChartPage"), recorder, parent)
{
    m_showLast = new QCheckBox(tr("Show last session"), content());
    m_showLast->setObjectName(QStringLiteral("showLastSessionCheckBox"));
    m_showLast->setToolTip(tr("Show the marks of the last signed note, faded, for comparison"));
    m_showLast->setEnabled(false);
    m_showLast->setChecked(true);
    m_chart = new BodyChartPanel(content());
    // This page's own box names the session compared with.
    m_chart->setComparisonToggleVisible(false);
    m_chart->setObjectName(QStringLiteral("noteBodyChart"));
    m_chart->setAccessibleName(tr("Body chart"));
    m_chart->setUndoStack(undoStack);
    contentLayout()->addWidget(m_showLast);
    contentLayout()->addWidget(m_errors.wrap(content(), m_chart, QStringLiteral("marks")), 1);
    connect(m_showLast, &QCheckBox::toggled, this, &NoteBodyChartPage::updateComparison);
    // The chart keeps its own undo steps on the editor's stack.
    connect(m_chart, &BodyChartPanel::marksChanged, this, &NoteBodyChartPage::changed);
}

QWidget *NoteBodyChartPage::firstField() const
{
    return m_chart;
}

void NoteBodyChartPage::setPreviousMarks(const QList<core::BodyMark> &marks, const QDate &date)
{
    m_previous = marks;
    m_hasPrevious = date.isValid();
    const QString when = QLocale().toString(date, QStringLiteral("d MMM yyyy"));
    if (!m_hasPrevious)
        m_showLast->setText(tr("Show last session (none signed yet)"));
    else if (marks.size() == 1)
        m_showLast->setText(tr("Show last session (%1, 1 mark)").arg(when));
    else
        m_showLast->setText(tr("Show last session (%1, %2 marks)").arg(when).arg(marks.size()));
    m_showLast->setEnabled(m_hasPrevious);
    updateComparison();
}

void NoteBodyChartPage::updateComparison()
{
    m_chart->setComparisonMarks(m_showLast->isChecked() && m_hasPrevious ? m_previous
                                                                         : QList<core::BodyMark>());
}

void NoteBodyChartPage::fill(const core::NoteContent &content)
{
    m_chart->setMarks(content.marks);
}

void NoteBodyChartPage::read(core::NoteContent &content) const
{
    content.marks = m_chart->marks();
}

void NoteBodyChartPage::applyReadOnly(bool readOnly)
{
    // The comparison stays available on a signed note; only the marks are locked.
    m_chart->setReadOnly(readOnly);
    m_showLast->setEnabled(m_hasPrevious);
}

} // namespace stillpoint::ui
