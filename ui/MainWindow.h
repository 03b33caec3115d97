// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/common/Clock.h"
#include "core/security/AuditLog.h"
#include "core/security/Authenticator.h"
#include "core/security/PracticeSettings.h"
#include "core/security/Session.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class ClientEditor;
class ClientListWidget;
class CurrentSession;
class FileChooser;
class IdleMonitor;
class LockScreen;
class PracticeMenu;
class Prompter;
class SignInPrompter;

// The application window for one signed-in person at a time. It composes the feature widgets
// (the client list on the left, the client editor on the right), owns the menus that drive them
// and the session they act for, and remembers its layout between sessions. It locks itself after
// the practice's idle time (client details are hidden behind a lock screen, unsaved edits are
// kept), lets another person sign in without restarting, and shows the owner's Practice menu only
// to roles allowed to use it. It holds no practice logic of its own.
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
    };

    MainWindow(core::Database &database, const core::Session &session, const Services &services,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientListWidget *clientList() const { return m_clientList; }
    ClientEditor *clientEditor() const { return m_clientEditor; }
    QSplitter *splitter() const { return m_splitter; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    IdleMonitor *idleMonitor() const { return m_idleMonitor; }
    PracticeMenu *practiceMenu() const { return m_practiceMenu; }
    const CurrentSession &currentSession() const { return *m_session; }
    Access access() const { return m_access; }

    // Opens the first client in the list, if there is one (for demonstrations and screenshots).
    void openFirstClient();

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

    core::ClientService m_clients;
    core::Authenticator m_authenticator;
    core::AuditLog m_auditLog;
    core::PracticeSettings m_settings;
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
    QSplitter *m_splitter;
    LockScreen *m_lockScreen;
    PracticeMenu *m_practiceMenu = nullptr;
    QLabel *m_sessionLabel;
    QLabel *m_databaseLabel;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QWidget>> m_hiddenWindows;

    QAction *m_newClientAction = nullptr;
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
    QList<QMenu *> m_workMenus; // Edit and Client: nothing in them makes sense while locked
};

} // namespace stillpoint::ui
