// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

class CurrentSession;
class Prompter;
class UserListModel;

// The owner's list of accounts: add one, disable or enable one, reset a password. All of it goes
// through core::Authenticator as the signed-in owner; core's refusals are shown as they are.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(core::Authenticator &authenticator, const CurrentSession &session,
                Prompter &prompter, QWidget *parent = nullptr);
    ~UsersDialog() override;

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Reads the accounts again.
    void reload();
    // The buttons' work. The dialogs open window-modal and report back when closed.
    void addUser();
    bool toggleActive();
    void resetPassword();

private:
    int selectedRow() const;
    void updateButtons();
    void selectUser(const QString &username);

    core::Authenticator &m_authenticator;
    const CurrentSession &m_session;
    Prompter &m_prompter;
    UserListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_addButton;
    QPushButton *m_activeButton;
    QPushButton *m_resetButton;
};

} // namespace stillpoint::ui
