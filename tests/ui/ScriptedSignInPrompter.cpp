// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ScriptedSignInPrompter.h"

#include "core/security/Authenticator.h"

namespace stillpoint::test {

ScriptedSignInPrompter::ScriptedSignInPrompter(core::Authenticator &authenticator)
    : m_authenticator(authenticator)
{ }

void ScriptedSignInPrompter::enqueue(const QString &username, const QString &password)
{
    m_answers.append({ username, password });
}

std::optional<core::Session> ScriptedSignInPrompter::signIn(QWidget *)
{
    ++m_asked;
    if (m_answers.isEmpty())
        return std::nullopt;
    const auto [username, password] = m_answers.takeFirst();
    auto session = m_authenticator.signIn(username, password);
    if (!session)
        return std::nullopt;
    return session.value();
}

} // namespace stillpoint::test
