// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "init": creates the practice file (and its folder), or brings an existing one to the latest
// schema, and says which it did.
class InitCommand final : public Command
{
public:
    InitCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
