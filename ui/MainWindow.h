// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientRepository.h"
#include "core/common/Clock.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class ClientEditor;
class ClientListWidget;
class Prompter;

// The application window. It composes the feature widgets (the client list on the left, the
// client editor on the right), owns the menus that drive them, and remembers its layout between
// sessions. It holds no practice logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(core::Database &database, Prompter &prompter,
               const core::Clock &clock = core::SystemClock::instance(), QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientListWidget *clientList() const { return m_clientList; }
    ClientEditor *clientEditor() const { return m_clientEditor; }
    QSplitter *splitter() const { return m_splitter; }

    // Opens the first client in the list, if there is one (for demonstrations and screenshots).
    void openFirstClient();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void chooseClient(qint64 id);
    void restoreLayout();
    void saveLayout() const;

    core::ClientRepository m_clients;
    ClientListWidget *m_clientList;
    ClientEditor *m_clientEditor;
    QSplitter *m_splitter;
    QLabel *m_databaseLabel;

    QAction *m_newClientAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
};

} // namespace stillpoint::ui
