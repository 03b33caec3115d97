// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/security/SignInPrompter.h"

#include <QList>
#include <QString>

namespace stillpoint::core {
class Authenticator;
}

namespace stillpoint::test {

// A SignInPrompter for tests: each time it is asked, it signs in (through core, as the dialog
// would) with the next user name and password queued, or cancels when nothing is queued.
class ScriptedSignInPrompter final : public ui::SignInPrompter
{
public:
    explicit ScriptedSignInPrompter(core::Authenticator &authenticator);

    void enqueue(const QString &username, const QString &password);
    std::optional<core::Session> signIn(QWidget *parent) override;
    int timesAsked() const { return m_asked; }

private:
    core::Authenticator &m_authenticator;
    QList<std::pair<QString, QString>> m_answers;
    int m_asked = 0;
};

} // namespace stillpoint::test
