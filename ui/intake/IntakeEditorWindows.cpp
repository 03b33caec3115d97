// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeEditorWindows.h"

#include "ui/common/Prompter.h"
#include "ui/intake/IntakeEditor.h"
#include "ui/security/CurrentSession.h"

#include <QWidget>

#include <memory>
#include <utility>

namespace stillpoint::ui {

IntakeEditorWindows::IntakeEditorWindows(const Services &services, QWidget *owner)
    : QObject(owner), m_services(services), m_owner(owner)
{ }

IntakeEditorWindows::~IntakeEditorWindows() = default;

bool IntakeEditorWindows::editForClient(qint64 clientId, const QString &clientName)
{
    prune();
    if (IntakeEditor *open = find(clientId, 0)) {
        present(open);
        return true;
    }
    IntakeEditor *editor = create();
    if (!editor->openForClient(clientId, clientName)) {
        forget(editor);
        return false;
    }
    track(editor, clientId, 0, clientName);
    present(editor);
    return true;
}

bool IntakeEditorWindows::openVersion(qint64 clientId, const QString &clientName, qint64 intakeId,
                                      bool isDraft)
{
    prune();
    // A draft has one editor per client, however it was opened, so two windows never edit it.
    const qint64 key = isDraft ? 0 : intakeId;
    if (IntakeEditor *open = find(clientId, key)) {
        present(open);
        return true;
    }
    IntakeEditor *editor = create();
    editor->setClientName(clientName);
    if (!editor->openIntake(intakeId)) {
        forget(editor);
        return false;
    }
    track(editor, clientId, key, clientName);
    present(editor);
    return true;
}

QList<IntakeEditor *> IntakeEditorWindows::editors() const
{
    QList<IntakeEditor *> open;
    for (const Entry &entry : m_entries) {
        if (entry.editor)
            open.append(entry.editor.data());
    }
    return open;
}

bool IntakeEditorWindows::hasUnsavedChanges() const
{
    for (const Entry &entry : m_entries) {
        if (entry.editor && entry.editor->hasUnsavedChanges())
            return true;
    }
    return false;
}

bool IntakeEditorWindows::confirmClose()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        IntakeEditor *editor = entry.editor.data();
        if (!editor || !editor->hasUnsavedChanges())
            continue;
        const bool hidden = !editor->isVisible();
        present(editor);
        const auto choice = m_services.prompter.question(
                editor, tr("Unsaved intake"),
                tr("Save the changes to %1's intake before it closes?").arg(entry.clientName),
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

bool IntakeEditorWindows::saveWithoutAsking()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        IntakeEditor *editor = entry.editor.data();
        if (!editor || !editor->hasUnsavedChanges() || editor->saveNow())
            continue;
        const auto choice = m_services.prompter.warning(
                m_owner, tr("Unsaved intake"),
                tr("An intake draft open in this window could not be saved. Signing out now "
                   "discards its unsaved changes."),
                { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
                Prompter::Choice::Cancel, tr("Cancel keeps them for when the window is unlocked."));
        if (choice != Prompter::Choice::Discard)
            return false;
    }
    return true;
}

void IntakeEditorWindows::closeAll(bool now)
{
    const QList<Entry> entries = std::exchange(m_entries, {});
    for (const Entry &entry : entries) {
        if (!entry.editor)
            continue;
        // Hidden rather than closed: the user has been asked already, and an editor's own close
        // handling must not ask again.
        entry.editor->hide();
        if (now) {
            const std::unique_ptr<IntakeEditor> closing(entry.editor.data());
        } else {
            entry.editor->deleteLater();
        }
    }
}

IntakeEditor *IntakeEditorWindows::find(qint64 clientId, qint64 intakeId)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.editor && entry.clientId == clientId && entry.intakeId == intakeId)
            return entry.editor.data();
    }
    return nullptr;
}

IntakeEditor *IntakeEditorWindows::create()
{
    auto *editor = new IntakeEditor(
            IntakeEditor::Services{ m_services.intakes, m_services.prompter, m_services.clock },
            m_services.session.session(), m_owner);
    editor->setWindowFlag(Qt::Window, true);
    editor->setAttribute(Qt::WA_DeleteOnClose); // closed by its user: gone, and forgotten here
    connect(editor, &IntakeEditor::intakeSaved, this, &IntakeEditorWindows::intakeSaved);
    connect(editor, &IntakeEditor::intakeSigned, this, &IntakeEditorWindows::intakeSigned);
    connect(editor, &IntakeEditor::printRequested, this, &IntakeEditorWindows::printRequested);
    return editor;
}

void IntakeEditorWindows::track(IntakeEditor *editor, qint64 clientId, qint64 intakeId,
                                const QString &clientName)
{
    m_entries.append({ editor, clientId, intakeId, clientName });
}

void IntakeEditorWindows::forget(IntakeEditor *editor)
{
    editor->hide();
    editor->deleteLater();
}

void IntakeEditorWindows::prune()
{
    // The panel is used only while the window is open, so an editor not on screen now was
    // closed by its user: let it go (unless it still holds unsaved changes), so that asking
    // again opens a fresh one.
    QList<Entry> kept;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.editor)
            continue;
        if (entry.editor->isVisible() || entry.editor->hasUnsavedChanges())
            kept.append(entry);
        else
            forget(entry.editor.data());
    }
    m_entries = kept;
}

void IntakeEditorWindows::present(IntakeEditor *editor)
{
    editor->show();
    editor->raise();
    editor->activateWindow();
}

} // namespace stillpoint::ui
