// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "users add NAME --role ROLE": the owner adds an account. The new password is read after the
// owner's own (the next line of standard input, or asked for twice).
class UserAddCommand final : public Command
{
public:
    UserAddCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
