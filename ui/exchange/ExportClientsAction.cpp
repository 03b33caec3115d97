// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportClientsAction.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QWidget>

namespace stillpoint::ui {

ExportClientsAction::ExportClientsAction(const ExchangeServices &services, QWidget *window)
    : QAction(tr("&Clients (CSV)…"), window), m_services(services), m_window(window),
      m_exports(services.database, services.clock)
{
    setObjectName(QStringLiteral("exportClientsAction"));
    connect(this, &QAction::triggered, this, [this] { exportClients(); });
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &ExportClientsAction::updateForSession);
    updateForSession();
}

void ExportClientsAction::updateForSession()
{
    const bool allowed = m_services.session.allows(core::Operation::DataExport);
    setVisible(allowed);
    setEnabled(allowed);
}

bool ExportClientsAction::exportClients()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("stillpoint-clients-%1.csv")
                    .arg(m_services.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate)));
    const QString path = m_services.files.saveFileName(m_window, tr("Export Clients"), suggested,
                                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const auto written = m_exports.exportClients(m_services.session.session(), path);
    if (!written) {
        m_services.prompter.warning(m_window, tr("Export failed"), written.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    m_services.prompter.information(
            m_window, tr("Export Clients"),
            written.value() == 1
                    ? tr("Exported 1 client to %1.").arg(QDir::toNativeSeparators(path))
                    : tr("Exported %1 clients to %2.")
                              .arg(QLocale().toString(written.value()),
                                   QDir::toNativeSeparators(path)));
    return true;
}

} // namespace stillpoint::ui
