// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/UserListModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace stillpoint::ui {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) { }

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::UserAccount &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case DisplayNameColumn:
            return user.displayName;
        case RoleColumn:
            return core::Roles::label(user.role);
        case StatusColumn:
            return user.active ? tr("Active") : tr("Disabled");
        }
        return {};
    case Qt::ForegroundRole:
        if (!user.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case UserIdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void UserListModel::setUsers(const QList<core::UserAccount> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const core::UserAccount *UserListModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString &username) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).username.compare(username, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

} // namespace stillpoint::ui
