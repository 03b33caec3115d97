// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportMenu.h"

#include <QAction>

#include <algorithm>

namespace stillpoint::ui {

ExportMenu::ExportMenu(const QList<QAction *> &actions, QWidget *parent)
    : QMenu(tr("E&xport"), parent)
{
    setObjectName(QStringLiteral("exportMenu"));
    for (QAction *action : actions) {
        addAction(action);
        connect(action, &QAction::visibleChanged, this, &ExportMenu::updateVisibility);
    }
    updateVisibility();
}

void ExportMenu::updateVisibility()
{
    const QList<QAction *> shown = actions();
    menuAction()->setVisible(
            std::any_of(shown.begin(), shown.end(), [](QAction *a) { return a->isVisible(); }));
}

} // namespace stillpoint::ui
