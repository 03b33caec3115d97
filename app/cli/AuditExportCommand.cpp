// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditExportCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/security/AuditLog.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
const QString OperationOption = u"operation"_s;
} // namespace

AuditExportCommand::AuditExportCommand()
    : Command(u"export"_s, u"Write the audit trail to a CSV file (owner only)."_s)
{ }

QList<QCommandLineOption> AuditExportCommand::options() const
{
    return {
        QCommandLineOption(OutOption, u"The CSV file to write."_s, u"FILE"_s),
        QCommandLineOption(OperationOption,
                           u"Only rows of operation OP, for example session.sign-in."_s, u"OP"_s),
    };
}

QString AuditExportCommand::syntax() const
{
    return u"--out FILE [--operation OP]"_s;
}

int AuditExportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments; the file goes after --out."_s);
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FILE is needed: where to write the CSV."_s);
    if (!context.global.user)
        return userRequired(context);

    const QString path = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    // The export replaces its file whole; never let that be the practice file.
    if (QFileInfo(path) == QFileInfo(databasePath(context, core::Database::defaultPath())))
        return usageError(context, u"--out names the practice file itself; choose another file."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    core::AuditFilter filter;
    filter.operation = parser.value(OperationOption);
    const auto written = core::AuditLog(user->database(), context.clock)
                                 .exportCsv(user->session(), filter, path);
    if (!written)
        return failure(context, written.error());
    context.out << "Wrote " << *written << " audit rows to " << path << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
