// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryImportPreviewModel.h"

#include "ui/outcomes/DiaryMonthModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace stillpoint::ui {

DiaryImportPreviewModel::DiaryImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

int DiaryImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiaryImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiaryImportPreviewModel::statusText(core::DiaryImportStatus status)
{
    switch (status) {
    case core::DiaryImportStatus::New:
        return tr("New");
    case core::DiaryImportStatus::Duplicate:
        return tr("Duplicate");
    case core::DiaryImportStatus::Bad:
        return tr("Error");
    }
    return {};
}

QString DiaryImportPreviewModel::statusKey(core::DiaryImportStatus status)
{
    switch (status) {
    case core::DiaryImportStatus::New:
        return QStringLiteral("new");
    case core::DiaryImportStatus::Duplicate:
        return QStringLiteral("duplicate");
    case core::DiaryImportStatus::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

QVariant DiaryImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DiaryImportRow &row = m_rows.at(index.row());
    if (role == StatusKeyRole)
        return statusKey(row.status);
    if (role == Qt::ForegroundRole) {
        if (row.status == core::DiaryImportStatus::Bad)
            return QBrush(QColor(0xB0, 0x1E, 0x1E));
        if (row.status == core::DiaryImportStatus::Duplicate)
            return QBrush(QColor(0x80, 0x5B, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return row.reason;
    if (role == Qt::TextAlignmentRole
        && (index.column() == LineColumn || index.column() == PeakColumn))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const core::DiaryEntry &entry = row.entry;
    switch (static_cast<Column>(index.column())) {
    case LineColumn:
        return row.line;
    case StatusColumn:
        return statusText(row.status);
    case DateColumn:
        return entry.date.isValid()
                ? QLocale().toString(entry.date, QStringLiteral("ddd d MMM yyyy"))
                : QString();
    case HeadacheColumn:
        if (!entry.date.isValid() && row.status == core::DiaryImportStatus::Bad)
            return QString();
        if (!entry.headache)
            return tr("No");
        if (entry.start && entry.end)
            return tr("Yes, %1–%2")
                    .arg(entry.start->toString(QStringLiteral("HH:mm")),
                         entry.end->toString(QStringLiteral("HH:mm")));
        if (entry.start)
            return tr("Yes, from %1").arg(entry.start->toString(QStringLiteral("HH:mm")));
        return tr("Yes");
    case PeakColumn:
        return entry.peakIntensity ? QVariant(*entry.peakIntensity) : QVariant();
    case FieldColumn: {
        // Core names fields by key ("peakIntensity"); show the grid's name for them.
        const int column = DiaryMonthModel::columnOfField(row.field);
        return column >= 0 ? DiaryMonthModel::columnLabel(column) : row.field;
    }
    case ReasonColumn:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DiaryImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case HeadacheColumn:
        return tr("Headache");
    case PeakColumn:
        return tr("Peak");
    case FieldColumn:
        return tr("Field");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

void DiaryImportPreviewModel::setRows(const QList<core::DiaryImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DiaryImportPreviewModel::clear()
{
    setRows({});
}

} // namespace stillpoint::ui
