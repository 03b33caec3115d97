// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/Session.h"

#include <optional>

class QWidget;

namespace stillpoint::ui {

// Asks who is signing in and checks their password, for switching user without restarting.
// Injected into the window so that tests can sign in without a modal dialog.
class SignInPrompter
{
public:
    virtual ~SignInPrompter();

    // The new session, or nothing when the user cancelled.
    virtual std::optional<core::Session> signIn(QWidget *parent) = 0;
};

} // namespace stillpoint::ui
