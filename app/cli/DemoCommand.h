// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "demo --clients N": adds made-up clients for trying Stillpoint out. Without --database it fills
// the demo practice file, never the real one, and it refuses to mix demo clients into a file that
// already holds clients unless --add says so. An empty file also gets the demo users; a file that
// has users is changed only by its owner (--user).
class DemoCommand final : public Command
{
public:
    static constexpr int MaxClients = 1'000'000;

    DemoCommand();

protected:
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
