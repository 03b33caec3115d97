// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "import clients FILE": reads a CSV file of clients, maps its columns (guessed from the header,
// changed with --map), prints what would be created, which rows duplicate stored clients or each
// other, and every bad row with its line and reason; then imports the new rows all or nothing.
// Any bad row (or a problem with the whole file) means nothing is imported and exit code 1.
class ImportClientsCommand final : public Command
{
public:
    ImportClientsCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
