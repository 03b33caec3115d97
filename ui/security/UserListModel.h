// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/UserAccount.h"

#include <QAbstractTableModel>
#include <QList>

namespace stillpoint::ui {

// The practice's user accounts as a table (user name, display name, role, status), for the
// owner's Users dialog. The dialog reads the accounts from core and hands them over.
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, ActiveRole };

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setUsers(const QList<core::UserAccount> &users);
    // The account on `row`, or nullptr.
    const core::UserAccount *user(int row) const;
    int rowOf(const QString &username) const;

private:
    QList<core::UserAccount> m_users;
};

} // namespace stillpoint::ui
