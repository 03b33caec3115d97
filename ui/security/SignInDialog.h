// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Session.h"
#include "ui/common/FieldErrors.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

// Signs a person in: the practice's name, a user name and a password. Core checks the password
// (and slows repeated failures down); its message is shown at the field, verbatim, and the dialog
// stays open until a sign-in succeeds or the user quits. Cancelling means "quit", not "continue
// without signing in".
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(core::Authenticator &authenticator, const QString &practiceName,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Shows the public demo accounts; for the demo practice only.
    void setDemoHintVisible(bool visible);
    // Starts with this user name filled in and the password focused.
    void setUsername(const QString &username);
    // Names the cancel button ("Quit" at start-up, "Cancel" when switching user).
    void setCancelText(const QString &text);

    // The session once a sign-in succeeded.
    std::optional<core::Session> session() const { return m_session; }

    // Checks the user name and password with core; accepts the dialog when they are right.
    bool trySignIn();

private:
    core::Authenticator &m_authenticator;
    std::optional<core::Session> m_session;
    FieldErrors m_errors;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_demoHint;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
};

} // namespace stillpoint::ui
