// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace stillpoint::cli {

// A command made of subcommands ("clients search", later "users add", "backup restore"): the first
// word after the group's name picks the subcommand, which gets the rest. The root of the command
// line is a group too.
class CommandGroup : public Command
{
public:
    CommandGroup(QString name, QString summary);
    ~CommandGroup() override;

    void add(std::unique_ptr<Command> command);

    int run(CommandContext &context, const QStringList &arguments) override;
    QString helpText(const CommandContext &context) const override;

    // Every command below this group with its path ("clients search") and summary.
    QList<QPair<QString, QString>> listing(const QString &prefix) const override;
    // Asks the command the first word names.
    bool needsGuiApplication(const QStringList &arguments) const override;
    // The commands section of a help text.
    QString formatListing() const;

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace stillpoint::cli
