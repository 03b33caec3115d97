// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditListCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/security/AuditLog.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString LimitOption = u"limit"_s;
const QString OperationOption = u"operation"_s;
} // namespace

AuditListCommand::AuditListCommand()
    : Command(u"list"_s, u"Show the latest audit rows, newest first (owner only)."_s)
{ }

QList<QCommandLineOption> AuditListCommand::options() const
{
    return {
        QCommandLineOption(LimitOption, u"Show at most N rows (default %1)."_s.arg(DefaultLimit),
                           u"N"_s),
        QCommandLineOption(OperationOption,
                           u"Only rows of operation OP, for example session.sign-in."_s, u"OP"_s),
    };
}

QString AuditListCommand::syntax() const
{
    return u"[--limit N] [--operation OP]"_s;
}

QString AuditListCommand::description() const
{
    return u"Show the latest audit rows, newest first (owner only; needs --user), one per line as\n"
           u"tab-separated fields: id, time (UTC), user, operation, client id, outcome, detail."_s;
}

int AuditListCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments."_s);
    core::AuditFilter filter;
    filter.limit = DefaultLimit;
    filter.operation = parser.value(OperationOption);
    if (parser.isSet(LimitOption)) {
        const auto limit = parseCount(context, LimitOption, parser.value(LimitOption), 1, MaxLimit);
        if (!limit)
            return ExitCode::Usage;
        filter.limit = *limit;
    }
    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const auto entries =
            core::AuditLog(user->database(), context.clock).entries(user->session(), filter);
    if (!entries)
        return failure(context, entries.error());
    for (const core::AuditEntry &entry : *entries) {
        const QStringList fields{
            QString::number(entry.id),
            entry.at.toUTC().toString(Qt::ISODate),
            cell(entry.event.username),
            cell(entry.event.operation),
            entry.event.clientId > 0 ? QString::number(entry.event.clientId) : QString(),
            core::AuditTrail::outcomeKey(entry.event.outcome),
            cell(entry.event.detail),
        };
        context.out << fields.join(u'\t') << '\n';
    }
    return ExitCode::Success;
}

} // namespace stillpoint::cli
