// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "export clients --out FILE": every client as a CSV file for spreadsheets and other software,
// written all or nothing and audited. Owner only.
class ExportClientsCommand final : public Command
{
public:
    ExportClientsCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
