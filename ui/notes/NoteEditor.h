// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/security/Session.h"
#include "ui/intake/RedFlagProceedDialog.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QUndoStack;

namespace stillpoint::ui {

class CurrentSession;
class FieldUndoRecorder;
class NoteAddendumDialog;
class NoteEditorButtons;
class NoteEditorHeader;
class NoteSections;
class NoteTemplateActions;
class Prompter;

// A window for one session note, section by section: S, O, A, P and the body chart (Alt+1…5,
// Ctrl+Page Up/Down). A draft saves itself shortly after every change (whatever it holds: an
// autosave never loses typing) and Ctrl+S saves at once; signing (Ctrl+Return) asks first, then
// core checks the note and locks it. A signed note opens read-only with its addenda under it
// (Alt+6) and "Add Addendum…". Core's red-flag block is met with the dialog that records a reason
// to proceed. Its title never names the client (titles end up in window lists and logs).
class NoteEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        core::NoteService &notes;
        core::IntakeService &intakes;
        Prompter &prompter;
        const CurrentSession &session;
        const core::Clock &clock = core::SystemClock::instance();
    };

    explicit NoteEditor(const Services &services, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Reads one note and shows it: a draft editable, a signed or discarded note read-only. False
    // (with a message shown) when it cannot be read.
    bool openNote(qint64 noteId);
    // Shows a note already read (a draft core just started).
    void showNote(const core::SessionNote &note);
    // The name shown in the window (core's note does not carry it).
    void setClientName(const QString &clientName);

    bool isLoaded() const { return m_loaded; }
    bool isReadOnly() const { return m_readOnly; }
    // The note as the form shows it now.
    core::SessionNote note() const;
    // The note as last read or saved.
    const core::SessionNote &stored() const { return m_note; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves a pending change now; true when nothing is left unsaved.
    bool saveNow();
    void setAutosaveDelay(int milliseconds);

    // The sections and their pages (NoteSections::Section).
    NoteSections *sections() const { return m_sections; }
    QUndoStack *undoStack() const { return m_undoStack; }
    NoteTemplateActions *templateActions() const { return m_templates; }
    QLabel *problemBanner() const { return m_problemBanner; }
    NoteEditorHeader *header() const { return m_header; }

    // Signs after the user confirms, as the Sign button does; false when not signed.
    bool sign();
    // Sets the draft aside after the user confirms and closes the window.
    bool discardDraft();
    // Opens the addendum dialog for a signed note (nullptr for a draft).
    NoteAddendumDialog *addAddendum();
    // Fills empty parts of the form from a template (one undo step).
    void applyContent(const core::NoteContent &content, const QString &undoText);
    // The dialog recording a reason to proceed, while core's red-flag block stops saving.
    RedFlagProceedDialog *redFlagDialog() const { return m_redFlagDialog; }

Q_SIGNALS:
    void noteSaved(qint64 clientId);
    void noteSigned(qint64 clientId, qint64 noteId);
    void noteDiscarded(qint64 clientId);
    void addendumAdded(qint64 clientId);
    void printRequested(qint64 noteId);
    void pdfRequested(qint64 noteId);
    void redFlagCleared(qint64 clientId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createShortcuts();
    void formEdited();
    void refreshValidation();
    void updateHeader();
    void updateButtons();
    void showProblem(const QString &text);
    void refuse(const QString &title, const core::Error &error);
    // Core refused to save or sign: the red-flag block asks for a reason, a field's problem shows
    // at the field, anything else in the banner (and, for signing, a box naming the field).
    void showRefusal(const QString &what, const core::Error &error, bool ask);
    void askReasonToProceed();
    void loadPreviousMarks();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;

    core::NoteService &m_notes;
    core::IntakeService &m_intakes;
    Prompter &m_prompter;
    const CurrentSession &m_currentSession;
    const core::Clock &m_clock;
    const core::Session m_session; // editors act for the session that opened them

    core::SessionNote m_note; // as last read or saved (id, row version, status)
    QString m_clientName;
    QDate m_carriedFromDate;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_showSigningProblems = false;

    QTimer *m_autosave;
    QUndoStack *m_undoStack;
    FieldUndoRecorder *m_recorder;
    NoteTemplateActions *m_templates = nullptr;
    QPointer<RedFlagProceedDialog> m_redFlagDialog;

    NoteEditorHeader *m_header = nullptr;
    QLabel *m_problemBanner = nullptr;
    NoteSections *m_sections = nullptr;
    NoteEditorButtons *m_buttons = nullptr;
};

} // namespace stillpoint::ui
