// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartCommand.h"

#include "ui/notes/BodyChartWidget.h"

namespace stillpoint::ui {

namespace {
// Any fixed id: QUndoStack only offers mergeWith() to commands that share one.
constexpr int BodyChartEditId = 0x4243;
} // namespace

BodyChartCommand::BodyChartCommand(BodyChartWidget *chart, const QString &text, State before,
                                   State after, int mergeKey)
    : QUndoCommand(text), m_chart(chart), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{ }

void BodyChartCommand::undo()
{
    if (m_chart)
        m_chart->restoreState(m_before.marks, m_before.selected);
}

void BodyChartCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    if (m_chart)
        m_chart->restoreState(m_after.marks, m_after.selected);
}

int BodyChartCommand::id() const
{
    return m_mergeKey < 0 ? -1 : BodyChartEditId;
}

bool BodyChartCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const BodyChartCommand *>(other);
    if (!next || next->m_chart != m_chart || next->m_mergeKey != m_mergeKey || m_mergeKey < 0)
        return false;
    m_after = next->m_after;
    setObsolete(m_after.marks == m_before.marks);
    return true;
}

} // namespace stillpoint::ui
