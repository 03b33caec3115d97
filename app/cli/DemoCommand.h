// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "demo --clients N": adds made-up clients for trying Stillpoint out. Without --database it fills
// the demo practice file, never the real one, and it refuses to mix demo clients into a file that
// already holds clients unless --add says so. An empty file also gets the demo users; a file that
// has users is changed only by its owner (--user). "demo --scale SIZE" makes a whole practice of
// a given size in a new file, for measuring.
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

private:
    // "demo --scale SIZE": a whole generated practice (core's LargePractice) in a new file.
    int makePractice(CommandContext &context, const QString &scale) const;
};

} // namespace stillpoint::cli
