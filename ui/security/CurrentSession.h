// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Operation.h"
#include "core/security/Session.h"

#include <QObject>

#include <optional>

namespace stillpoint::ui {

// Who is signed in to this window, for the widgets that call core on their behalf. Holds at most
// one session; while nobody is signed in, session() is a session for nobody (user id 0), which
// core refuses for every operation. Not a global: the window owns one and hands it down.
class CurrentSession final : public QObject
{
    Q_OBJECT

public:
    explicit CurrentSession(QObject *parent = nullptr);

    bool isSignedIn() const { return m_session.has_value(); }
    const core::Session &session() const;
    // Whether the signed-in person's role may perform `operation` (false when signed out). For
    // showing or hiding UI only; core checks again on every call.
    bool allows(core::Operation operation) const;
    // The signed-in person as the status bar names them: display name, or user name.
    QString personName() const;

    // Announces sessionChanged() when another person (or the first one) signs in; a fresh session
    // for the same person (after unlocking) is taken quietly.
    void setSession(const core::Session &session);
    void clear();

Q_SIGNALS:
    void sessionChanged();

private:
    std::optional<core::Session> m_session;
    core::Session m_nobody;
};

} // namespace stillpoint::ui
