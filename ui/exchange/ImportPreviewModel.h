// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientImport.h"

#include <QAbstractTableModel>

namespace stillpoint::ui {

// The rows of a client import preview, one per record of the file: its line, what will happen to
// it (new, duplicate, error), the client as read and, for duplicates and errors, why. Read-only;
// replaced whole by setPreview().
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        StatusColumn,
        NameColumn,
        DateOfBirthColumn,
        PhoneColumn,
        EmailColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1 }; // the row's core::ImportRowStatus, as int

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<core::ClientImportRow> &rows);
    void clear();
    const core::ClientImportRow &row(int row) const { return m_rows.at(row); }

    static QString statusText(core::ImportRowStatus status);

private:
    QList<core::ClientImportRow> m_rows;
};

} // namespace stillpoint::ui
