// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/exchange/ExchangeServices.h"
#include "ui/exchange/ExportAppointmentsAction.h"
#include "ui/exchange/ExportClientRecordAction.h"
#include "ui/exchange/ExportClientsAction.h"
#include "ui/exchange/ExportMenu.h"
#include "ui/exchange/ExportPracticeAction.h"
#include "ui/exchange/ImportClientsAction.h"

#include "core/storage/Database.h"
#include "ui/PracticeMenu.h"
#include "ui/backup/BackupController.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListWidget.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/Prompter.h"
#include "ui/intake/IntakePanel.h"
#include "ui/notes/NotesPanel.h"
#include "ui/outcomes/DiaryImportDialog.h"
#include "ui/outcomes/DiaryMonthDialog.h"
#include "ui/outcomes/ProgressPanel.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/SchedulePanel.h"
#include "ui/security/CurrentSession.h"
#include "ui/security/IdleMonitor.h"
#include "ui/security/LockScreen.h"
#include "ui/security/SignInPrompter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace stillpoint::ui {

namespace {
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SplitterKey = QStringLiteral("MainWindow/splitter");
const auto ClientListHeaderKey = QStringLiteral("MainWindow/clientListHeader");
const auto AreaKey = QStringLiteral("MainWindow/area");
} // namespace

