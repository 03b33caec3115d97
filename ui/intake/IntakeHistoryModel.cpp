// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeHistoryModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace stillpoint::ui {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

IntakeHistoryModel::IntakeHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

int IntakeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntakeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntakeHistoryModel::statusLabel(core::IntakeStatus status)
{
    switch (status) {
    case core::IntakeStatus::Draft:
        return tr("Draft");
    case core::IntakeStatus::Signed:
        return tr("Signed");
    case core::IntakeStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

QVariant IntakeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::IntakeSummary &row = m_rows.at(index.row());
    switch (role) {
    case IntakeIdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case RedFlagCountRole:
        return row.redFlagCount;
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return tr("Version %1").arg(row.version);
        case StatusColumn:
            return statusLabel(row.status);
        case DateColumn:
            return shortDate(row.intakeDate);
        case SignedColumn:
            if (row.status != core::IntakeStatus::Signed)
                return QString();
            return tr("%1 by %2")
                    .arg(shortDate(row.signedAtUtc.toLocalTime().date()), row.signedBy);
        case RedFlagsColumn:
            return row.redFlagCount == 0 ? tr("None") : QString::number(row.redFlagCount);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SignedColumn)
            return data(index, Qt::DisplayRole); // often cut short in a narrow panel
        if (index.column() == RedFlagsColumn && row.redFlagCount > 0)
            return row.redFlagCount == 1
                    ? tr("1 red flag reported: refer before treating")
                    : tr("%1 red flags reported: refer before treating").arg(row.redFlagCount);
        if (row.status == core::IntakeStatus::Discarded)
            return tr("A draft set aside; kept for the record");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == RedFlagsColumn && row.redFlagCount > 0)
            return QBrush(QColor(0xa3, 0x12, 0x2a));
        if (row.status == core::IntakeStatus::Discarded)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if ((index.column() == RedFlagsColumn && row.redFlagCount > 0)
            || (index.column() == StatusColumn && row.status == core::IntakeStatus::Draft)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant IntakeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Intake date");
    case SignedColumn:
        return tr("Signed");
    case RedFlagsColumn:
        return tr("Red flags");
    default:
        return {};
    }
}

void IntakeHistoryModel::setIntakes(const QList<core::IntakeSummary> &intakes)
{
    beginResetModel();
    m_rows = intakes;
    endResetModel();
}

int IntakeHistoryModel::rowOf(qint64 intakeId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == intakeId)
            return int(row);
    }
    return -1;
}

} // namespace stillpoint::ui
