// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "clients search TEXT": matching clients, best match first, one per line as tab-separated
// fields (id, name, date of birth, phone, email, active/archived) so that scripts can cut them.
class ClientSearchCommand final : public Command
{
public:
    static constexpr int MaxLimit = 100'000;

    ClientSearchCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
