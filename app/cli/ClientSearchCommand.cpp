// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ClientSearchCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/clients/ClientService.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString ArchivedOption = u"archived"_s;
const QString LimitOption = u"limit"_s;
} // namespace

ClientSearchCommand::ClientSearchCommand()
    : Command(u"search"_s, u"Find clients by name, phone or email, best match first."_s)
{ }

QString ClientSearchCommand::description() const
{
    return u"Find clients by any part of a name, phone number or email; case and accents are\n"
           u"ignored (\"zoe\" finds \"Zoë\"). Prints one client per line, best match first, as\n"
           u"tab-separated fields: id, name, date of birth, phone, email, active or archived.\n"
           u"Needs --user NAME; every role may search."_s;
}

QList<QCommandLineOption> ClientSearchCommand::options() const
{
    return {
        QCommandLineOption(ArchivedOption, u"Include archived clients."_s),
        QCommandLineOption(LimitOption,
                           u"Show at most N clients (default %1)."_s.arg(core::ClientQuery().limit),
                           u"N"_s),
    };
}

QString ClientSearchCommand::syntax() const
{
    return u"[--archived] [--limit N] TEXT"_s;
}

int ClientSearchCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(context, u"what to search for is needed, for example: search martin"_s);

    core::ClientQuery query;
    query.text = words.join(u' ');
    query.includeArchived = parser.isSet(ArchivedOption);
    query.sort = core::ClientQuery::Sort::Relevance;
    if (parser.isSet(LimitOption)) {
        const auto limit = parseCount(context, LimitOption, parser.value(LimitOption), 1, MaxLimit);
        if (!limit)
            return ExitCode::Usage;
        query.limit = *limit;
    }

    if (!context.global.user)
        return userRequired(context);

    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;

    const core::ClientService clients(user->database(), context.clock);
    const auto found = clients.search(user->session(), query);
    if (!found)
        return failure(context, found.error());

    for (const core::ClientSummary &client : *found) {
        const QStringList fields{
            QString::number(client.id),
            cell(client.displayName()),
            client.dateOfBirth.isValid() ? client.dateOfBirth.toString(Qt::ISODate) : QString(),
            cell(client.phone),
            cell(client.email),
            client.archived ? u"archived"_s : u"active"_s,
        };
        context.out << fields.join(u'\t') << '\n';
    }

    if (found->isEmpty()) {
        context.errors() << "No client matches \"" << query.text << "\".\n";
    } else if (found->size() == query.limit) {
        const auto total = clients.count(user->session(), query);
        if (total && *total > query.limit)
            context.errors() << "Showing " << query.limit << " of " << *total
                             << " matching clients; use --limit to see more.\n";
    }
    return ExitCode::Success;
}

} // namespace stillpoint::cli
