// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/WindowFixture.h"

#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListWidget.h"

#include <QAction>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

namespace stillpoint::test {

void WindowFixture::open(core::Role role)
{
    const core::Session session = test::signIn(database.db(), role, clock);
    window = std::make_unique<ui::MainWindow>(
            database.db(), session,
            ui::MainWindow::Services{ prompter, signInPrompter, files, clock });
    showAndWait(*window);
}

QAction *WindowFixture::action(const char *objectName) const
{
    return child<QAction>(*window, objectName);
}

QStringList WindowFixture::visibleMenus() const
{
    QStringList menus;
    for (const QAction *menu : window->menuBar()->actions())
        if (menu->isVisible())
            menus << menu->text();
    return menus;
}

QStringList WindowFixture::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = window->clientList()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ui::ClientListModel::NameColumn).data().toString();
    return names;
}

void WindowFixture::chooseRow(int row) const
{
    QTableView *view = window->clientList()->view();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace stillpoint::test
