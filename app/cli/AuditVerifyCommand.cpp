// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditVerifyCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/security/AuditLog.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

AuditVerifyCommand::AuditVerifyCommand()
    : Command(u"verify"_s, u"Check that no audit row was changed or removed (owner only)."_s)
{ }

int AuditVerifyCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments."_s);
    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const auto verification =
            core::AuditLog(user->database(), context.clock).verify(user->session());
    if (!verification)
        return failure(context, verification.error());
    if (verification->ok()) {
        context.out << "OK: " << verification->rowsChecked << " audit rows verified\n";
        return ExitCode::Success;
    }
    context.out << "Audit trail broken at row " << verification->firstBrokenId << ": "
                << verification->problem << '\n';
    return ExitCode::Failure;
}

} // namespace stillpoint::cli
