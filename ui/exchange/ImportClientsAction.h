// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/exchange/ExchangeServices.h"

#include <QAction>
#include <QPointer>

namespace stillpoint::ui {

class ImportClientsDialog;

// "Import Clients…": opens the ImportClientsDialog as a window-modal child of the window (once;
// triggering again brings it forward). Visible to roles that may create clients.
class ImportClientsAction final : public QAction
{
    Q_OBJECT

public:
    ImportClientsAction(const ExchangeServices &services, QWidget *window);

    // Shows the action when the signed-in role may create clients, hides it otherwise.
    void updateForSession();
    // What triggering does; returns the open dialog.
    ImportClientsDialog *openDialog();

Q_SIGNALS:
    // Clients were imported: lists showing clients should reload.
    void clientsImported(int count);

private:
    ExchangeServices m_services;
    QWidget *m_window;
    QPointer<ImportClientsDialog> m_dialog;
};

} // namespace stillpoint::ui
