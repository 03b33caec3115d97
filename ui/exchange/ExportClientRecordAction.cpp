// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportClientRecordAction.h"

#include "ui/common/DocumentPrinter.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

namespace stillpoint::ui {

ExportClientRecordAction::ExportClientRecordAction(const ExchangeServices &services,
                                                   DocumentPrinter &printer, QWidget *window)
    : QAction(tr("E&xport Client's Complete Record…"), window), m_services(services),
      m_printer(printer), m_window(window), m_export(services.database, services.clock)
{
    setObjectName(QStringLiteral("exportClientRecordAction"));
    setToolTip(tr("Everything kept about this client, as JSON and PDF, for their request for "
                  "their records"));
    connect(this, &QAction::triggered, this, [this] { exportRecord(); });
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &ExportClientRecordAction::updateForSession);
    updateForSession();
}

void ExportClientRecordAction::setClient(qint64 clientId)
{
    m_clientId = clientId;
    updateEnabled();
}

void ExportClientRecordAction::updateForSession()
{
    setVisible(m_services.session.isSignedIn()
               && core::ClientRecordExport::allowedFor(m_services.session.session().role));
    updateEnabled();
}

void ExportClientRecordAction::updateEnabled()
{
    setEnabled(isVisible() && m_clientId > 0);
}

bool ExportClientRecordAction::exportRecord()
{
    if (m_clientId <= 0)
        return false;
    const QString folder = m_services.files.existingFolder(
            m_window, tr("Export Client's Complete Record"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return false;
    const auto pdf = [this](const core::ClientRecordPrintout &printout, const QString &path) {
        return m_printer.savePdf(
                PrintableDocument{ printout.title, printout.html, printout.footer, QString() },
                path);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = m_export.write(m_services.session.session(), m_clientId, folder, pdf);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_services.prompter.warning(m_window, tr("Export failed"), written.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    m_services.prompter.information(
            m_window, tr("Export Client's Complete Record"),
            tr("Saved %1 and %2 in %3. They hold the client's health records: give them to the "
               "client in person or by a secure route.")
                    .arg(QFileInfo(written->jsonPath).fileName(),
                         QFileInfo(written->pdfPath).fileName(), QDir::toNativeSeparators(folder)));
    return true;
}

} // namespace stillpoint::ui
