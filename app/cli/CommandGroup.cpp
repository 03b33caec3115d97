// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandGroup.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

CommandGroup::CommandGroup(QString name, QString summary)
    : Command(std::move(name), std::move(summary))
{ }

CommandGroup::~CommandGroup() = default;

void CommandGroup::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandGroup::find(const QString &name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&name](const auto &command) { return command->name() == name; });
    return it == m_commands.end() ? nullptr : it->get();
}

int CommandGroup::run(CommandContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        QStringList names;
        for (const auto &command : m_commands)
            names += command->name();
        return usageError(context, u"a command is needed: "_s + names.join(u", "_s) + u'.');
    }
    const QString &word = arguments.first();
    if (word == u"--help"_s || word == u"-h"_s) {
        context.out << helpText(context);
        return ExitCode::Success;
    }
    Command *command = find(word);
    if (!command)
        return usageError(context, u"unknown command \"%1\"."_s.arg(word));

    const QString parentPath = context.commandPath;
    context.commandPath = parentPath.isEmpty() ? word : parentPath + u' ' + word;
    const int exitCode = command->run(context, arguments.mid(1));
    context.commandPath = parentPath;
    return exitCode;
}

int CommandGroup::execute(CommandContext &, const QCommandLineParser &)
{
    // Groups dispatch in run(); they have no options of their own to execute.
    return ExitCode::Usage;
}

QString CommandGroup::helpText(const CommandContext &context) const
{
    return u"Usage: "_s + programName() + u" [--database FILE] "_s + context.commandPath
            + u" COMMAND [ARGUMENTS]\n\n"_s + summary() + u"\n\nCommands:\n"_s + formatListing();
}

QList<QPair<QString, QString>> CommandGroup::listing(const QString &prefix) const
{
    const QString path = prefix.isEmpty() ? name() : prefix + u' ' + name();
    QList<QPair<QString, QString>> entries;
    for (const auto &command : m_commands)
        entries += command->listing(path);
    return entries;
}

bool CommandGroup::needsGuiApplication(const QStringList &arguments) const
{
    const Command *command = arguments.isEmpty() ? nullptr : find(arguments.first());
    return command && command->needsGuiApplication(arguments.mid(1));
}

QString CommandGroup::formatListing() const
{
    QList<QPair<QString, QString>> entries;
    for (const auto &command : m_commands)
        entries += command->listing({});
    qsizetype width = 0;
    for (const auto &entry : entries)
        width = std::max(width, entry.first.size());
    QString text;
    for (const auto &entry : entries)
        text += u"  "_s + entry.first.leftJustified(width + 2) + entry.second + u'\n';
    return text;
}

} // namespace stillpoint::cli
