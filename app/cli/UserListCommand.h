// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "users list": every account, one per line as tab-separated fields (name, display name, role,
// active or disabled). Owner only.
class UserListCommand final : public Command
{
public:
    UserListCommand();

protected:
    bool needsUser() const override { return true; }
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
