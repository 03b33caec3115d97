// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/UserAccount.h"
#include "ui/common/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

class CurrentSession;

// The owner adds an account: user name, display name, role and a first password (typed twice).
// Core decides whether the name and password are acceptable; its messages appear at the fields.
class AddUserDialog final : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(core::Authenticator &authenticator, const CurrentSession &session,
                  QWidget *parent = nullptr);
    ~AddUserDialog() override;

    // The account once it was added.
    const core::UserAccount &addedUser() const { return m_added; }

    // Checks the fields and asks core to add the user; accepts the dialog when it did.
    bool tryAdd();

private:
    core::Authenticator &m_authenticator;
    const CurrentSession &m_session;
    core::UserAccount m_added;
    FieldErrors m_errors;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
};

} // namespace stillpoint::ui
