// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

class CurrentSession;

// The owner gives an account a new password (typed twice); core checks the rule and audits it.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(core::Authenticator &authenticator, const CurrentSession &session,
                        const QString &username, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    bool tryReset();

private:
    core::Authenticator &m_authenticator;
    const CurrentSession &m_session;
    QString m_username;
    FieldErrors m_errors;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
};

} // namespace stillpoint::ui
