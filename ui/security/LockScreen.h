// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Session.h"
#include "ui/common/FieldErrors.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

// What the window shows instead of client details while it is locked or nobody is signed in: the
// practice's name and, when locked, a password field for the person who was signed in. It shows
// nothing about any client. The password is checked by core (Authenticator::signIn with the same
// user name); a wrong one shows core's message and the screen stays.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(core::Authenticator &authenticator, QWidget *parent = nullptr);
    ~LockScreen() override;

    void setPracticeName(const QString &name);
    // Locked for this person: only their password unlocks.
    void showLocked(const QString &username, const QString &personName);
    // Nobody is signed in; someone may sign in.
    void showSignedOut();

    QString message() const;
    QLineEdit *passwordEdit() const { return m_password; }

    // Checks the typed password; sends unlocked() when it is right.
    bool tryUnlock();

Q_SIGNALS:
    void unlocked(const core::Session &session);
    // "Switch User…" (locked) or "Sign In…" (signed out) was pressed.
    void signInRequested();

private:
    core::Authenticator &m_authenticator;
    QString m_username;
    FieldErrors m_errors;
    QLabel *m_practiceName;
    QLabel *m_message;
    QWidget *m_passwordRow;
    QLineEdit *m_password;
    QPushButton *m_unlockButton;
    QPushButton *m_signInButton;
};

} // namespace stillpoint::ui
