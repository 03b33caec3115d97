// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InitCommand.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

InitCommand::InitCommand()
    : Command(u"init"_s, u"Create the practice file, or bring an existing one up to date."_s)
{ }

int InitCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments."_s);

    const QString path = databasePath(context, core::Database::defaultPath());
    const bool existed = QFileInfo::exists(path);
    const auto database = openDatabase(context, core::Database::OpenMode::CreateIfMissing, path);
    if (!database)
        return ExitCode::Failure;

    const QString version = QString::number(database->schemaVersion());
    if (existed)
        context.out << "Opened " << database->path() << ": schema version " << version
                    << ", up to date.\n";
    else
        context.out << "Created " << database->path() << " (schema version " << version << ").\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
