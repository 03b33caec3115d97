// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "check": integrity check, foreign-key check and schema version of an existing practice file.
// Succeeds only when nothing is wrong; a missing file is reported, never created.
class CheckCommand final : public Command
{
public:
    CheckCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
