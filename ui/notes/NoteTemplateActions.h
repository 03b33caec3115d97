// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/NoteService.h"

#include <QObject>

class QAction;
class QInputDialog;
class QMenu;

namespace stillpoint::ui {

class NoteEditor;
class Prompter;

// The note editor's templates: "Apply Template…" fills the empty parts of the note from one of
// the practice's templates (one undo step), "Save as Template…" keeps this note's techniques,
// client position and plan (frequency, focus, home care) under a name, never anything about the
// client. Both ask through small dialogs opened without blocking.
class NoteTemplateActions final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        core::NoteService &notes;
        const core::Session &session;
        Prompter &prompter;
    };

    NoteTemplateActions(const Services &services, NoteEditor *editor);

    QMenu *menu() const { return m_menu; }
    QAction *applyAction() const { return m_applyAction; }
    QAction *saveAction() const { return m_saveAction; }

    // Asks which template to apply (nullptr when the practice has none; said so).
    QInputDialog *chooseTemplate();
    bool apply(const core::NoteTemplate &noteTemplate);
    // Asks for the new template's name.
    QInputDialog *askName();
    // Saves the note's reusable parts as `name`; asks before replacing a template of that name.
    bool saveAs(const QString &name);

    // The parts of `content` a template keeps.
    static core::NoteContent reusablePart(const core::NoteContent &content);

private:
    Services m_services;
    NoteEditor *m_editor;
    QMenu *m_menu;
    QAction *m_applyAction;
    QAction *m_saveAction;
};

} // namespace stillpoint::ui
