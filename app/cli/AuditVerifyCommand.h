// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "audit verify": walks the audit trail's hash chain and names the first row that was edited,
// deleted or moved behind Stillpoint's back. Exits 0 only when the chain is whole. Owner only.
class AuditVerifyCommand final : public Command
{
public:
    AuditVerifyCommand();

protected:
    bool needsUser() const override { return true; }
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
