// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldEditCommand.h"

namespace stillpoint::ui {

namespace {
// Any fixed id: QUndoStack only offers mergeWith() to commands that share one.
constexpr int FieldEditId = 0x5354;
} // namespace

FieldEditCommand::FieldEditCommand(const void *field, int mergeKey, const QString &text,
                                   QVariant before, QVariant after, Apply apply)
    : QUndoCommand(text), m_field(field), m_mergeKey(mergeKey), m_before(std::move(before)),
      m_after(std::move(after)), m_apply(std::move(apply))
{ }

void FieldEditCommand::undo()
{
    m_apply(m_before);
}

void FieldEditCommand::redo()
{
    if (m_skipFirstRedo)
        m_skipFirstRedo = false;
    else
        m_apply(m_after);
}

int FieldEditCommand::id() const
{
    return m_mergeKey < 0 ? -1 : FieldEditId;
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const FieldEditCommand *>(other);
    if (!next || next->m_field != m_field || next->m_mergeKey != m_mergeKey || m_mergeKey < 0)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stillpoint::ui
