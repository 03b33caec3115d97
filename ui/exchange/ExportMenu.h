// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMenu>

class QAction;

namespace stillpoint::ui {

// File > Export: the export actions, each shown only to roles that may use it (the actions
// decide); the menu itself is hidden while none of them is shown, so nobody meets an empty menu.
class ExportMenu final : public QMenu
{
    Q_OBJECT

public:
    ExportMenu(const QList<QAction *> &actions, QWidget *parent);

private:
    void updateVisibility();
};

} // namespace stillpoint::ui
