// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CheckCommand.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

CheckCommand::CheckCommand()
    : Command(u"check"_s, u"Check the practice file: integrity, foreign keys and schema version."_s)
{ }

int CheckCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments."_s);

    const auto database = openDatabase(context, core::Database::OpenMode::ReadOnly,
                                       core::Database::defaultPath());
    if (!database)
        return ExitCode::Failure;

    const core::IntegrityReport report = database->check();
    const int latest = core::Database::latestSchemaVersion();
    context.out << "File: " << database->path() << '\n'
                << "Schema version: " << report.schemaVersion;
    if (report.schemaVersion == latest)
        context.out << " (the latest)\n";
    else
        context.out << " (this version of Stillpoint expects " << latest << ")\n";
    const core::FileSystemInfo &fileSystem = database->fileSystem();
    if (fileSystem.network)
        context.out << "File system: a network share (" << fileSystem.type
                    << "); Stillpoint opens a practice file there only to read it\n";
    switch (fileSystem.encryption) {
    case core::FileSystemInfo::Encryption::Encrypted:
        context.out << "Disk encryption: yes (" << fileSystem.encryptionLayer << ")\n";
        break;
    case core::FileSystemInfo::Encryption::NotEncrypted:
        context.out << "Disk encryption: no (if this computer is lost or stolen, anyone can read "
                       "the client records)\n";
        break;
    case core::FileSystemInfo::Encryption::Unknown:
        context.out << "Disk encryption: could not tell\n";
        break;
    }
    if (report.ok()) {
        context.out << "Integrity and foreign keys: ok\n";
        return ExitCode::Success;
    }
    for (const QString &problem : report.problems)
        context.out << "Problem: " << problem << '\n';
    context.errors() << programName() << ": " << database->path() << " has "
                     << report.problems.size()
                     << (report.problems.size() == 1 ? " problem.\n" : " problems.\n");
    return ExitCode::Failure;
}

} // namespace stillpoint::cli
