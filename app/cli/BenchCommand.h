// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "bench [--runs N]": times what the desktop app asks core for on every keystroke and click
// (client search, opening a chart, the week view, booking, progress figures, audit verify) on a
// given practice file, through core's services as a signed-in user, and prints the median and
// 95th percentile of each. It works on a copy of the file, removed afterwards, so the practice
// file (its schedule and its audit trail) is left exactly as it was.
class BenchCommand final : public Command
{
public:
    static constexpr int DefaultRuns = 30;
    static constexpr int MaxRuns = 10000;

    BenchCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
