// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace stillpoint::ui {

// Today's appointments for the desk, in time order: start, client's first name, type, room,
// therapist, status and the client's no-shows and late cancellations (so the desk sees a
// pattern before it becomes a problem). Cancelled ones stay in the list, greyed. Read-only;
// Qt::UserRole gives the appointment id.
class TodayListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ClientColumn,
        TypeColumn,
        RoomColumn,
        TherapistColumn,
        StatusColumn,
        NoShowsColumn,
        LateCancellationsColumn,
        ColumnCount
    };
    static constexpr int AppointmentIdRole = Qt::UserRole;

    explicit TodayListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day's appointments (any order) and each client's attendance, by client id.
    void setAppointments(const QList<core::CalendarItem> &items,
                         const QHash<qint64, core::AttendanceCounts> &attendance,
                         const QTimeZone &zone);
    const core::CalendarItem &item(int row) const { return m_items.at(row); }
    int rowOf(qint64 appointmentId) const;

private:
    QList<core::CalendarItem> m_items;
    QHash<qint64, core::AttendanceCounts> m_attendance;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace stillpoint::ui
