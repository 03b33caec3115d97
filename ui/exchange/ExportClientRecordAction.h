// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientRecordExport.h"
#include "ui/exchange/ExchangeServices.h"

#include <QAction>

namespace stillpoint::ui {

class DocumentPrinter;

// Client > "Export Client's Complete Record…": for the client shown, asks for a folder (through
// FileChooser::existingFolder, starting in Documents) and writes client-ID-record.json and
// client-ID-record.pdf there through core::ClientRecordExport (both or neither, never over
// existing files, audited), the PDF laid out by DocumentPrinter. Visible to roles that may
// export a client's record (owner, therapist); enabled while a stored client is shown.
class ExportClientRecordAction final : public QAction
{
    Q_OBJECT

public:
    ExportClientRecordAction(const ExchangeServices &services, DocumentPrinter &printer,
                             QWidget *window);

    // The client whose record the action exports; 0 when none (or a new, unsaved one) is shown.
    void setClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    // Shows the action when the signed-in role may export a client's record, hides it otherwise.
    void updateForSession();
    // What triggering does: true when both files were written, false when cancelled or failed.
    bool exportRecord();

private:
    void updateEnabled();

    ExchangeServices m_services;
    DocumentPrinter &m_printer;
    QWidget *m_window;
    core::ClientRecordExport m_export;
    qint64 m_clientId = 0;
};

} // namespace stillpoint::ui
