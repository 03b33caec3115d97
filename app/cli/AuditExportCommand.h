// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "audit export --out FILE": every audit row (or one operation's), oldest first, as a CSV file
// written all or nothing. The export is itself audited. Owner only.
class AuditExportCommand final : public Command
{
public:
    AuditExportCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