MainWindow::MainWindow(core::Database &database, const core::Session &session,
                       const Services &services, QWidget *parent)
    : QMainWindow(parent), m_clients(database, services.clock),
      m_authenticator(database, services.clock), m_auditLog(database, services.clock),
      m_settings(database, services.clock), m_intakes(database, services.clock),
      m_appointments(database, services.clock), m_scheduleSetup(database, services.clock),
      m_series(database, services.clock), m_waitlist(database, services.clock),
      m_ownPrinter(services.printer ? nullptr : std::make_unique<DocumentPrinter>()),
      m_database(database), m_printer(services.printer ? *services.printer : *m_ownPrinter),
      m_prompter(services.prompter), m_signIn(services.signIn), m_files(services.files),
      m_clock(services.clock), m_session(new CurrentSession(this)),
      m_idleMonitor(new IdleMonitor(services.clock, this)), m_pages(new QStackedWidget(this)),
      m_clientList(new ClientListWidget(m_clients, *m_session, this)),
      m_clientEditor(
              new ClientEditor(m_clients, *m_session, services.prompter, services.clock, this)),
      m_clientTabs(new QTabWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_lockScreen(new LockScreen(m_authenticator, this)), m_sessionLabel(new QLabel(this)),
      m_databaseLabel(new QLabel(this)),
      m_backup(new BackupController(
              { database, *m_session, services.prompter, services.files, services.clock }, this)),
      m_backupLabel(new QLabel(this)), m_diskLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Titles end up in window lists, screen sharing and logs: never a client's name in them.
    setWindowTitle(QStringLiteral("Stillpoint[*]"));

    m_clientList->setObjectName(QStringLiteral("clientList"));
    m_clientEditor->setObjectName(QStringLiteral("clientEditor"));
    m_intakePanel =
            new IntakePanel({ m_intakes, m_clients, m_settings, *m_session, m_prompter, m_files,
                              services.printer ? *services.printer : *m_ownPrinter, m_clock },
                            this);
    m_notesPanel = new NotesPanel({ database, m_clients, m_intakes, m_settings, *m_session,
                                    m_prompter, m_files,
                                    services.printer ? *services.printer : *m_ownPrinter, m_clock },
                                  this);
    // The contact record, the intake and the session notes of the same client, side by side as
    // tabs: the intake and notes panels read clinical content only while their tab is shown.
    m_clientTabs->setObjectName(QStringLiteral("clientTabs"));
    m_clientTabs->setDocumentMode(true);
    m_clientTabs->addTab(m_clientEditor, tr("Contact"));
    m_clientTabs->addTab(m_intakePanel, tr("Intake"));
    m_clientTabs->addTab(m_notesPanel, tr("Notes"));
    // Progress reads diaries, scores and notes: shown to the clinical roles only (updateActions).
    m_progressPanel =
            new ProgressPanel({ database, m_intakes, m_settings, *m_session, m_prompter, m_files,
                                services.printer ? *services.printer : *m_ownPrinter, m_clock },
                              this);
    m_clientTabs->addTab(m_progressPanel, tr("Progress"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_clientList);
    m_splitter->addWidget(m_clientTabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setContentsMargins(8, 8, 8, 4);
    m_splitter->setHandleWidth(12);
    // The client work and the lock screen take turns; switching pages never destroys the editor,
    // so unsaved edits survive a lock.
    createAreas(services);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_areaTabs);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);

    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_sessionLabel->setTextFormat(Qt::PlainText);
    m_sessionLabel->setContentsMargins(0, 0, 16, 0);
    statusBar()->addPermanentWidget(m_sessionLabel);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(
            tr("Practice file: %1").arg(QDir::toNativeSeparators(database.path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(database.path()));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_backupLabel->setObjectName(QStringLiteral("backupWarningLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupLabel->setStyleSheet(QStringLiteral("color: #a3122a; font-weight: bold;"));
    m_backupLabel->setToolTip(tr("Practice > Back Up Now… makes one; Practice > Backup "
                                 "Settings… sets the folder for automatic backups."));
    statusBar()->addPermanentWidget(m_backupLabel);
    // Only the owner can act on where the practice file lives.
    m_diskLabel->setObjectName(QStringLiteral("diskEncryptionLabel"));
    m_diskLabel->setTextFormat(Qt::PlainText);
    m_diskLabel->setToolTip(database.encryptionWarning());
    m_diskLabel->setText(database.fileSystem().encryption
                                         == core::FileSystemInfo::Encryption::NotEncrypted
                                 ? tr("Disk not encrypted")
                                 : tr("Disk encryption unknown"));
    statusBar()->addPermanentWidget(m_diskLabel);

    createActions();
    const ExchangeServices exchange{ database, *m_session, m_prompter, m_files, m_clock };
    m_exportClientsAction = new ExportClientsAction(exchange, this);
    m_exportAppointmentsAction = new ExportAppointmentsAction(exchange, this);
    m_exportPracticeAction = new ExportPracticeAction(exchange, this);
    auto *exportRecord = new ExportClientRecordAction(
            exchange, services.printer ? *services.printer : *m_ownPrinter, this);
    connect(m_clientEditor, &ClientEditor::currentClientChanged, exportRecord,
            &ExportClientRecordAction::setClient);
    m_exportClientRecordAction = exportRecord;
    // The Progress page's diary buttons: the month grid for a paper diary and the CSV import;
    // the page reads the diary again after either saved something.
    connect(m_progressPanel, &ProgressPanel::enterDiaryRequested, this, [this, &database] {
        auto *dialog = DiaryMonthDialog::open({ database, *m_session, m_prompter, m_clock },
                                              m_progressPanel->clientId(),
                                              m_progressPanel->clientName(), m_clock.today(), this);
        if (dialog)
            connect(dialog, &DiaryMonthDialog::diarySaved, m_progressPanel,
                    &ProgressPanel::refresh);
    });
    connect(m_progressPanel, &ProgressPanel::importDiaryRequested, this, [this, exchange] {
        auto *dialog = DiaryImportDialog::open(exchange, m_progressPanel->clientId(),
                                               m_progressPanel->clientName(), this);
        if (dialog)
            connect(dialog, &DiaryImportDialog::diaryImported, m_progressPanel,
                    &ProgressPanel::refresh);
    });
    auto *importClients = new ImportClientsAction(exchange, this);
    connect(importClients, &ImportClientsAction::clientsImported, m_clientList,
            &ClientListWidget::refresh);
    m_importClientsAction = importClients;
    createMenus();

    connect(m_clientList, &ClientListWidget::clientChosen, this, &MainWindow::chooseClient);
    connect(m_clientList, &ClientListWidget::newClientRequested, m_clientEditor,
            &ClientEditor::newClient);
    connect(m_clientEditor, &ClientEditor::clientSaved, this, [this](qint64 id) {
        m_clientList->refresh();
        m_clientList->showClient(id);
        showClientInIntake();
    });
    connect(m_clientEditor, &ClientEditor::currentClientChanged, m_clientList,
            &ClientListWidget::showClient);
    connect(m_clientEditor, &ClientEditor::currentClientChanged, this,
            &MainWindow::showClientInIntake);
    connect(m_intakePanel, &IntakePanel::blockingAlertChanged, this, &MainWindow::markIntakeTab);
    connect(m_intakePanel, &IntakePanel::showRequested, this, [this] {
        showClientsArea();
        m_clientTabs->setCurrentWidget(m_intakePanel);
    });
    connect(m_intakePanel, &IntakePanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_notesPanel, &NotesPanel::showRequested, this, [this] {
        showClientsArea();
        m_clientTabs->setCurrentWidget(m_notesPanel);
    });
    connect(m_notesPanel, &NotesPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_progressPanel, &ProgressPanel::showRequested, this, [this] {
        showClientsArea();
        m_clientTabs->setCurrentWidget(m_progressPanel);
    });
    connect(m_progressPanel, &ProgressPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    // A reason to proceed recorded before a note lifts the intake's red-flag alert too: the
    // intake panel reads the client's alerts again (and the tab loses its red mark).
    connect(m_notesPanel, &NotesPanel::redFlagCleared, this, [this] {
        m_intakePanel->setClient(0, {});
        showClientInIntake();
    });
    connect(m_clientEditor, &ClientEditor::stateChanged, this, &MainWindow::updateActions);
    connect(m_clientEditor, &ClientEditor::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_clientEditor, &ClientEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_idleMonitor, &IdleMonitor::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signInRequested, this, [this] {
        if (m_access == Access::SignedOut) {
            if (const auto next = m_signIn.signIn(this))
                startSession(*next);
        } else {
            switchUser();
        }
    });
    connect(m_practiceMenu, &PracticeMenu::settingsChanged, this, &MainWindow::applySettings);
    connect(m_backup, &BackupController::statusChanged, this, &MainWindow::updateBackupStatus);
    connect(m_backup, &BackupController::replaceRequested, this,
            [this](const core::RestoreSwap &swap) {
                m_pendingRestore = swap;
                close();
                if (isVisible()) // the user kept unsaved work: the replacement waits for them
                    m_pendingRestore.reset();
            });

    restoreLayout();
    startSession(session);
}

MainWindow::~MainWindow()
{
    // The intake editors and schedule dialogs use the services this window owns: they go before
    // the services do.
    m_intakePanel->closeWindows(true);
    m_notesPanel->closeWindows(true);
    m_schedulePanel->closeDialogs(true);
}

void MainWindow::openFirstClient()
{
    if (m_access == Access::Open && m_clientList->model()->rowCount() > 0)
        m_clientEditor->openClient(m_clientList->model()->clientId(0));
}

bool MainWindow::startNoteForAppointment(qint64 appointmentId)
{
    if (m_access != Access::Open || !m_session->allows(core::Operation::ClinicalWrite))
        return false;
    const qint64 clientId = m_notesPanel->clientOfAppointment(appointmentId);
    if (clientId == 0)
        return false;
    // The appointment's client, unless the user keeps unsaved changes to another record.
    if (m_clientEditor->clientId() != clientId && !m_clientEditor->openClient(clientId)) {
        m_clientList->showClient(m_clientEditor->clientId());
        return false;
    }
    showClientsArea();
    m_clientTabs->setCurrentWidget(m_notesPanel);
    return m_notesPanel->startForAppointment(appointmentId);
}

void MainWindow::lock()
{
    if (m_access != Access::Open)
        return;
    QWidget *focused = QApplication::focusWidget();
    m_focusBeforeLock = focused && isAncestorOf(focused) ? focused : nullptr;
    hideOtherWindows();
    m_lockScreen->showLocked(m_session->session().username, m_session->personName());
    m_pages->setCurrentWidget(m_lockScreen);
    m_access = Access::Locked;
    statusBar()->clearMessage();
    updateActions();
    m_lockScreen->passwordEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::unlock(const core::Session &session)
{
    if (m_access != Access::Locked || session.userId != m_session->session().userId)
        return;
    m_session->setSession(session); // the same person: nothing is reloaded
    m_access = Access::Open;
    m_pages->setCurrentWidget(m_areaTabs);
    updateActions();
    restoreOtherWindows();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    m_idleMonitor->resetActivity();
}

bool MainWindow::switchUser()
{
    if (!endSession())
        return false;
    if (const auto next = m_signIn.signIn(this))
        startSession(*next);
    return true;
}

bool MainWindow::signOut()
{
    return endSession();
}

bool MainWindow::endSession()
{
    if (m_access == Access::SignedOut)
        return true;
    if (m_access == Access::Locked) {
        // Whoever stands here now may not be the person who made the edits: ask without showing
        // which client they were about.
        if (!confirmDiscardWhileLocked(tr("Signing out now discards the unsaved changes %1 "
                                          "made.")
                                               .arg(m_session->personName())))
            return false;
        if (!m_intakePanel->saveEditorsWithoutAsking() || !m_notesPanel->saveEditorsWithoutAsking())
            return false;
    } else if (!m_clientEditor->confirmDiscard() || !m_intakePanel->confirmCloseEditors()
               || !m_notesPanel->confirmCloseEditors()) {
        return false;
    }
    m_practiceMenu->closeDialogs();
    m_intakePanel->closeWindows();
    m_notesPanel->closeWindows();
    m_schedulePanel->closeDialogs();
    m_hiddenWindows.clear();
    m_clientEditor->closeClient();
    const core::Status signedOut = m_authenticator.signOut(m_session->session());
    if (!signedOut)
        statusBar()->showMessage(signedOut.error().message, 6000);
    m_session->clear();
    m_access = Access::SignedOut;
    m_lockScreen->showSignedOut();
    m_pages->setCurrentWidget(m_lockScreen);
    m_clientTabs->setCurrentWidget(m_clientEditor); // the next person starts on the contact record
    updateSessionLabel();
    m_practiceMenu->updateForSession();
    updateActions();
    updateBackupStatus();
    return true;
}

bool MainWindow::confirmDiscardWhileLocked(const QString &text)
{
    if (!m_clientEditor->isModified())
        return true;
    const auto choice = m_prompter.warning(
            this, tr("Unsaved changes"), text,
            { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
            Prompter::Choice::Cancel, tr("Cancel keeps them for when the window is unlocked."));
    if (choice != Prompter::Choice::Discard)
        return false;
    m_clientEditor->revert();
    return true;
}

void MainWindow::startSession(const core::Session &session)
{
    m_session->setSession(session);
    m_access = Access::Open;
    m_pages->setCurrentWidget(m_areaTabs);
    applySettings();
    updateSessionLabel();
    m_practiceMenu->updateForSession();
    updateActions();
    updateBackupStatus();
    m_idleMonitor->resetActivity();
}

void MainWindow::applySettings()
{
    const auto name = m_settings.practiceName();
    m_lockScreen->setPracticeName(name ? name.value() : QString());
    const auto minutes = m_settings.idleLockMinutes();
    m_idleMonitor->setTimeoutSeconds(
            60LL * (minutes ? minutes.value() : core::PracticeSettings::DefaultIdleLockMinutes));
}

void MainWindow::updateSessionLabel()
{
    if (!m_session->isSignedIn()) {
        m_sessionLabel->setText(tr("Signed out"));
        return;
    }
    m_sessionLabel->setText(
            tr("Signed in: %1 · %2")
                    .arg(m_session->personName(), core::Roles::label(m_session->session().role)));
}

void MainWindow::hideOtherWindows()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_hiddenWindows.clear();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == this || !window->isVisible())
            continue;
        const Qt::WindowType type = window->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip)
            continue;
        m_hiddenWindows.append(window);
        window->hide();
    }
}

void MainWindow::restoreOtherWindows()
{
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows))
        if (window)
            window->show();
    m_hiddenWindows.clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool mayClose = m_access == Access::Locked
            ? confirmDiscardWhileLocked(tr("Quitting now discards the unsaved changes %1 made.")
                                                .arg(m_session->personName()))
                    && m_intakePanel->saveEditorsWithoutAsking()
                    && m_notesPanel->saveEditorsWithoutAsking()
            : m_clientEditor->confirmDiscard() && m_intakePanel->confirmCloseEditors()
                    && m_notesPanel->confirmCloseEditors();
    if (!mayClose) {
        event->ignore();
        return;
    }
    if (m_session->isSignedIn()) {
        m_practiceMenu->closeDialogs();
        m_intakePanel->closeWindows();
        m_notesPanel->closeWindows();
        m_schedulePanel->closeDialogs();
        // The practice about to be replaced is kept whole as it is; no backup of it is needed.
        if (!m_pendingRestore && m_access == Access::Open)
            m_backup->runOnExit();
        static_cast<void>(m_authenticator.signOut(m_session->session()));
        m_session->clear();
        m_access = Access::SignedOut;
    }
    saveLayout();
    event->accept();
}

void MainWindow::createActions()
{
    m_newClientAction = new QAction(tr("&New Client"), this);
    m_newClientAction->setObjectName(QStringLiteral("newClientAction"));
    m_newClientAction->setShortcut(QKeySequence::New);
    connect(m_newClientAction, &QAction::triggered, this, &MainWindow::showClientsArea);
    connect(m_newClientAction, &QAction::triggered, m_clientEditor, &ClientEditor::newClient);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_clientEditor, &ClientEditor::save);

    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Hide client details until your password is entered"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_switchUserAction = new QAction(tr("S&witch User…"), this);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_switchUserAction, &QAction::triggered, this, [this] { switchUser(); });

    m_signOutAction = new QAction(tr("Sign &Out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, [this] { signOut(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // The client record's edits or the schedule's changes, whichever area is shown.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });

    m_findAction = new QAction(tr("&Find Client"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_clientList, [this] {
        showClientsArea();
        m_clientList->focusSearch();
    });

    m_archiveAction = new QAction(tr("&Archive Client"), this);
    m_archiveAction->setObjectName(QStringLiteral("archiveAction"));
    connect(m_archiveAction, &QAction::triggered, m_clientEditor,
            [this] { m_clientEditor->setArchived(true); });
    m_restoreAction = new QAction(tr("&Restore Client"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, m_clientEditor,
            [this] { m_clientEditor->setArchived(false); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newClientAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_importClientsAction);
    file->addMenu(new ExportMenu(
            { m_exportClientsAction, m_exportAppointmentsAction, m_exportPracticeAction }, file));
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addAction(m_switchUserAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    m_clientMenu = menuBar()->addMenu(tr("&Client"));
    m_clientMenu->setObjectName(QStringLiteral("clientMenu"));
    m_clientMenu->addAction(m_archiveAction);
    m_clientMenu->addAction(m_restoreAction);
    m_clientMenu->addSeparator();
    m_clientMenu->addAction(m_exportClientRecordAction);

    m_intakeMenu = menuBar()->addMenu(tr("&Intake"));
    m_intakeMenu->setObjectName(QStringLiteral("intakeMenu"));
    const QList<QAction *> intakeActions = m_intakePanel->menuActions();
    for (QAction *action : intakeActions) {
        m_intakeMenu->addAction(action);
        const QString name = action->objectName();
        if (name == QLatin1String("compareIntakesAction")
            || name == QLatin1String("referralLetterAction"))
            m_intakeMenu->addSeparator();
    }
    m_notesMenu = menuBar()->addMenu(tr("&Notes"));
    m_notesMenu->setObjectName(QStringLiteral("notesMenu"));
    const QList<QAction *> noteActions = m_notesPanel->menuActions();
    for (QAction *action : noteActions) {
        m_notesMenu->addAction(action);
        const QString name = action->objectName();
        if (name == QLatin1String("openNoteAction")
            || name == QLatin1String("printNotesRangeAction"))
            m_notesMenu->addSeparator();
    }
    m_progressMenu = menuBar()->addMenu(tr("Pro&gress"));
    m_progressMenu->setObjectName(QStringLiteral("progressMenu"));
    const QList<QAction *> progressActions = m_progressPanel->menuActions();
    for (QAction *action : progressActions) {
        if (action)
            m_progressMenu->addAction(action);
        else
            m_progressMenu->addSeparator();
    }
    m_scheduleMenu = menuBar()->addMenu(tr("&Schedule"));
    m_scheduleMenu->setObjectName(QStringLiteral("scheduleMenu"));
    const QList<QAction *> scheduleActions = m_schedulePanel->menuActions();
    for (QAction *action : scheduleActions) {
        if (action)
            m_scheduleMenu->addAction(action);
        else
            m_scheduleMenu->addSeparator();
    }
    m_workMenus = { edit, m_clientMenu, m_intakeMenu, m_notesMenu, m_progressMenu, m_scheduleMenu };

    m_practiceMenu =
            new PracticeMenu({ m_authenticator, m_auditLog, m_settings, *m_session, m_prompter,
                               m_files, m_clock, m_backup, &m_database, &m_printer },
                             this);
    menuBar()->addMenu(m_practiceMenu);
}

void MainWindow::updateActions()
{
    const bool open = m_access == Access::Open;
    const bool stored = m_clientEditor->hasClient() && !m_clientEditor->isNewClient();
    m_newClientAction->setEnabled(open);
    m_importClientsAction->setEnabled(open);
    m_exportClientsAction->setEnabled(open);
    m_exportAppointmentsAction->setEnabled(open);
    m_exportPracticeAction->setEnabled(open);
    m_saveAction->setEnabled(open && m_clientEditor->hasClient());
    m_archiveAction->setEnabled(open && stored && !m_clientEditor->isArchived());
    m_restoreAction->setEnabled(open && stored && m_clientEditor->isArchived());
    m_findAction->setEnabled(open);
    m_lockAction->setEnabled(open);
    m_switchUserAction->setEnabled(m_access != Access::SignedOut);
    m_signOutAction->setEnabled(m_access != Access::SignedOut);
    // Undo and redo follow the undo stack while open; while locked they must not reach the form.
    for (QMenu *menu : std::as_const(m_workMenus))
        menu->setEnabled(open);
    if (!open) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    } else {
        m_undoAction->setEnabled(m_undoGroup->canUndo());
        m_redoAction->setEnabled(m_undoGroup->canRedo());
    }
    m_practiceMenu->setAvailable(open);
    m_backup->setAvailable(open);
    // The schedule area is for the roles that read the schedule; the menus follow the area.
    const bool mayReadSchedule = m_session->allows(core::Operation::ScheduleRead);
    if (m_session->isSignedIn()) { // signed out, the lock screen covers both areas as they were
        m_areaTabs->setTabVisible(m_areaTabs->indexOf(m_schedulePanel), mayReadSchedule);
        if (!mayReadSchedule && m_areaTabs->currentWidget() == m_schedulePanel)
            m_areaTabs->setCurrentWidget(m_splitter);
    }
    const bool inSchedule = m_areaTabs->currentWidget() == m_schedulePanel;
    m_showClientsAction->setEnabled(open);
    m_showScheduleAction->setEnabled(open && mayReadSchedule);
    m_clientMenu->menuAction()->setVisible(!inSchedule);
    m_scheduleMenu->menuAction()->setVisible(inSchedule);
    // The front desk never sees the intake menu: nothing in it is theirs to use.
    m_intakeMenu->menuAction()->setVisible(m_session->allows(core::Operation::ClinicalRead)
                                           && !inSchedule);
    m_intakePanel->setAvailable(open);
    m_notesMenu->menuAction()->setVisible(m_session->allows(core::Operation::ClinicalRead)
                                          && !inSchedule);
    m_notesPanel->setAvailable(open);
    const bool mayReadClinical = m_session->allows(core::Operation::ClinicalRead);
    m_progressMenu->menuAction()->setVisible(mayReadClinical && !inSchedule);
    if (m_session->isSignedIn()) { // signed out, the lock screen covers the tabs as they were
        m_clientTabs->setTabVisible(m_clientTabs->indexOf(m_progressPanel), mayReadClinical);
        if (!mayReadClinical && m_clientTabs->currentWidget() == m_progressPanel)
            m_clientTabs->setCurrentWidget(m_clientEditor);
    }
    m_progressPanel->setAvailable(open);
    m_schedulePanel->setAvailable(open && mayReadSchedule);
}

void MainWindow::createAreas(const Services &services)
{
    m_schedulePanel = new SchedulePanel({ m_appointments, m_scheduleSetup, m_clients, m_settings,
                                          *m_session, m_prompter, m_files,
                                          services.printer ? *services.printer : *m_ownPrinter,
                                          m_clock, m_series, m_waitlist },
                                        this);
    connect(m_schedulePanel, &SchedulePanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_schedulePanel, &SchedulePanel::noteRequested, this,
            [this](qint64 appointmentId) { startNoteForAppointment(appointmentId); });
    m_areaTabs = new QTabWidget(this);
    m_areaTabs->setObjectName(QStringLiteral("areaTabs"));
    m_areaTabs->setDocumentMode(true);
    m_areaTabs->addTab(m_splitter, tr("Clients"));
    m_areaTabs->addTab(m_schedulePanel, tr("Schedule"));
    m_areaTabs->setTabToolTip(0, tr("Client records (Ctrl+1)"));
    m_areaTabs->setTabToolTip(1, tr("The calendar and today's appointments (Ctrl+2)"));
    QFont areaFont = m_areaTabs->tabBar()->font();
    areaFont.setBold(true);
    m_areaTabs->tabBar()->setFont(areaFont);
    m_showClientsAction = new QAction(tr("Clients"), this);
    m_showClientsAction->setObjectName(QStringLiteral("showClientsAction"));
    m_showClientsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showClientsAction, &QAction::triggered, this, &MainWindow::showClientsArea);
    addAction(m_showClientsAction);
    m_showScheduleAction = new QAction(tr("Schedule"), this);
    m_showScheduleAction->setObjectName(QStringLiteral("showScheduleAction"));
    m_showScheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showScheduleAction, &QAction::triggered, this, &MainWindow::showScheduleArea);
    addAction(m_showScheduleAction);

    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_clientEditor->undoStack());
    m_undoGroup->addStack(m_schedulePanel->undoStack());
    m_undoGroup->setActiveStack(m_clientEditor->undoStack());
    connect(m_areaTabs, &QTabWidget::currentChanged, this, &MainWindow::areaChanged);
}

void MainWindow::showClientsArea()
{
    m_areaTabs->setCurrentWidget(m_splitter);
}

void MainWindow::showScheduleArea()
{
    if (m_access != Access::Open || !m_session->allows(core::Operation::ScheduleRead))
        return;
    m_areaTabs->setCurrentWidget(m_schedulePanel);
    m_schedulePanel->calendarView()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::areaChanged()
{
    const bool inSchedule = m_areaTabs->currentWidget() == m_schedulePanel;
    m_undoGroup->setActiveStack(inSchedule ? m_schedulePanel->undoStack()
                                           : m_clientEditor->undoStack());
    updateActions();
}

void MainWindow::showClientInIntake()
{
    const qint64 id = m_clientEditor->clientId();
    QString name;
    if (m_clientEditor->isNewClient())
        name = tr("New client");
    else if (m_clientEditor->hasClient())
        name = m_clientEditor->client().displayName();
    m_intakePanel->setClient(id, name);
    m_notesPanel->setClient(id, name);
    m_progressPanel->setClient(id, name);
}

void MainWindow::markIntakeTab(bool blocking)
{
    const int index = m_clientTabs->indexOf(m_intakePanel);
    m_clientTabs->setTabIcon(
            index, blocking ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_clientTabs->setTabToolTip(
            index, blocking ? tr("Red flags reported: refer before treating") : QString());
    m_clientTabs->tabBar()->setTabTextColor(index, blocking ? QColor(0xa3, 0x12, 0x2a) : QColor());
}

void MainWindow::updateBackupStatus()
{
    const QString warning = m_backup->warning();
    m_backupLabel->setText(warning);
    m_backupLabel->setVisible(!warning.isEmpty());
    m_diskLabel->setVisible(m_session->allows(core::Operation::BackupCreate)
                            && !m_diskLabel->toolTip().isEmpty());
}

void MainWindow::chooseClient(qint64 id)
{
    if (m_clientEditor->openClient(id))
        return;
    // The user kept the open record (or it could not be read): the list points back at it.
    m_clientList->showClient(m_clientEditor->clientId());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: the whole width of a laptop screen (the list and the record both need
        // room), a comfortable size on a large one.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width()), std::min(900, available.height() - 40));
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        // The record side holds the contact form and the intake tables: a little under half.
        const int total = width();
        m_splitter->setSizes({ total * 11 / 20, total * 9 / 20 });
    }
    m_clientList->restoreHeaderState(settings.value(ClientListHeaderKey).toByteArray());
    m_schedulePanel->restoreSettings(settings);
    if (settings.value(AreaKey).toString() == QLatin1String("schedule"))
        m_areaTabs->setCurrentWidget(m_schedulePanel);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ClientListHeaderKey, m_clientList->saveHeaderState());
    settings.setValue(AreaKey,
                      m_areaTabs->currentWidget() == m_schedulePanel ? QStringLiteral("schedule")
                                                                     : QStringLiteral("clients"));
    m_schedulePanel->saveSettings(settings);
}

} // namespace stillpoint::ui
