// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace stillpoint::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::statusText(core::ImportRowStatus status)
{
    switch (status) {
    case core::ImportRowStatus::New:
        return tr("New");
    case core::ImportRowStatus::Duplicate:
        return tr("Duplicate");
    case core::ImportRowStatus::Bad:
        return tr("Error");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ClientImportRow &row = m_rows.at(index.row());
    if (role == StatusRole)
        return static_cast<int>(row.status);
    if (role == Qt::ForegroundRole) {
        if (row.status == core::ImportRowStatus::Bad)
            return QBrush(QColor(0xB0, 0x1E, 0x1E));
        if (row.status == core::ImportRowStatus::Duplicate)
            return QBrush(QColor(0x80, 0x5B, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return row.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case LineColumn:
        return row.line;
    case StatusColumn:
        return statusText(row.status);
    case NameColumn:
        return row.client.displayName();
    case DateOfBirthColumn:
        return row.client.dateOfBirth.isValid()
                ? QLocale().toString(row.client.dateOfBirth, QLocale::ShortFormat)
                : QString();
    case PhoneColumn:
        return row.client.primaryPhone();
    case EmailColumn:
        return row.client.email;
    case ReasonColumn:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

void ImportPreviewModel::setRows(const QList<core::ClientImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setRows({});
}

} // namespace stillpoint::ui
