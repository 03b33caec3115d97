// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: parse the command line, open the practice file, set the practice up or sign
// in, show the window, run.

#include "core/clients/ClientService.h"
#include "core/demo/DemoDiaries.h"
#include "core/demo/DemoIntakes.h"
#include "core/demo/DemoNotes.h"
#include "core/demo/DemoPractice.h"
#include "core/demo/DemoSchedule.h"
#include "core/security/Authenticator.h"
#include "core/security/PracticeSettings.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/common/DialogFileChooser.h"
#include "ui/common/MessageBoxPrompter.h"
#include "ui/common/Styles.h"
#include "ui/security/DialogSignInPrompter.h"
#include "ui/security/SetupDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QProcess>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

#include <unistd.h>

namespace {

using namespace stillpoint;

constexpr int DemoClientCount = 300;

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// The demo practice is filled with made-up clients the first time it is opened.
core::Status fillDemoPractice(core::Database &database, const core::Session &session)
{
    const core::ClientService clients(database);
    core::ClientQuery everyone;
    everyone.includeArchived = true;
    const auto count = clients.count(session, everyone);
    if (!count)
        return count.error();
    if (count.value() > 0) {
        // A demo file from before intakes existed gets them now.
        const auto intakes = core::DemoIntakes::populateIfNone(
                database, core::SystemClock::instance(), core::DemoPractice::DefaultSeed);
        if (!intakes)
            return intakes.error();
        // … one from before the schedule existed gets its therapists, rooms and a year of
        // appointments (nothing when it has therapists already) …
        const auto schedule = core::DemoSchedule::populate(database, core::SystemClock::instance(),
                                                           core::DemoPractice::DefaultSeed);
        if (!schedule)
            return schedule.error();
        // … one from before session notes existed gets notes for its completed visits …
        const auto notes = core::DemoNotes::populateIfNone(database, core::SystemClock::instance(),
                                                           core::DemoPractice::DefaultSeed);
        if (!notes)
            return notes.error();
        // … and one from before diaries existed gets its headache diaries.
        const auto diaries = core::DemoDiaries::populateIfNone(
                database, core::SystemClock::instance(), core::DemoPractice::DefaultSeed);
        return diaries ? core::Status::success() : core::Status(diaries.error());
    }
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

// Milliseconds since the kernel started this process (its start time is kept in clock ticks, a
// hundredth of a second here), so the figure includes loading Qt's libraries before main().
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may contain spaces) start after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= StartTimeField)
        return -1.0;
    const double startSeconds =
            fields.at(StartTimeField).toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds =
            static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return (nowSeconds - startSeconds) * 1000.0;
}

// The process's peak resident memory (VmHWM), in MiB.
double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

// --measure-startup: once the window is on screen, painted and the event loop has nothing left
// to do, prints how long that took from the process's start (and how much of it was the
// password check and before main()), and the peak memory with the client list open, then quits.
void reportStartupWhenIdle(QWidget &window, double beforeMainMs, const QElapsedTimer &sinceMain,
                           qint64 signInMs)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(1);
    QObject::connect(
            poll, &QTimer::timeout, &window, [&window, poll, beforeMainMs, &sinceMain, signInMs] {
                if (!window.windowHandle() || !window.windowHandle()->isExposed())
                    return;
                poll->stop();
                window.repaint(); // the first paint, if it has not happened yet
                // A zero timer runs once the queued events (layouts, model loads) are
                // done: the window answers input from here on.
                QTimer::singleShot(0, &window, [beforeMainMs, &sinceMain, signInMs] {
                    const double total = millisecondsSinceProcessStart();
                    std::printf("startup: %.0f ms from process start to a usable main "
                                "window (%.0f ms before main(), %lld ms signing in, "
                                "%lld ms in main())\n"
                                "memory: %.1f MiB peak resident (VmHWM) with the "
                                "client list open\n",
                                total, beforeMainMs, static_cast<long long>(signInMs),
                                static_cast<long long>(sinceMain.elapsed()), peakResidentMiB());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            });
    poll->start();
}

} // namespace

