// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Session.h"
#include "ui/common/FieldErrors.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::ui {

// First run of a new practice file: the practice's name and time zone, and its owner's account.
// Each problem is shown at its field (core's messages for the rules core owns); on success the
// owner is signed in and session() holds the session.
class SetupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SetupDialog(core::Authenticator &authenticator, QWidget *parent = nullptr);
    ~SetupDialog() override;

    std::optional<core::Session> session() const { return m_session; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }

    // Checks the fields and creates the practice; accepts the dialog when it was created.
    bool tryCreate();

private:
    bool checkPassword();
    bool checkConfirmation();

    core::Authenticator &m_authenticator;
    std::optional<core::Session> m_session;
    FieldErrors m_errors;
    QLineEdit *m_practiceName;
    QComboBox *m_timeZone;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
    QPushButton *m_createButton;
};

} // namespace stillpoint::ui
