// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/AuditTrail.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace stillpoint::core {
class AuditLog;
}

namespace stillpoint::ui {

class CurrentSession;

// The audit trail as a table, newest entry first: one row per AuditEntry matching the filter,
// read through core::AuditLog as the signed-in user (the owner) a page at a time as the view
// scrolls. Times are shown in the practice's time zone. Read-only.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        OperationColumn,
        OutcomeColumn,
        ClientColumn,
        RecordColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, OutcomeRole };

    AuditLogModel(const core::AuditLog &log, const CurrentSession &session,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Which entries to show; its offset and limit are ignored (the model pages by itself).
    void setFilter(const core::AuditFilter &filter);
    core::AuditFilter filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setTimeZone(const QTimeZone &zone);

    qint64 entryId(int row) const;
    // The row of an entry among those loaded so far, or -1.
    int rowOf(qint64 entryId) const;
    // Reads the first page again (new entries arrive all the time).
    void refresh();

Q_SIGNALS:
    // Reading failed (or was refused); the message says why.
    void loadFailed(const QString &message);

private:
    QList<core::AuditEntry> readPage(int offset);

    const core::AuditLog &m_log;
    const CurrentSession &m_session;
    core::AuditFilter m_filter;
    QTimeZone m_zone = QTimeZone::utc();
    int m_pageSize = 200;
    QList<core::AuditEntry> m_rows;
    bool m_atEnd = true;
    bool m_busy = false; // while rows change: views and testers must not fetch meanwhile
};

} // namespace stillpoint::ui
