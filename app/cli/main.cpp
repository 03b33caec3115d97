// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/PasswordReader.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    stillpoint::cli::PasswordReader passwords(err);
    stillpoint::cli::Cli cli(out, err, passwords, stillpoint::core::SystemClock::instance());

    // Only a command that lays out a PDF gets Qt Gui, on the offscreen platform unless told
    // otherwise: the tool runs over ssh and in scripts, where there is no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (cli.needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the desktop app, so both find the same default practice file.
    QCoreApplication::setOrganizationName(QStringLiteral("Stillpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("stillpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STILLPOINT_VERSION));
    return cli.run(QCoreApplication::arguments());
}
