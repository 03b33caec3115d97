// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "restore --from BACKUP --to NEWFILE": restores a backup into a new practice file, checked, and
// never over an existing file; the practice file in use is not touched. The passphrase of an
// encrypted backup is read from standard input. With --user the restore is made as that user of
// the practice file (owner only, audited there); without it, it needs no practice file at all.
class RestoreCommand final : public Command
{
public:
    RestoreCommand();

protected:
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
