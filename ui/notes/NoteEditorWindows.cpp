// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteEditorWindows.h"

#include "ui/common/Prompter.h"
#include "ui/notes/NoteEditor.h"

#include <QWidget>

#include <memory>
#include <utility>

namespace stillpoint::ui {

NoteEditorWindows::NoteEditorWindows(const Services &services, QWidget *owner)
    : QObject(owner), m_services(services), m_owner(owner)
{ }

NoteEditorWindows::~NoteEditorWindows() = default;

NoteEditor *NoteEditorWindows::show(const core::SessionNote &note, const QString &clientName)
{
    prune();
    if (NoteEditor *open = editorFor(note.id)) {
        present(open);
        return open;
    }
    NoteEditor *editor = create(clientName);
    editor->showNote(note);
    m_entries.append({ editor, note.id, clientName });
    present(editor);
    return editor;
}

NoteEditor *NoteEditorWindows::open(qint64 noteId, const QString &clientName)
{
    prune();
    if (NoteEditor *open = editorFor(noteId)) {
        present(open);
        return open;
    }
    NoteEditor *editor = create(clientName);
    if (!editor->openNote(noteId)) {
        editor->hide();
        editor->deleteLater();
        return nullptr;
    }
    m_entries.append({ editor, noteId, clientName });
    present(editor);
    return editor;
}

QList<NoteEditor *> NoteEditorWindows::editors() const
{
    QList<NoteEditor *> open;
    for (const Entry &entry : m_entries)
        if (entry.editor)
            open.append(entry.editor.data());
    return open;
}

NoteEditor *NoteEditorWindows::editorFor(qint64 noteId) const
{
    for (const Entry &entry : m_entries)
        if (entry.editor && entry.noteId == noteId)
            return entry.editor.data();
    return nullptr;
}

bool NoteEditorWindows::hasUnsavedChanges() const
{
    for (const Entry &entry : m_entries)
        if (entry.editor && entry.editor->hasUnsavedChanges())
            return true;
    return false;
}

bool NoteEditorWindows::confirmClose()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        NoteEditor *editor = entry.editor.data();
        if (!editor || !editor->hasUnsavedChanges())
            continue;
        const bool hidden = !editor->isVisible();
        present(editor);
        const auto choice = m_services.prompter.question(
                editor, tr("Unsaved note"),
                tr("Save the changes to %1's session note before it closes?").arg(entry.clientName),
                { Prompter::Choice::Save, Prompter::Choice::Discard, Prompter::Choice::Cancel },
                Prompter::Choice::Save, Prompter::Choice::Cancel,
                tr("Saving keeps it as a draft to continue later; it is not signed."));
        if (choice == Prompter::Choice::Save && editor->saveNow())
            continue;
        if (choice == Prompter::Choice::Discard)
            continue;
        if (hidden)
            editor->hide();
        return false;
    }
    return true;
}

bool NoteEditorWindows::saveWithoutAsking()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        NoteEditor *editor = entry.editor.data();
        if (!editor || !editor->hasUnsavedChanges() || editor->saveNow())
            continue;
        const auto choice = m_services.prompter.warning(
                m_owner, tr("Unsaved note"),
                tr("A session note open in this window could not be saved. Signing out now "
                   "discards its unsaved changes."),
                { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
                Prompter::Choice::Cancel, tr("Cancel keeps them for when the window is unlocked."));
        if (choice != Prompter::Choice::Discard)
            return false;
    }
    return true;
}

void NoteEditorWindows::closeAll(bool now)
{
    const QList<Entry> entries = std::exchange(m_entries, {});
    for (const Entry &entry : entries) {
        if (!entry.editor)
            continue;
        // Hidden rather than closed: the user has been asked already.
        entry.editor->hide();
        if (now) {
            const std::unique_ptr<NoteEditor> closing(entry.editor.data());
        } else {
            entry.editor->deleteLater();
        }
    }
}

NoteEditor *NoteEditorWindows::create(const QString &clientName)
{
    auto *editor = new NoteEditor({ m_services.notes, m_services.intakes, m_services.prompter,
                                    m_services.session, m_services.clock },
                                  m_owner);
    editor->setWindowFlag(Qt::Window, true);
    editor->setAttribute(Qt::WA_DeleteOnClose); // closed by its user: gone, and forgotten here
    editor->setClientName(clientName);
    if (m_autosaveMs >= 0)
        editor->setAutosaveDelay(m_autosaveMs);
    connect(editor, &NoteEditor::noteSaved, this, &NoteEditorWindows::noteSaved);
    connect(editor, &NoteEditor::noteSigned, this, &NoteEditorWindows::noteSigned);
    connect(editor, &NoteEditor::noteDiscarded, this, &NoteEditorWindows::noteDiscarded);
    connect(editor, &NoteEditor::addendumAdded, this, &NoteEditorWindows::addendumAdded);
    connect(editor, &NoteEditor::printRequested, this, &NoteEditorWindows::printRequested);
    connect(editor, &NoteEditor::pdfRequested, this, &NoteEditorWindows::pdfRequested);
    connect(editor, &NoteEditor::redFlagCleared, this, &NoteEditorWindows::redFlagCleared);
    return editor;
}

void NoteEditorWindows::prune()
{
    // An editor not on screen now was closed by its user: let it go (unless it still holds
    // unsaved changes), so that asking again opens a fresh one.
    QList<Entry> kept;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.editor)
            continue;
        if (entry.editor->isVisible() || entry.editor->hasUnsavedChanges()) {
            kept.append(entry);
        } else {
            entry.editor->hide();
            entry.editor->deleteLater();
        }
    }
    m_entries = kept;
}

void NoteEditorWindows::present(NoteEditor *editor)
{
    editor->show();
    editor->raise();
    editor->activateWindow();
}

} // namespace stillpoint::ui
