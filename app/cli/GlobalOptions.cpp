// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GlobalOptions.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString DatabaseOption = u"database"_s;
const QString UserOption = u"user"_s;
} // namespace

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        QCommandLineOption(DatabaseOption, u"Practice file to use."_s, u"FILE"_s),
        QCommandLineOption(UserOption,
                           u"Sign in as NAME (the password: first line of standard input, or asked "
                           u"for)."_s,
                           u"NAME"_s),
    };
}

void GlobalOptions::readFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(DatabaseOption))
        databasePath = parser.value(DatabaseOption);
    if (parser.isSet(UserOption))
        user = parser.value(UserOption);
}

} // namespace stillpoint::cli
