// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportPracticeAction.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QWidget>

namespace stillpoint::ui {

ExportPracticeAction::ExportPracticeAction(const ExchangeServices &services, QWidget *window)
    : QAction(tr("&Whole Practice (JSON)…"), window), m_services(services), m_window(window),
      m_export(services.database, services.clock)
{
    setObjectName(QStringLiteral("exportPracticeAction"));
    connect(this, &QAction::triggered, this, [this] { exportPractice(); });
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &ExportPracticeAction::updateForSession);
    updateForSession();
}

void ExportPracticeAction::updateForSession()
{
    const bool allowed = m_services.session.allows(core::Operation::DataExport);
    setVisible(allowed);
    setEnabled(allowed);
}

bool ExportPracticeAction::exportPractice()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("stillpoint-practice-%1.json")
                    .arg(m_services.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate)));
    const QString path = m_services.files.saveFileName(m_window, tr("Export Whole Practice"),
                                                       suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    // A large practice takes a moment to read.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = m_export.write(m_services.session.session(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_services.prompter.warning(m_window, tr("Export failed"), written.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    const QLocale locale;
    m_services.prompter.information(
            m_window, tr("Export Whole Practice"),
            tr("Exported the whole practice to %1 (clients: %2, intakes: %3, appointments: %4, "
               "session notes: %5). The file holds every client's health records: keep it as "
               "safe as the practice file.")
                    .arg(QDir::toNativeSeparators(written->path), locale.toString(written->clients),
                         locale.toString(written->intakes), locale.toString(written->appointments),
                         locale.toString(written->notes)));
    return true;
}

} // namespace stillpoint::ui
