// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "backup --out FILE [--encrypt]": a verified backup of the practice file (owner only). With
// --encrypt the backup passphrase is read after the password (on a terminal: asked twice).
class BackupCommand final : public Command
{
public:
    BackupCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
