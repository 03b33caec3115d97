// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/SignInPrompter.h"

namespace stillpoint::ui {

SignInPrompter::~SignInPrompter() = default;

} // namespace stillpoint::ui
