// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteContentCommand.h"

namespace stillpoint::ui {

NoteContentCommand::NoteContentCommand(const QString &text, core::NoteContent before,
                                       core::NoteContent after,
                                       std::function<void(const core::NoteContent &)> show)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_show(std::move(show))
{ }

void NoteContentCommand::undo()
{
    m_show(m_before);
}

void NoteContentCommand::redo()
{
    m_show(m_after);
}

} // namespace stillpoint::ui
