// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryImportService.h"
#include "ui/exchange/ExchangeServices.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace stillpoint::ui {

class DiaryImportPreviewModel;

// Imports one client's headache diary from a CSV file (a phone app's export, a spreadsheet) in
// the steps of the client import, on one page: choose the file, check how its columns map to
// diary fields and how its dates are written, and read the preview, where every row is new, a
// duplicate of a stored day (skipped) or an error with its line, field and reason. Import is
// enabled only when core says the preview can be imported; it saves every new row or none,
// through core::DiaryImportService as the signed-in user.
class DiaryImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The database, who is signed in, the questions and the file chooser (as the client import).
    using Services = ExchangeServices;

    DiaryImportDialog(const Services &services, qint64 clientId, const QString &clientName,
                      QWidget *parent = nullptr);
    ~DiaryImportDialog() override;

    // Opens the dialog modal over `parent` (deleted when closed); for the Progress page.
    static DiaryImportDialog *open(const Services &services, qint64 clientId,
                                   const QString &clientName, QWidget *parent);

    // The steps, as the buttons and combo boxes run them (callable from tests).
    bool chooseFile();
    bool loadFile(const QString &path);
    void setColumn(int column, core::DiaryColumn field);
    void setDateOrder(core::DateOrder order);
    bool importDiary();

    const std::optional<core::DiaryImportPreview> &preview() const { return m_preview; }
    DiaryImportPreviewModel *previewModel() const { return m_model; }
    QComboBox *fieldCombo(int column) const;

Q_SIGNALS:
    void diaryImported(int count);

private:
    void fillMappingTable();
    void syncFieldCombos();
    void refreshPreview();
    void showProblem(const QString &text);
    void updateSummary();

    Services m_services;
    core::DiaryImportService m_imports;
    qint64 m_clientId;
    std::optional<core::CsvTable> m_table;
    core::DiaryImportMapping m_mapping;
    std::optional<core::DiaryImportPreview> m_preview;

    QLabel *m_fileLabel;
    QLabel *m_formatLabel;
    QTableWidget *m_mappingTable;
    QComboBox *m_dateOrderCombo;
    QLabel *m_dateOrderHint;
    QLabel *m_problemBanner;
    QLabel *m_summaryLabel;
    QComboBox *m_showCombo;
    QTableView *m_previewView;
    QPushButton *m_importButton;
    DiaryImportPreviewModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace stillpoint::ui
