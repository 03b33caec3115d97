// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientService.h"

#include <QAbstractTableModel>
#include <QList>

namespace stillpoint::ui {

class CurrentSession;

// The client list as a table: one row per ClientSummary matching the current search, as the
// signed-in user may see it (empty while nobody is signed in). Rows are read a page at a time as
// the view scrolls (canFetchMore/fetchMore), and sorting asks core for a new order instead of
// sorting in memory, so a practice with thousands of clients opens as fast as one with ten.
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DateOfBirthColumn,
        PhoneColumn,
        EmailColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { ClientIdRole = Qt::UserRole + 1, ArchivedRole };

    ClientListModel(core::ClientService &clients, const CurrentSession &session,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_query.includeArchived; }
    // Rows read per page. Changing it reads the list again from the first page.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // A search stops counting after this many matches (or the rows loaded, if more).
    static constexpr int CountLimit = 1000;

    // How many clients match, loaded or not; when totalIsAtLeast(), at least that many (a
    // search that matches more than CountLimit is not counted further).
    int totalCount() const { return m_totalCount; }
    bool totalIsAtLeast() const { return m_totalIsAtLeast; }
    qint64 clientId(int row) const;
    // The row of a client among the rows loaded so far, or -1.
    int rowOf(qint64 clientId) const;

    // Reads the list again (after a save), keeping at least as many rows loaded as before.
    void refresh();

Q_SIGNALS:
    void totalCountChanged(int count);
    // Reading from the database failed; the message says why.
    void loadFailed(const QString &message);

private:
    void reload(int minimumRows);
    QList<core::ClientSummary> readPage(int offset, int limit);

    core::ClientService &m_clients;
    const CurrentSession &m_session;
    core::ClientQuery m_query;
    int m_pageSize = 100;
    QList<core::ClientSummary> m_rows;
    int m_totalCount = 0;
    bool m_totalIsAtLeast = false;
    bool m_atEnd = true;
    bool m_resetting = false;
};

} // namespace stillpoint::ui
