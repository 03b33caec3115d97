// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvExportService.h"
#include "ui/exchange/ExchangeServices.h"

#include <QAction>

namespace stillpoint::ui {

// File > Export > "Appointments (CSV)…": asks where to save (suggesting
// stillpoint-appointments-DATE.csv in Documents), writes every appointment there through
// core::CsvExportService (wall-clock times, nothing clinical, neutralised, all or nothing,
// audited) and says how it went. Visible to roles that may export data (the owner).
class ExportAppointmentsAction final : public QAction
{
    Q_OBJECT

public:
    ExportAppointmentsAction(const ExchangeServices &services, QWidget *window);

    // Shows the action when the signed-in role may export, hides it otherwise.
    void updateForSession();
    // What triggering does: true when a file was written, false when cancelled or failed.
    bool exportAppointments();

private:
    ExchangeServices m_services;
    QWidget *m_window;
    core::CsvExportService m_exports;
};

} // namespace stillpoint::ui
