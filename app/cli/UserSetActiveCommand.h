// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "users disable NAME" and "users enable NAME" (one instance each): a disabled account keeps its
// history in the audit trail but can no longer sign in. Owner only.
class UserSetActiveCommand final : public Command
{
public:
    explicit UserSetActiveCommand(bool active);

protected:
    bool needsUser() const override { return true; }
    QString syntax() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    bool m_active;
};

} // namespace stillpoint::cli
