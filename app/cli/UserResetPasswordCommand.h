// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "users reset-password NAME": the owner gives an account a new password, read after the owner's
// own (the next line of standard input, or asked for twice).
class UserResetPasswordCommand final : public Command
{
public:
    UserResetPasswordCommand();

protected:
    bool needsUser() const override { return true; }
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
