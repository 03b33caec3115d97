// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/notes/NoteService.h"
#include "core/schedule/AppointmentService.h"
#include "core/security/PracticeSettings.h"
#include "ui/notes/NotePrintouts.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QTableView;

namespace stillpoint::core {
class ClientService;
class Database;
class IntakeService;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class DocumentPrinter;
class FileChooser;
class NoteEditorWindows;
class NoteHistoryModel;
class NoteHistoryView;
class NoteStarter;
class Prompter;

// The selected client's session notes, beside their contact record and intake. For the therapist
// and owner: every note, newest first (date, status, pain before → after, marks, addenda, who
// signed), and the actions on them: a new note (carrying forward the last plan and marks if
// asked), open, print, PDF, print the notes of a period, and the practice's templates. Notes open
// in their own windows (NoteEditorWindows). For the front desk only a line saying notes are for
// therapists: for that role the panel asks core nothing. Notes are read (and audited) only while
// the panel is on screen.
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        core::Database &database;
        core::ClientService &clients;
        core::IntakeService &intakes;
        const core::PracticeSettings &settings;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        DocumentPrinter &printer;
        const core::Clock &clock;
    };

    explicit NotesPanel(const Services &services, QWidget *parent = nullptr);
    ~NotesPanel() override;

    // The client whose notes are shown (0: none). Reads again when it is another client.
    void setClient(qint64 clientId, const QString &clientName);
    qint64 clientId() const { return m_clientId; }
    // Reads everything shown again (now when on screen, else when next shown).
    void refresh();
    // While the window is locked or signed out nothing here may be used, not even by shortcut.
    void setAvailable(bool available);

    // The actions of the panel, for the window's Notes menu; most have a shortcut.
    QList<QAction *> menuActions() const;
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *savePdfAction() const { return m_savePdfAction; }
    QAction *printRangeAction() const { return m_printRangeAction; }
    QAction *templatesAction() const { return m_templatesAction; }
    // Notes > Body Chart Legend… (the owner): names and colours of the mark types.
    QAction *legendAction() const { return m_legendAction; }

    NoteHistoryModel *historyModel() const;
    QTableView *historyView() const;
    NoteHistoryView *historyPanel() const { return m_history; }
    QLabel *frontDeskLabel() const { return m_frontDeskLabel; }
    NoteEditorWindows *editors() const { return m_editors; }
    NoteStarter *starter() const { return m_starter; }
    core::NoteService &notes() { return m_notes; }
    // Selects the history row showing this note.
    void selectNote(qint64 noteId);

    // The actions' work, callable from tests; false when there was nothing to do, the user
    // cancelled or it failed (failures are shown).
    bool newNote();
    bool startForAppointment(qint64 appointmentId);
    // The client of an appointment, for the window to open before starting its note (0: none).
    qint64 clientOfAppointment(qint64 appointmentId);
    bool openSelected();
    bool printSelected();
    bool saveSelectedAsPdf();
    QDialog *printRange();
    bool printRange(const QDate &from, const QDate &to);
    QDialog *manageTemplates();
    // Opens the owner's legend dialog; null for other roles.
    QDialog *editLegend();

    // Before the session ends: see NoteEditorWindows.
    bool confirmCloseEditors();
    bool saveEditorsWithoutAsking();
    // Closes the editors and dialogs opened here, without asking; `now` deletes them at once.
    void closeWindows(bool now = false);

Q_SIGNALS:
    // An action was triggered (by its shortcut, perhaps from elsewhere): show the panel.
    void showRequested();
    void statusMessage(const QString &message);
    // A reason to proceed was recorded from here: the intake's red-flag alert is cleared.
    void redFlagCleared(qint64 clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Page { MessagePage, FrontDeskPage, ClinicalPage };

    void createActions();
    QWidget *createMessagePage();
    QWidget *createFrontDeskPage();
    QWidget *createClinicalPage();
    void applyRole();
    void reload();
    void updateActions();
    bool isClinical() const;
    bool canWork() const;
    int selectedRow() const;
    void track(QDialog *dialog);
    bool printNote(qint64 noteId);
    bool saveNoteAsPdf(qint64 noteId);

    Services m_services;
    core::NoteService m_notes;
    core::AppointmentService m_appointments;
    core::PracticeSettings m_practiceSettings; // for the legend, which only the owner changes
    NotePrintouts m_printouts;
    NoteEditorWindows *m_editors;
    NoteStarter *m_starter;
    qint64 m_clientId = 0;
    QString m_clientName;
    bool m_available = true;
    bool m_stale = true;
    QList<QPointer<QDialog>> m_dialogs;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_savePdfAction = nullptr;
    QAction *m_printRangeAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QAction *m_legendAction = nullptr;

    QStackedWidget *m_pages;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageHint = nullptr;
    QLabel *m_frontDeskTitle = nullptr;
    QLabel *m_frontDeskLabel = nullptr;
    NoteHistoryView *m_history = nullptr;
};

} // namespace stillpoint::ui
