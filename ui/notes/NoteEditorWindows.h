// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/notes/SessionNote.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace stillpoint::core {
class IntakeService;
class NoteService;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class NoteEditor;
class Prompter;

// The note editor windows opened from the Notes tab. Each note has at most one window; asking
// again brings it forward. Before the session ends it asks about unsaved changes (or, while the
// main window is locked, saves them as drafts without asking, since whoever stands there may not
// be their author), then closes every editor: editors act for the session that opened them.
class NoteEditorWindows final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        core::NoteService &notes;
        core::IntakeService &intakes;
        Prompter &prompter;
        const CurrentSession &session;
        const core::Clock &clock;
    };

    // Editors are top-level windows owned by `owner`.
    NoteEditorWindows(const Services &services, QWidget *owner);
    ~NoteEditorWindows() override;

    // Shows a note core has just started (or found) in its window.
    NoteEditor *show(const core::SessionNote &note, const QString &clientName);
    // Reads a note and shows it; nullptr when it cannot be read (shown).
    NoteEditor *open(qint64 noteId, const QString &clientName);

    QList<NoteEditor *> editors() const;
    NoteEditor *editorFor(qint64 noteId) const;
    bool hasUnsavedChanges() const;
    // Save / Discard / Cancel for each editor with unsaved changes; false when the user cancelled
    // (or a save failed), and then nothing has been closed.
    bool confirmClose();
    // Saves every editor's unsaved changes without asking; when one cannot be saved, asks
    // (without naming the client) whether to discard them. False when the user cancelled.
    bool saveWithoutAsking();
    // Closes every editor without asking (the caller has asked); `now` deletes them at once.
    void closeAll(bool now = false);
    // Autosave delay of every editor opened from now on (tests shorten it).
    void setAutosaveDelay(int milliseconds) { m_autosaveMs = milliseconds; }

Q_SIGNALS:
    void noteSaved(qint64 clientId);
    void noteSigned(qint64 clientId, qint64 noteId);
    void noteDiscarded(qint64 clientId);
    void addendumAdded(qint64 clientId);
    void printRequested(qint64 noteId);
    void pdfRequested(qint64 noteId);
    void redFlagCleared(qint64 clientId);

private:
    struct Entry
    {
        QPointer<NoteEditor> editor;
        qint64 noteId = 0;
        QString clientName;
    };

    NoteEditor *create(const QString &clientName);
    void prune();
    static void present(NoteEditor *editor);

    Services m_services;
    QWidget *m_owner;
    QList<Entry> m_entries;
    int m_autosaveMs = -1;
};

} // namespace stillpoint::ui
