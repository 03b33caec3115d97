// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportClientsAction.h"

#include "ui/exchange/ImportClientsDialog.h"
#include "ui/security/CurrentSession.h"

#include <QWidget>

namespace stillpoint::ui {

ImportClientsAction::ImportClientsAction(const ExchangeServices &services, QWidget *window)
    : QAction(tr("&Import Clients…"), window), m_services(services), m_window(window)
{
    setObjectName(QStringLiteral("importClientsAction"));
    connect(this, &QAction::triggered, this, [this] { openDialog(); });
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &ImportClientsAction::updateForSession);
    updateForSession();
}

void ImportClientsAction::updateForSession()
{
    const bool allowed = m_services.session.allows(core::Operation::ClientCreate);
    setVisible(allowed);
    setEnabled(allowed);
}

ImportClientsDialog *ImportClientsAction::openDialog()
{
    if (!m_dialog) {
        m_dialog = new ImportClientsDialog(m_services, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ImportClientsDialog::clientsImported, this,
                &ImportClientsAction::clientsImported);
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace stillpoint::ui
