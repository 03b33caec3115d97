// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

namespace stillpoint::ui {

// The Prompter the application uses: a QMessageBox per prompt, text always shown as plain text.
class MessageBoxPrompter final : public Prompter
{
public:
    Choice ask(QWidget *parent, const Prompt &prompt) override;
};

} // namespace stillpoint::ui
