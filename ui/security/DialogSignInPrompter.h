// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/security/SignInPrompter.h"

#include <QString>

namespace stillpoint::core {
class Authenticator;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

// The SignInPrompter the application uses: a modal SignInDialog showing the practice's current
// name, with the demo accounts' hint on the demo practice.
class DialogSignInPrompter final : public SignInPrompter
{
public:
    DialogSignInPrompter(core::Authenticator &authenticator, const core::PracticeSettings &settings,
                         bool demoPractice);

    // The cancel button's text: "Quit" at start-up, "Cancel" once the window is open.
    void setCancelText(const QString &text) { m_cancelText = text; }

    std::optional<core::Session> signIn(QWidget *parent) override;

private:
    core::Authenticator &m_authenticator;
    const core::PracticeSettings &m_settings;
    bool m_demoPractice;
    QString m_cancelText;
};

} // namespace stillpoint::ui
