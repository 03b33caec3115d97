// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RestoreCommand.h"

#include "app/cli/PasswordReader.h"
#include "app/cli/SignedInUser.h"
#include "core/exchange/BackupService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString FromOption = u"from"_s;
const QString ToOption = u"to"_s;
} // namespace

RestoreCommand::RestoreCommand()
    : Command(u"restore"_s, u"Restore a backup into a new practice file, checked."_s)
{ }

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {
        QCommandLineOption(FromOption, u"The backup to restore."_s, u"BACKUP"_s),
        QCommandLineOption(ToOption, u"The new practice file to write; it must not exist."_s,
                           u"NEWFILE"_s),
    };
}

QString RestoreCommand::syntax() const
{
    return u"--from BACKUP --to NEWFILE"_s;
}

QString RestoreCommand::description() const
{
    return u"Restore BACKUP into the new practice file NEWFILE, which must not exist: a restore\n"
           u"never replaces a file, and the practice file in use is not changed. NEWFILE gets\n"
           u"its name only after it opened as a Stillpoint practice and passed the integrity and\n"
           u"foreign-key checks. The passphrase of an encrypted backup is the next line of\n"
           u"standard input (asked for on a terminal); a wrong passphrase, or a backup that was\n"
           u"changed, cut short or put together in the wrong order, is refused and writes\n"
           u"nothing. With --user the restore is made as that user of the practice file\n"
           u"(owner only) and recorded in its audit trail; without it no practice file is\n"
           u"needed, as after losing a computer."_s;
}

int RestoreCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; use --from BACKUP --to NEWFILE."_s);
    if (!parser.isSet(FromOption) || parser.value(FromOption).isEmpty())
        return usageError(context, u"--from BACKUP is needed: the backup to restore."_s);
    if (!parser.isSet(ToOption) || parser.value(ToOption).isEmpty())
        return usageError(context, u"--to NEWFILE is needed: the new practice file to write."_s);

    const QString from = QFileInfo(parser.value(FromOption)).absoluteFilePath();
    const QString to = QFileInfo(parser.value(ToOption)).absoluteFilePath();
    // Answered before any password or passphrase is asked for.
    if (!QFileInfo(from).isFile())
        return failure(context,
                       core::makeError(core::ErrorCode::NotFound,
                                       u"There is no backup file at %1."_s.arg(from)));
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return failure(context,
                       core::makeError(core::ErrorCode::Conflict,
                                       u"%1 already exists, and a restore never replaces a file. "
                                       u"Choose a new file name; nothing was changed."_s.arg(to)));

    std::unique_ptr<SignedInUser> user;
    if (context.global.user) {
        user = signInToPractice(context);
        if (!user)
            return ExitCode::Failure;
        if (const core::Status allowed = user->require(core::Operation::BackupCreate); !allowed)
            return failure(context, allowed.error());
    }
    QString passphrase;
    if (core::BackupCipher::isEncryptedBackup(from)) {
        const auto typed = context.passwords.readPassword(u"the backup passphrase"_s);
        if (!typed)
            return failure(context, typed.error());
        passphrase = *typed;
    }

    const auto restored = user ? core::BackupService(user->database(), context.clock)
                                         .restore(user->session(), from, to, passphrase)
                               : core::BackupRestorer::restoreToNewFile(from, to, passphrase);
    if (!restored)
        return failure(context, restored.error());
    context.out << "Restored " << from << " into " << restored->path << ": schema version "
                << restored->schemaVersion << ", " << restored->tables << " tables, "
                << restored->rows << " rows (" << restored->clients
                << " clients); integrity and foreign keys ok.\n";
    if (restored->createdUtc.isValid())
        context.out << "The backup was made "
                    << restored->createdUtc.toString(u"yyyy-MM-dd HH:mm"_s) << " UTC.\n";
    context.out << "The practice file in use was not changed. To work with the restored one, "
                   "close Stillpoint and open "
                << restored->path << " (--database), or move it into the practice file's place.\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
