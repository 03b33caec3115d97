// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BackupCommand.h"

#include "app/cli/PasswordReader.h"
#include "app/cli/SignedInUser.h"
#include "core/exchange/BackupService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
const QString EncryptOption = u"encrypt"_s;
} // namespace

BackupCommand::BackupCommand()
    : Command(u"backup"_s, u"Write a verified backup of the practice file (owner only)."_s)
{ }

QList<QCommandLineOption> BackupCommand::options() const
{
    return {
        QCommandLineOption(OutOption, u"The backup file to write."_s, u"FILE"_s),
        QCommandLineOption(EncryptOption, u"Encrypt the backup with a passphrase."_s),
    };
}

QString BackupCommand::syntax() const
{
    return u"--out FILE [--encrypt]"_s;
}

QString BackupCommand::description() const
{
    return u"Write a backup of the practice file to FILE (owner only; needs --user). The copy is\n"
           u"taken at one moment while the practice stays in use, checked (integrity, foreign\n"
           u"keys, the same rows in every table) and only then given its name: a failed backup\n"
           u"leaves nothing behind. With --encrypt the backup is encrypted with a passphrase\n"
           u"(Argon2id and XChaCha20-Poly1305); standard input, when it is not a terminal, holds\n"
           u"the password on the first line and the passphrase on the second. Without the\n"
           u"passphrase an encrypted backup cannot be restored: keep it somewhere safe."_s;
}

int BackupCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the file goes after --out."_s);
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FILE is needed: where to write the backup."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    if (QFileInfo(path) == QFileInfo(databasePath(context, core::Database::defaultPath())))
        return usageError(context, u"--out names the practice file itself; choose another file."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    // Refused before asking for a passphrase that could not be used (create checks again).
    if (const core::Status allowed = user->require(core::Operation::BackupCreate); !allowed)
        return failure(context, allowed.error());

    core::BackupRequest request;
    request.targetPath = path;
    if (parser.isSet(EncryptOption)) {
        const auto passphrase = context.passwords.readNewPassword(u"the backup passphrase"_s);
        if (!passphrase)
            return failure(context, passphrase.error());
        request.passphrase = *passphrase;
    }
    const auto made =
            core::BackupService(user->database(), context.clock).create(user->session(), request);
    if (!made)
        return failure(context, made.error());
    context.out << "Backed up the practice to " << made->path
                << (made->encrypted ? " (encrypted)" : "") << ": " << made->tables << " tables, "
                << made->rows << " rows, " << made->bytes << " bytes; verified.\n";
    if (!made->encrypted)
        context.out << "Note: this backup is not encrypted, so anyone who has the file can read "
                       "the client records. Use --encrypt for a backup that leaves this "
                       "computer.\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
