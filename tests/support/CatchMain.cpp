// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

#ifdef STILLPOINT_TEST_GUI
#include <QApplication>
#endif

int main(int argc, char *argv[])
{
    // Test discovery runs the binary at build time, often with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Stillpoint-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("stillpoint-tests"));
#ifdef STILLPOINT_TEST_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
