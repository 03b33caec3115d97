// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "import diary CLIENT_ID FILE": reads a client's headache diary from a CSV file, maps its columns
// (guessed from the header, changed with --map), prints how many rows would be added, the rows
// that repeat stored rows or earlier lines (skipped) and every bad row with its line and reason;
// then imports the new rows all or nothing. Any bad row (or a problem with the whole file) means
// nothing is imported and exit code 1.
class ImportDiaryCommand final : public Command
{
public:
    ImportDiaryCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
