// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvExportService.h"
#include "ui/exchange/ExchangeServices.h"

#include <QAction>

namespace stillpoint::ui {

// File > Export > "Clients (CSV)…": asks where to save (suggesting stillpoint-clients-DATE.csv in
// Documents), writes every client there as CSV through core::CsvExportService (neutralised, all or
// nothing, audited) and says how it went. Visible to roles that may export data (the owner).
class ExportClientsAction final : public QAction
{
    Q_OBJECT

public:
    ExportClientsAction(const ExchangeServices &services, QWidget *window);

    // Shows the action when the signed-in role may export, hides it otherwise.
    void updateForSession();
    // What triggering does: true when a file was written, false when cancelled or failed.
    bool exportClients();

private:
    ExchangeServices m_services;
    QWidget *m_window;
    core::CsvExportService m_exports;
};

} // namespace stillpoint::ui
