// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GlobalOptions.h"

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString DatabaseOption = u"database"_s;
}

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        QCommandLineOption(DatabaseOption, u"Practice file to use."_s, u"FILE"_s),
    };
}

void GlobalOptions::readFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(DatabaseOption))
        databasePath = parser.value(DatabaseOption);
}

} // namespace stillpoint::cli
