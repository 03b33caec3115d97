// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: parse the command line, open the practice file, show the window, run.

#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBoxPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

namespace {

using namespace stillpoint;

constexpr int DemoClientCount = 300;

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// The demo practice is filled with made-up clients the first time it is opened.
core::Status fillDemoPractice(core::Database &database)
{
    core::ClientRepository clients(database);
    core::ClientQuery everyone;
    everyone.includeArchived = true;
    const auto count = clients.count(everyone);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return core::Status::success();
    const auto added =
            core::DemoPractice::populate(database, DemoClientCount, core::SystemClock::instance());
    return added ? core::Status::success() : core::Status(added.error());
}

// Waits until the window is on screen and painted, then saves a picture of it and quits with 0,
// or 1 when the picture could not be written.
void saveScreenshotWhenShown(QWidget &window, const QString &path)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(50);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, waited] {
        const bool exposed = window.windowHandle() && window.windowHandle()->isExposed();
        if (!exposed && ++*waited < 100)
            return;
        poll->stop();
        // A few more turns of the event loop for layouts and painting to settle.
        QTimer::singleShot(400, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                printError(QCoreApplication::translate("main", "Could not write %1").arg(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stillpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("stillpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STILLPOINT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stillpoint"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stillpoint.Stillpoint"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Practice management for massage therapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
            QStringLiteral("database"),
            QCoreApplication::translate("main", "Open the practice file FILE (default: %1).")
                    .arg(core::Database::defaultPath()),
            QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QCoreApplication::translate(
                    "main", "Open the demo practice, filled with made-up clients the first time."));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
            QStringLiteral("FILE"));
    parser.addOptions({ databaseOption, demoOption, screenshotOption });
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    if (demo && parser.isSet(databaseOption)) {
        printError(
                QCoreApplication::translate("main", "--demo and --database cannot be combined."));
        return 2;
    }
    const QString path = demo              ? core::Database::defaultDemoPath()
            : parser.isSet(databaseOption) ? parser.value(databaseOption)
                                           : core::Database::defaultPath();
    const QString screenshotPath = parser.value(screenshotOption);

    ui::MessageBoxPrompter prompter;
    auto opened = core::Database::open(path);
    core::Status ready = opened ? core::Status::success() : core::Status(opened.error());
    if (ready && demo)
        ready = fillDemoPractice(*opened.value());
    if (!ready) {
        const QString message =
                QCoreApplication::translate("main", "Stillpoint could not open the practice file.")
                + QStringLiteral("\n\n") + ready.error().message;
        printError(message);
        if (screenshotPath.isEmpty()) // nobody is watching a screenshot run
            prompter.critical(nullptr, QStringLiteral("Stillpoint"), message);
        return 1;
    }

    ui::MainWindow window(*opened.value(), prompter);
    window.show();
    if (!screenshotPath.isEmpty()) {
        if (demo) // made-up clients only: a real practice's record never goes into a picture
            window.openFirstClient();
        saveScreenshotWhenShown(window, screenshotPath);
    }
    return QApplication::exec();
}
