// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientImportService.h"
#include "ui/exchange/ExchangeServices.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace stillpoint::ui {

class ImportPreviewFilter;
class ImportPreviewModel;

// Imports clients from a CSV file in three steps on one page: choose the file, check how its
// columns map to client fields (a combo box per column, and how dates are written), and read the
// preview, where every row is new, a duplicate (skipped) or an error with its line and reason.
// Import is enabled only when no row is bad and something is new; it saves all rows or none,
// through core::ClientImportService as the signed-in user. Large files show progress.
class ImportClientsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportClientsDialog(const ExchangeServices &services, QWidget *parent = nullptr);
    ~ImportClientsDialog() override;

    // The steps, as the buttons and combo boxes run them (callable from tests).
    bool chooseFile();
    bool loadFile(const QString &path);
    void setColumnField(int column, core::ImportField field);
    void setDateOrder(core::DateOrder order);
    bool importClients();

    const std::optional<core::ClientImportPreview> &preview() const { return m_preview; }
    ImportPreviewModel *previewModel() const { return m_model; }
    QComboBox *fieldCombo(int column) const;

Q_SIGNALS:
    void clientsImported(int count);

private:
    void fillMappingTable();
    void syncFieldCombos();
    void refreshPreview();
    void showProblem(const QString &text);
    void updateSummary();

    ExchangeServices m_services;
    core::ClientImportService m_imports;
    std::optional<core::CsvTable> m_table;
    core::ClientImportMapping m_mapping;
    std::optional<core::ClientImportPreview> m_preview;
    bool m_busy = false;

    QLabel *m_fileLabel;
    QLabel *m_formatLabel;
    QTableWidget *m_mappingTable;
    QComboBox *m_dateOrderCombo;
    QLabel *m_dateOrderHint;
    QLabel *m_problemBanner;
    QLabel *m_summaryLabel;
    QComboBox *m_showCombo;
    QTableView *m_previewView;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    ImportPreviewModel *m_model;
    ImportPreviewFilter *m_filter;
};

} // namespace stillpoint::ui
