// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QAbstractTableModel>
#include <QList>

namespace stillpoint::ui {

// A client's intake versions as a table, newest first, as core::IntakeService::history() gives
// them: version, status, intake date, who signed it and when, and how many red flags it
// reported. Discarded drafts stay listed (greyed), because no version is ever thrown away.
// Read-only; holds no clinical content beyond the red-flag count.
class IntakeHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VersionColumn,
        StatusColumn,
        DateColumn,
        RedFlagsColumn,
        SignedColumn,
        ColumnCount
    };
    enum Role { IntakeIdRole = Qt::UserRole + 1, StatusRole, RedFlagCountRole };

    explicit IntakeHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setIntakes(const QList<core::IntakeSummary> &intakes);
    const QList<core::IntakeSummary> &intakes() const { return m_rows; }
    const core::IntakeSummary &intake(int row) const { return m_rows.at(row); }
    // The row showing this intake, or -1.
    int rowOf(qint64 intakeId) const;

    static QString statusLabel(core::IntakeStatus status);

private:
    QList<core::IntakeSummary> m_rows;
};

} // namespace stillpoint::ui
