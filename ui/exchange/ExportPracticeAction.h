// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/PracticeExport.h"
#include "ui/exchange/ExchangeServices.h"

#include <QAction>

namespace stillpoint::ui {

// File > Export > "Whole Practice (JSON)…": asks where to save (suggesting
// stillpoint-practice-DATE.json in Documents), writes the whole practice there as one JSON
// document through core::PracticeExport (all or nothing, audited) and says how it went. Visible
// to roles that may export data (the owner).
class ExportPracticeAction final : public QAction
{
    Q_OBJECT

public:
    ExportPracticeAction(const ExchangeServices &services, QWidget *window);

    // Shows the action when the signed-in role may export, hides it otherwise.
    void updateForSession();
    // What triggering does: true when a file was written, false when cancelled or failed.
    bool exportPractice();

private:
    ExchangeServices m_services;
    QWidget *m_window;
    core::PracticeExport m_export;
};

} // namespace stillpoint::ui
