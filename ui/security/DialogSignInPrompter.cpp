// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/DialogSignInPrompter.h"

#include "core/security/PracticeSettings.h"
#include "ui/security/SignInDialog.h"

namespace stillpoint::ui {

DialogSignInPrompter::DialogSignInPrompter(core::Authenticator &authenticator,
                                           const core::PracticeSettings &settings,
                                           bool demoPractice)
    : m_authenticator(authenticator), m_settings(settings), m_demoPractice(demoPractice)
{ }

std::optional<core::Session> DialogSignInPrompter::signIn(QWidget *parent)
{
    const auto name = m_settings.practiceName();
    SignInDialog dialog(m_authenticator, name ? name.value() : QString(), parent);
    dialog.setDemoHintVisible(m_demoPractice);
    if (!m_cancelText.isEmpty())
        dialog.setCancelText(m_cancelText);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace stillpoint::ui
