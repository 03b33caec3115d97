// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "init [--owner NAME …]": creates the practice file (and its folder), or brings an existing one to
// the latest schema, and says which it did. While the file has no users, --owner also creates the
// practice (name, time zone) and its owner account, whose new password is read like any other.
class InitCommand final : public Command
{
public:
    InitCommand();

protected:
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    int createOwner(CommandContext &context, const QCommandLineParser &parser,
                    core::Database &database) const;
};

} // namespace stillpoint::cli
