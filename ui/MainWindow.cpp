// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/storage/Database.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListWidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace stillpoint::ui {

namespace {
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SplitterKey = QStringLiteral("MainWindow/splitter");
const auto ClientListHeaderKey = QStringLiteral("MainWindow/clientListHeader");
} // namespace

MainWindow::MainWindow(core::Database &database, Prompter &prompter, const core::Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent), m_clients(database, clock),
      m_clientList(new ClientListWidget(m_clients, this)),
      m_clientEditor(new ClientEditor(m_clients, prompter, clock, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Titles end up in window lists, screen sharing and logs: never a client's name in them.
    setWindowTitle(QStringLiteral("Stillpoint[*]"));

    m_clientList->setObjectName(QStringLiteral("clientList"));
    m_clientEditor->setObjectName(QStringLiteral("clientEditor"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_clientList);
    m_splitter->addWidget(m_clientEditor);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setContentsMargins(8, 8, 8, 4);
    m_splitter->setHandleWidth(12);
    setCentralWidget(m_splitter);

    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(
            tr("Practice file: %1").arg(QDir::toNativeSeparators(database.path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(database.path()));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();

    connect(m_clientList, &ClientListWidget::clientChosen, this, &MainWindow::chooseClient);
    connect(m_clientList, &ClientListWidget::newClientRequested, m_clientEditor,
            &ClientEditor::newClient);
    connect(m_clientEditor, &ClientEditor::clientSaved, this, [this](qint64 id) {
        m_clientList->refresh();
        m_clientList->showClient(id);
    });
    connect(m_clientEditor, &ClientEditor::currentClientChanged, m_clientList,
            &ClientListWidget::showClient);
    connect(m_clientEditor, &ClientEditor::stateChanged, this, &MainWindow::updateActions);
    connect(m_clientEditor, &ClientEditor::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_clientEditor, &ClientEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::openFirstClient()
{
    if (m_clientList->model()->rowCount() > 0)
        m_clientEditor->openClient(m_clientList->model()->clientId(0));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_clientEditor->confirmDiscard()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::createActions()
{
    m_newClientAction = new QAction(tr("&New Client"), this);
    m_newClientAction->setObjectName(QStringLiteral("newClientAction"));
    m_newClientAction->setShortcut(QKeySequence::New);
    connect(m_newClientAction, &QAction::triggered, m_clientEditor, &ClientEditor::newClient);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_clientEditor, &ClientEditor::save);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack *undoStack = m_clientEditor->undoStack();
    m_undoAction = undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });

    m_findAction = new QAction(tr("&Find Client"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_clientList, &ClientListWidget::focusSearch);

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
    file->addAction(m_newClientAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *client = menuBar()->addMenu(tr("&Client"));
    client->addAction(m_archiveAction);
    client->addAction(m_restoreAction);
}

void MainWindow::updateActions()
{
    const bool stored = m_clientEditor->hasClient() && !m_clientEditor->isNewClient();
    m_saveAction->setEnabled(m_clientEditor->hasClient());
    m_archiveAction->setEnabled(stored && !m_clientEditor->isArchived());
    m_restoreAction->setEnabled(stored && m_clientEditor->isArchived());
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
        const int total = width();
        m_splitter->setSizes({ total * 3 / 5, total * 2 / 5 });
    }
    m_clientList->restoreHeaderState(settings.value(ClientListHeaderKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ClientListHeaderKey, m_clientList->saveHeaderState());
}

} // namespace stillpoint::ui
