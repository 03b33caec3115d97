// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportAppointmentsAction.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QWidget>

namespace stillpoint::ui {

ExportAppointmentsAction::ExportAppointmentsAction(const ExchangeServices &services,
                                                   QWidget *window)
    : QAction(tr("&Appointments (CSV)…"), window), m_services(services), m_window(window),
      m_exports(services.database, services.clock)
{
    setObjectName(QStringLiteral("exportAppointmentsAction"));
    connect(this, &QAction::triggered, this, [this] { exportAppointments(); });
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &ExportAppointmentsAction::updateForSession);
    updateForSession();
}

void ExportAppointmentsAction::updateForSession()
{
    const bool allowed = m_services.session.allows(core::Operation::DataExport);
    setVisible(allowed);
    setEnabled(allowed);
}

bool ExportAppointmentsAction::exportAppointments()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("stillpoint-appointments-%1.csv")
                    .arg(m_services.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate)));
    const QString path = m_services.files.saveFileName(m_window, tr("Export Appointments"),
                                                       suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const auto written = m_exports.exportAppointments(m_services.session.session(), path);
    if (!written) {
        m_services.prompter.warning(m_window, tr("Export failed"), written.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    m_services.prompter.information(
            m_window, tr("Export Appointments"),
            written.value() == 1
                    ? tr("Exported 1 appointment to %1.").arg(QDir::toNativeSeparators(path))
                    : tr("Exported %1 appointments to %2.")
                              .arg(QLocale().toString(written.value()),
                                   QDir::toNativeSeparators(path)));
    return true;
}

} // namespace stillpoint::ui
