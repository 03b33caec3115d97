// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/PasswordReader.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default practice file.
    QCoreApplication::setOrganizationName(QStringLiteral("Stillpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("stillpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STILLPOINT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    stillpoint::cli::PasswordReader passwords(err);
    stillpoint::cli::Cli cli(out, err, passwords, stillpoint::core::SystemClock::instance());
    return cli.run(QCoreApplication::arguments());
}
