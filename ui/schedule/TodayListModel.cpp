// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/TodayListModel.h"

#include "ui/schedule/CalendarPainter.h"

#include <QFont>

#include <algorithm>

namespace stillpoint::ui {

TodayListModel::TodayListModel(QObject *parent) : QAbstractTableModel(parent) { }

int TodayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TodayListModel::rowOf(qint64 appointmentId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).appointmentId == appointmentId)
            return row;
    return -1;
}

QVariant TodayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CalendarItem &item = m_items.at(index.row());
    const core::AttendanceCounts counts = m_attendance.value(item.clientId);
    const bool gone = item.status == core::AppointmentStatus::Cancelled;
    const QString start = item.startUtc.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    const QString end = item.endUtc.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return start;
        case ClientColumn:
            return item.clientFirstName;
        case TypeColumn:
            return item.typeName;
        case RoomColumn:
            return item.roomName;
        case TherapistColumn: // "Theo" for "Theo Lambert": the full name is in the tooltip
            return item.therapistName.section(u' ', 0, 0, QString::SectionSkipEmpty);
        case StatusColumn:
            return core::AppointmentStatuses::label(item.status);
        case NoShowsColumn:
            return counts.noShows;
        case LateCancellationsColumn:
            return counts.lateCancellations;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 to %2").arg(start, end);
        case NoShowsColumn:
            return tr("%1's no-shows so far").arg(item.clientFirstName);
        case LateCancellationsColumn:
            return tr("%1's late cancellations so far").arg(item.clientFirstName);
        case TherapistColumn:
            return item.therapistName;
        default:
            return index.data(Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return CalendarPainter::typeColour(item.colour);
        return {};
    case Qt::ForegroundRole:
        if (gone)
            return QColor(0x86, 0x8e, 0x96);
        if (index.column() == StatusColumn && item.status != core::AppointmentStatus::Booked)
            return CalendarPainter::badgeColour(item.status);
        if ((index.column() == NoShowsColumn && counts.noShows > 0)
            || (index.column() == LateCancellationsColumn && counts.lateCancellations > 0))
            return QColor(0xc9, 0x2a, 0x2a);
        return {};
    case Qt::FontRole:
        if (gone
            || (index.column() == StatusColumn && item.status != core::AppointmentStatus::Booked)
            || (index.column() == NoShowsColumn && counts.noShows > 0)
            || (index.column() == LateCancellationsColumn && counts.lateCancellations > 0)) {
            QFont font;
            font.setStrikeOut(gone && index.column() != StatusColumn);
            font.setBold(!gone);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NoShowsColumn || index.column() == LateCancellationsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case AppointmentIdRole:
        return item.appointmentId;
    default:
        return {};
    }
}

QVariant TodayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == NoShowsColumn)
            return tr("No-shows: how often the client did not come");
        if (section == LateCancellationsColumn)
            return tr("Late cancellations: how often the client called off at short notice");
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case TypeColumn:
        return tr("Type");
    case RoomColumn:
        return tr("Room");
    case TherapistColumn:
        return tr("With");
    case StatusColumn:
        return tr("Status");
    case NoShowsColumn:
        return tr("No-show");
    case LateCancellationsColumn:
        return tr("Late");
    default:
        return {};
    }
}

void TodayListModel::setAppointments(const QList<core::CalendarItem> &items,
                                     const QHash<qint64, core::AttendanceCounts> &attendance,
                                     const QTimeZone &zone)
{
    beginResetModel();
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const core::CalendarItem &a, const core::CalendarItem &b) {
                         return a.startUtc < b.startUtc;
                     });
    m_attendance = attendance;
    m_zone = zone;
    endResetModel();
}

} // namespace stillpoint::ui