int main(int argc, char *argv[])
{
    const double beforeMainMs = millisecondsSinceProcessStart();
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stillpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("stillpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STILLPOINT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stillpoint"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stillpoint.Stillpoint"));
    QGuiApplication::setWindowIcon(QIcon(ui::Styles::logoPath()));

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
            QCoreApplication::translate("main",
                                        "Open the demo practice, filled with made-up clients and "
                                        "the demo users the first time."));
    const QCommandLineOption demoUserOption(
            QStringLiteral("demo-user"),
            QCoreApplication::translate("main",
                                        "With --demo: sign in as the demo user NAME (owner, "
                                        "therapist or frontdesk) without asking."),
            QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
            QStringLiteral("FILE"));
    const QCommandLineOption measureStartupOption(
            QStringLiteral("measure-startup"),
            QCoreApplication::translate("main",
                                        "Print the milliseconds from start to a usable main "
                                        "window and the peak memory, then quit."));
    parser.addOptions(
            { databaseOption, demoOption, demoUserOption, screenshotOption, measureStartupOption });
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    if (demo && parser.isSet(databaseOption)) {
        printError(
                QCoreApplication::translate("main", "--demo and --database cannot be combined."));
        return 2;
    }
    // The demo password is public: signing in with it unasked is only for the demo practice, or
    // for measuring a generated one (stillpoint-cli demo --scale); no real account can have it,
    // as it is shorter than any password a real account may be given.
    const bool measureStartup = parser.isSet(measureStartupOption);
    if (parser.isSet(demoUserOption) && !demo && !measureStartup) {
        printError(QCoreApplication::translate("main",
                                               "--demo-user needs --demo or --measure-startup."));
        return 2;
    }
    const QString path = demo              ? core::Database::defaultDemoPath()
            : parser.isSet(databaseOption) ? parser.value(databaseOption)
                                           : core::Database::defaultPath();
    const bool demoPractice = demo
            || QFileInfo(path).absoluteFilePath()
                    == QFileInfo(core::Database::defaultDemoPath()).absoluteFilePath();
    const QString screenshotPath = parser.value(screenshotOption);

    ui::MessageBoxPrompter prompter;
    const auto fail = [&](const QString &what, const core::Error &error) {
        const QString message = what + QStringLiteral("\n\n") + error.message;
        printError(message);
        if (screenshotPath.isEmpty()) // nobody is watching a screenshot run
            prompter.critical(nullptr, QStringLiteral("Stillpoint"), message);
        return 1;
    };

    auto opened = core::Database::open(path);
    core::Status ready = opened ? core::Status::success() : core::Status(opened.error());
    if (ready && demo) {
        const auto users =
                core::DemoPractice::ensureDemoUsers(*opened.value(), core::SystemClock::instance());
        if (!users)
            ready = users.error();
    }
    if (!ready)
        return fail(
                QCoreApplication::translate("main", "Stillpoint could not open the practice file."),
                ready.error());
    core::Database &database = *opened.value();

    core::Authenticator authenticator(database);
    const core::PracticeSettings settings(database);
    const auto initialized = authenticator.isInitialized();
    if (!initialized)
        return fail(QCoreApplication::translate("main", "Stillpoint could not read the users."),
                    initialized.error());

    std::optional<core::Session> session;
    QElapsedTimer signInTimer;
    signInTimer.start();
    if (!initialized.value()) {
        ui::SetupDialog setup(authenticator);
        if (setup.exec() != QDialog::Accepted)
            return 0;
        session = setup.session();
    } else if (parser.isSet(demoUserOption)) {
        auto signedIn = authenticator.signIn(parser.value(demoUserOption),
                                             QString::fromLatin1(core::DemoPractice::DemoPassword));
        if (!signedIn)
            return fail(QCoreApplication::translate("main", "Could not sign in as the demo user."),
                        signedIn.error());
        session = signedIn.value();
    } else {
        ui::DialogSignInPrompter startPrompter(authenticator, settings, demoPractice);
        startPrompter.setCancelText(QCoreApplication::translate("main", "Quit"));
        session = startPrompter.signIn(nullptr);
    }
    if (!session)
        return 0; // the user chose to quit
    const qint64 signInMs = signInTimer.elapsed();

    if (demo) {
        if (const core::Status filled = fillDemoPractice(database, *session); !filled)
            return fail(QCoreApplication::translate("main",
                                                    "Stillpoint could not fill the demo practice."),
                        filled.error());
    }

    ui::DialogSignInPrompter signInPrompter(authenticator, settings, demoPractice);
    signInPrompter.setCancelText(QCoreApplication::translate("main", "Cancel"));
    ui::DialogFileChooser files;
    auto window = std::make_unique<ui::MainWindow>(
            database, *session, ui::MainWindow::Services{ prompter, signInPrompter, files });
    window->show();
    if (!screenshotPath.isEmpty()) {
        if (demo) // made-up clients only: a real practice's record never goes into a picture
            window->openFirstClient();
        saveScreenshotWhenShown(*window, screenshotPath);
    } else if (measureStartup) {
        reportStartupWhenIdle(*window, beforeMainMs, sinceMain, signInMs);
    }
    const int exitCode = QApplication::exec();
    const std::optional<core::RestoreSwap> restore = window->pendingRestore();
    if (!restore)
        return exitCode;

    // The owner confirmed a restored backup: it takes the practice file's place once nothing
    // holds the file open, and Stillpoint starts again on it (everyone signs in afresh).
    window.reset();
    opened.value().reset();
    if (const core::Status applied = restore->apply(); !applied)
        return fail(QCoreApplication::translate("main",
                                                "The restored backup could not replace the "
                                                "practice file."),
                    applied.error());
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            QCoreApplication::arguments().mid(1));
    return 0;
}
