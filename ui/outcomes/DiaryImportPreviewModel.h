// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryImport.h"

#include <QAbstractTableModel>

namespace stillpoint::ui {

// The rows of a diary import preview, one per record of the file: its line, what will happen to
// it (new, duplicate, error), the day as read and, for duplicates and errors, the field and why.
// Read-only; replaced whole by setRows(). Looks like the client import's preview on purpose.
class DiaryImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        StatusColumn,
        DateColumn,
        HeadacheColumn,
        PeakColumn,
        FieldColumn,
        ReasonColumn,
        ColumnCount
    };
    // The row's status as "new", "duplicate" or "bad", for filtering.
    enum Role { StatusKeyRole = Qt::UserRole + 1 };

    explicit DiaryImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<core::DiaryImportRow> &rows);
    void clear();
    const core::DiaryImportRow &row(int row) const { return m_rows.at(row); }

    static QString statusText(core::DiaryImportStatus status);
    static QString statusKey(core::DiaryImportStatus status);

private:
    QList<core::DiaryImportRow> m_rows;
};

} // namespace stillpoint::ui
