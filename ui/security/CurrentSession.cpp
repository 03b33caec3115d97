// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/CurrentSession.h"

#include "core/security/Permissions.h"

namespace stillpoint::ui {

CurrentSession::CurrentSession(QObject *parent) : QObject(parent) { }

const core::Session &CurrentSession::session() const
{
    return m_session ? *m_session : m_nobody;
}

bool CurrentSession::allows(core::Operation operation) const
{
    return m_session && core::Permissions::allows(m_session->role, operation);
}

QString CurrentSession::personName() const
{
    if (!m_session)
        return {};
    return m_session->displayName.trimmed().isEmpty() ? m_session->username
                                                      : m_session->displayName;
}

void CurrentSession::setSession(const core::Session &session)
{
    const bool samePerson = m_session && m_session->userId == session.userId;
    m_session = session;
    if (!samePerson)
        Q_EMIT sessionChanged();
}

void CurrentSession::clear()
{
    if (!m_session)
        return;
    m_session.reset();
    Q_EMIT sessionChanged();
}

} // namespace stillpoint::ui
