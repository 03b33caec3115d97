// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteSections.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/notes/NoteAddendaPage.h"
#include "ui/notes/NoteAssessmentPage.h"
#include "ui/notes/NoteBodyChartPage.h"
#include "ui/notes/NoteObjectivePage.h"
#include "ui/notes/NotePlanPage.h"
#include "ui/notes/NoteSubjectivePage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace stillpoint::ui {

NoteSections::NoteSections(FieldUndoRecorder *recorder, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_subjective(new NoteSubjectivePage(recorder, m_stack)),
      m_objective(new NoteObjectivePage(recorder, m_stack)),
      m_assessment(new NoteAssessmentPage(recorder, m_stack)),
      m_plan(new NotePlanPage(recorder, m_stack)),
      m_bodyChart(new NoteBodyChartPage(recorder, undoStack, m_stack)),
      m_addenda(new NoteAddendaPage(recorder, m_stack)), m_recorder(recorder)
{
    m_list->setObjectName(QStringLiteral("noteSectionList"));
    m_list->setAccessibleName(tr("Note sections"));
    m_stack->setObjectName(QStringLiteral("notePages"));
    m_pages = { m_subjective, m_objective, m_assessment, m_plan, m_bodyChart, m_addenda };
    int widest = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        NotePage *page = m_pages[i];
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(page->title(), m_list);
        item->setToolTip(tr("Alt+%1").arg(i + 1));
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 16));
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(page->title()));
        connect(page, &NotePage::edited, this, &NoteSections::edited);
    }
    m_list->setFixedWidth(widest + m_list->fontMetrics().horizontalAdvance(QStringLiteral(" (99)"))
                          + 36);
    // The list is in the tab order before the stack: creation order puts it there already.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
    m_list->setCurrentRow(0);
    setAddenda(false, {});
}

void NoteSections::load(const core::NoteContent &content)
{
    m_recorder->setPaused(true);
    for (NotePage *page : std::as_const(m_pages))
        page->load(content);
    m_recorder->snapshot();
    m_recorder->setPaused(false);
}

void NoteSections::read(core::NoteContent &content) const
{
    for (const NotePage *page : m_pages)
        page->read(content);
}

void NoteSections::setReadOnly(bool readOnly)
{
    for (NotePage *page : std::as_const(m_pages))
        page->setReadOnly(readOnly);
}

void NoteSections::setAddenda(bool listed, const QList<core::NoteAddendum> &addenda)
{
    m_addenda->setAddenda(addenda);
    QListWidgetItem *item = m_list->item(Addenda);
    item->setHidden(!listed);
    item->setText(addenda.isEmpty()
                          ? m_addenda->title()
                          : QStringLiteral("%1 (%2)").arg(m_addenda->title()).arg(addenda.size()));
    if (!listed && currentSection() == Addenda)
        setCurrentSection(Subjective);
}

int NoteSections::currentSection() const
{
    return m_list->currentRow();
}

bool NoteSections::setCurrentSection(int index, bool focusFirstField)
{
    if (index < 0 || index >= m_pages.size() || m_list->item(index)->isHidden())
        return false;
    m_list->setCurrentRow(index);
    if (focusFirstField) {
        if (QWidget *field = m_pages[index]->firstField())
            m_pages[index]->focusField(field);
    }
    return true;
}

QList<core::Error> NoteSections::localProblems() const
{
    QList<core::Error> problems;
    for (const NotePage *page : m_pages)
        problems += page->localProblems();
    return problems;
}

void NoteSections::showProblems(const QList<core::Error> &problems)
{
    QList<int> counts(m_pages.size(), 0);
    for (NotePage *page : std::as_const(m_pages))
        page->errors().clear();
    for (const core::Error &problem : problems) {
        for (int i = 0; i < m_pages.size(); ++i) {
            const QString key = m_pages[i]->fieldKeyFor(problem.field);
            if (key.isEmpty())
                continue;
            // The first message for a field is the basic one.
            if (m_pages[i]->errors().error(key).isEmpty()) {
                m_pages[i]->errors().setError(key, problem.message);
                ++counts[i];
            }
            break;
        }
    }
    for (int i = 0; i < Addenda; ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(counts[i] > 0
                              ? QStringLiteral("%1 (%2)").arg(m_pages[i]->title()).arg(counts[i])
                              : m_pages[i]->title());
        item->setForeground(counts[i] > 0 ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    }
}

bool NoteSections::showAtField(const core::Error &error)
{
    for (NotePage *page : std::as_const(m_pages)) {
        const QString key = page->fieldKeyFor(error.field);
        if (key.isEmpty())
            continue;
        if (page->errors().error(key).isEmpty())
            page->errors().setError(key, error.message);
        return jumpToField(error.field);
    }
    return false;
}

bool NoteSections::jumpToField(const QString &fieldKey)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString key = m_pages[i]->fieldKeyFor(fieldKey);
        if (key.isEmpty())
            continue;
        setCurrentSection(i);
        m_pages[i]->focusField(m_pages[i]->errors().focusTarget(key));
        return true;
    }
    return false;
}

void NoteSections::revealField(QWidget *field)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->isAncestorOf(field)) {
            setCurrentSection(i);
            m_pages[i]->focusField(field);
            return;
        }
    }
}

} // namespace stillpoint::ui
