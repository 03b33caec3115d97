// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListModel.h"

#include "ui/security/CurrentSession.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

namespace stillpoint::ui {

namespace {

core::ClientQuery::Sort sortFor(int column)
{
    using Sort = core::ClientQuery::Sort;
    switch (column) {
    case ClientListModel::NameColumn:
        return Sort::Name;
    case ClientListModel::DateOfBirthColumn:
        return Sort::DateOfBirth;
    case ClientListModel::PhoneColumn:
        return Sort::Phone;
    case ClientListModel::EmailColumn:
        return Sort::Email;
    case ClientListModel::UpdatedColumn:
        return Sort::Updated;
    default:
        return Sort::Relevance;
    }
}

} // namespace

ClientListModel::ClientListModel(core::ClientService &clients, const CurrentSession &session,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_clients(clients), m_session(session)
{
    m_query.sort = core::ClientQuery::Sort::Name;
    // Another person may see other rows; nobody signed in sees none.
    connect(&m_session, &CurrentSession::sessionChanged, this, [this] { reload(0); });
    reload(0);
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ClientSummary &client = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return client.archived ? tr("%1 (archived)").arg(client.displayName())
                                   : client.displayName();
        case DateOfBirthColumn:
            return client.dateOfBirth.isValid() ? client.dateOfBirth.toString(Qt::ISODate)
                                                : QString();
        case PhoneColumn:
            return client.phone;
        case EmailColumn:
            return client.email;
        case UpdatedColumn:
            return client.updatedAt.isValid()
                    ? client.updatedAt.toLocalTime().date().toString(Qt::ISODate)
                    : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == EmailColumn)
            return data(index, Qt::DisplayRole); // in case the column is too narrow for it
        if (index.column() == UpdatedColumn && client.updatedAt.isValid())
            return QLocale().toString(client.updatedAt.toLocalTime(), QLocale::LongFormat);
        if (client.archived)
            return tr("Archived: kept on file, hidden unless archived clients are shown");
        return {};
    case Qt::ForegroundRole:
        if (client.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (client.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ClientIdRole:
        return client.id;
    case ArchivedRole:
        return client.archived;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset is being announced: rows cannot be inserted inside a reset.
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    const QList<core::ClientSummary> page = readPage(offset, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    // Only the loaded rows' order changes; QAbstractItemView keeps selection by persistent index.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds.append(clientId(index.row()));
    const int loaded = static_cast<int>(m_rows.size());
    m_rows = readPage(0, std::max(loaded, m_pageSize));
    m_atEnd = m_rows.size() < std::max(loaded, m_pageSize);
    // The same query gives the same rows in another order unless the data changed meanwhile.
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOf(persistentIds.at(i));
        moved.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientListModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload(0);
}

void ClientListModel::setIncludeArchived(bool include)
{
    if (include == m_query.includeArchived)
        return;
    m_query.includeArchived = include;
    reload(0);
}

void ClientListModel::setPageSize(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    reload(0);
}

qint64 ClientListModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == clientId)
            return static_cast<int>(i);
    return -1;
}

void ClientListModel::refresh()
{
    reload(static_cast<int>(m_rows.size()));
}

void ClientListModel::reload(int minimumRows)
{
    core::ClientQuery query = m_query;
    query.offset = 0;
    query.limit = std::max(minimumRows, m_pageSize);
    // A search counts its matches only up to a bound: past it the exact number helps no one
    // find a client, and counting every match of a common word on a large practice would cost
    // each keystroke more than the search itself.
    core::ClientListPage page;
    if (m_session.isSignedIn()) {
        auto read =
                m_clients.listPage(m_session.session(), query, std::max(CountLimit, query.limit));
        if (read)
            page = std::move(read).value();
        else
            Q_EMIT loadFailed(read.error().message);
    }
    {
        const QScopedValueRollback resetting(m_resetting, true);
        beginResetModel();
        m_rows = std::move(page.rows);
        m_atEnd = m_rows.size() < query.limit;
        m_totalCount = page.total;
        m_totalIsAtLeast = page.totalIsAtLeast;
        endResetModel();
    }
    Q_EMIT totalCountChanged(m_totalCount);
}

QList<core::ClientSummary> ClientListModel::readPage(int offset, int limit)
{
    if (!m_session.isSignedIn())
        return {};
    core::ClientQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    auto page = m_clients.search(m_session.session(), query);
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        return {};
    }
    return std::move(page).value();
}

} // namespace stillpoint::ui
