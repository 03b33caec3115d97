// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"

#include <QUndoCommand>

#include <functional>

namespace stillpoint::ui {

// One undo step that replaces the whole content of the note shown (applying a template): undo
// shows the content as it was, redo as it became, both through `show`.
class NoteContentCommand final : public QUndoCommand
{
public:
    NoteContentCommand(const QString &text, core::NoteContent before, core::NoteContent after,
                       std::function<void(const core::NoteContent &)> show);

    void undo() override;
    void redo() override;

private:
    core::NoteContent m_before;
    core::NoteContent m_after;
    std::function<void(const core::NoteContent &)> m_show;
};

} // namespace stillpoint::ui
