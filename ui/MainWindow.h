// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/common/Clock.h"
#include "core/exchange/BackupRestorer.h"
#include "core/intake/IntakeService.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/schedule/SeriesService.h"
#include "core/schedule/WaitlistService.h"
#include "core/security/AuditLog.h"
#include "core/security/Authenticator.h"
#include "core/security/PracticeSettings.h"
#include "core/security/Session.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class BackupController;
class ClientEditor;
class ClientListWidget;
class CurrentSession;
class DocumentPrinter;
class FileChooser;
class IdleMonitor;
class IntakePanel;
class LockScreen;
class NotesPanel;
class PracticeMenu;
class ProgressPanel;
class Prompter;
class SchedulePanel;
class SignInPrompter;

// The application window for one signed-in person at a time. It composes the feature widgets
// in two areas, Clients (Ctrl+1: the client list on the left; on the right the client's contact
// record, intake and session notes as tabs) and Schedule (Ctrl+2: the calendar and today's
// list, for roles that read the schedule), owns the menus that drive them (the Client, Intake and
// Notes menus show in the Clients area, the Schedule menu in the Schedule area; Edit > Undo
// follows the area shown)
// and the session they act for, and remembers its layout between sessions. It locks itself after
// the practice's idle time (client details are hidden behind a lock screen, unsaved edits are
// kept), lets another person sign in without restarting, and shows the owner's Practice menu only
// to roles allowed to use it. Its BackupController backs up on closing and daily, and the status
// bar warns the owner when the last backup is too old. It holds no practice logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Access {
        Open, // someone is signed in and working
        Locked, // idle or locked by hand: only the same person's password opens it
        SignedOut, // nobody is signed in
    };

    struct Services
    {
        Prompter &prompter;
        SignInPrompter &signIn;
        FileChooser &files;
        const core::Clock &clock = core::SystemClock::instance();
        DocumentPrinter *printer = nullptr; // null: the platform's print dialog
    };

    MainWindow(core::Database &database, const core::Session &session, const Services &services,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientListWidget *clientList() const { return m_clientList; }
    ClientEditor *clientEditor() const { return m_clientEditor; }
    IntakePanel *intakePanel() const { return m_intakePanel; }
    NotesPanel *notesPanel() const { return m_notesPanel; }
    ProgressPanel *progressPanel() const { return m_progressPanel; }
    SchedulePanel *schedulePanel() const { return m_schedulePanel; }
    // "Clients" (the client list and record) and "Schedule" (the schedule panel).
    QTabWidget *areaTabs() const { return m_areaTabs; }
    void showClientsArea();
    void showScheduleArea();
    // "Contact" (the client editor), "Intake" (the intake panel) and "Notes" (the notes panel).
    QTabWidget *clientTabs() const { return m_clientTabs; }
    QSplitter *splitter() const { return m_splitter; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    IdleMonitor *idleMonitor() const { return m_idleMonitor; }
    PracticeMenu *practiceMenu() const { return m_practiceMenu; }
    BackupController *backupController() const { return m_backup; }
    // "Last backup 9 days ago — back up now", shown to the owner when a backup is overdue.
    QLabel *backupWarningLabel() const { return m_backupLabel; }
    // Set when the owner confirmed that a restored backup replaces the practice file: the
    // application carries it out once the window has closed and the file is no longer open.
    const std::optional<core::RestoreSwap> &pendingRestore() const { return m_pendingRestore; }
    const CurrentSession &currentSession() const { return *m_session; }
    Access access() const { return m_access; }

    // Opens the first client in the list, if there is one (for demonstrations and screenshots).
    void openFirstClient();
    // Starts (or continues) the session note of an appointment, as "Start note" on the day's
    // list does: opens the appointment's client, shows their Notes tab and goes through the
    // red-flag check and the carry-forward question to the note's window. False when nothing
    // was started and nothing waits for the user (refused, cancelled or not the therapist's).
    bool startNoteForAppointment(qint64 appointmentId);

    // Hides every client detail behind the lock screen; what was open stays as it was.
    void lock();
    // Asks about unsaved edits, signs the current person out and asks who signs in next. False
    // when the user cancelled before anyone was signed out.
    bool switchUser();
    // Asks about unsaved edits and signs the current person out, leaving the sign-in screen.
    bool signOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void chooseClient(qint64 id);
    void restoreLayout();
    void saveLayout() const;

    void startSession(const core::Session &session);
    void unlock(const core::Session &session);
    // Lets go of the open record and the session (audited); false when the user kept them.
    bool endSession();
    bool confirmDiscardWhileLocked(const QString &text);
    void applySettings();
    void updateSessionLabel();
    void hideOtherWindows();
    void restoreOtherWindows();
    void showClientInIntake();
    void markIntakeTab(bool blocking);
    void createAreas(const Services &services);
    void areaChanged();
    void updateBackupStatus();

    core::ClientService m_clients;
    core::Authenticator m_authenticator;
    core::AuditLog m_auditLog;
    core::PracticeSettings m_settings;
    core::IntakeService m_intakes;
    core::AppointmentService m_appointments;
    core::ScheduleSetupService m_scheduleSetup;
    core::SeriesService m_series;
    core::WaitlistService m_waitlist;
    std::unique_ptr<DocumentPrinter> m_ownPrinter; // when the services bring none
    core::Database &m_database;
    DocumentPrinter &m_printer; // the services' printer or m_ownPrinter
    Prompter &m_prompter;
    SignInPrompter &m_signIn;
    FileChooser &m_files;
    const core::Clock &m_clock;
    CurrentSession *m_session;
    IdleMonitor *m_idleMonitor;
    Access m_access = Access::SignedOut;

    QStackedWidget *m_pages;
    ClientListWidget *m_clientList;
    ClientEditor *m_clientEditor;
    QTabWidget *m_clientTabs;
    IntakePanel *m_intakePanel = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    ProgressPanel *m_progressPanel = nullptr; // the Progress tab, for clinical roles only
    SchedulePanel *m_schedulePanel = nullptr;
    QTabWidget *m_areaTabs = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QSplitter *m_splitter;
    LockScreen *m_lockScreen;
    PracticeMenu *m_practiceMenu = nullptr;
    QLabel *m_sessionLabel;
    QLabel *m_databaseLabel;
    BackupController *m_backup;
    QLabel *m_backupLabel;
    QLabel *m_diskLabel;
    std::optional<core::RestoreSwap> m_pendingRestore;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QWidget>> m_hiddenWindows;

    QAction *m_newClientAction = nullptr;
    QAction *m_importClientsAction = nullptr; // File > Import Clients… (who may create clients)
    QAction *m_exportClientsAction = nullptr; // File > Export > Clients (CSV)… (the owner)
    QAction *m_exportAppointmentsAction = nullptr; // File > Export > Appointments (CSV)… (owner)
    QAction *m_exportPracticeAction = nullptr; // File > Export > Whole Practice (JSON)… (owner)
    // Client > Export Client's Complete Record… (owner, therapist)
    QAction *m_exportClientRecordAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_intakeMenu = nullptr;
    QMenu *m_notesMenu = nullptr;
    QMenu *m_progressMenu = nullptr;
    QMenu *m_clientMenu = nullptr;
    QMenu *m_scheduleMenu = nullptr;
    QAction *m_showClientsAction = nullptr; // Ctrl+1
    QAction *m_showScheduleAction = nullptr; // Ctrl+2
    QList<QMenu *> m_workMenus; // Edit, Client, Intake: nothing in them makes sense while locked
};

} // namespace stillpoint::ui
