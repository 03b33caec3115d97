// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test: starts crash_writer on one practice file again and again and kills it with
// SIGKILL at a random moment each time (while it starts, opens the file or writes). Afterwards
// every client it acknowledged must be in the file with the name it was given, and the file must
// pass the integrity, foreign-key and audit-chain checks. Prints the figures; exits 0 only when
// nothing acknowledged was lost.
// Usage: crash_driver PATH/TO/crash_writer [KILLS [SEED]]

#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <random>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace stillpoint;

namespace {

struct Run
{
    QByteArray output; // everything the writer wrote before it died
    bool killed = false; // died of our SIGKILL (not of its own accord)
    int exitCode = 0;
};

// Starts the writer, lets it run `delayMs` and kills it; collects what it acknowledged.
Run runAndKill(const QByteArray &writer, const QByteArray &practice, const QByteArray &tag,
               const QByteArray &errorLog, int delayMs)
{
    Run run;
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        std::perror("pipe");
        std::exit(2);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorLog.constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    char *const arguments[] = { const_cast<char *>(writer.constData()),
                                const_cast<char *>(practice.constData()),
                                const_cast<char *>(tag.constData()), nullptr };
    pid_t pid = 0;
    if (posix_spawn(&pid, writer.constData(), &actions, nullptr, arguments, environ) != 0) {
        std::perror("posix_spawn");
        std::exit(2);
    }
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);

    QElapsedTimer clock;
    clock.start();
    char buffer[4096];
    bool open = true;
    while (open && clock.elapsed() < delayMs) {
        pollfd readable{ pipeFds[0], POLLIN, 0 };
        const int waitMs = static_cast<int>(delayMs - clock.elapsed());
        if (::poll(&readable, 1, waitMs > 0 ? waitMs : 0) > 0) {
            const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
            if (n > 0)
                run.output.append(buffer, n);
            else
                open = false; // the writer ended by itself
        }
    }
    ::kill(pid, SIGKILL);
    // What it wrote before the signal is still in the pipe.
    for (;;) {
        const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
        if (n > 0)
            run.output.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: crash_driver PATH/TO/crash_writer [KILLS [SEED]]\n", stderr);
        return 2;
    }
    const QByteArray writer = argv[1];
    const int kills = argc > 2 ? std::atoi(argv[2]) : 120;
    const auto seed = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10))
                               : std::random_device{}();
    std::mt19937 random(seed);
    // Mostly while writing, sometimes while the process starts or opens the file.
    std::uniform_int_distribution<int> delayMs(0, 90);

    QTemporaryDir dir;
    const QString practice = dir.filePath(QStringLiteral("practice.stillpoint"));
    {
        auto created = core::Database::open(practice);
        if (!created
            || !core::DemoPractice::ensureDemoUsers(*created.value(),
                                                    core::SystemClock::instance())) {
            std::fputs("crash_driver: could not create the practice file\n", stderr);
            return 2;
        }
    }

    QElapsedTimer elapsed;
    elapsed.start();
    QHash<qint64, QByteArray> acknowledged;
    int signalled = 0;
    int killedWhileWriting = 0;
    QStringList problems;
    const QByteArray errorLog = dir.filePath(QStringLiteral("writer-errors.log")).toLocal8Bit();
    for (int round = 0; round < kills; ++round) {
        const QByteArray tag = "R" + QByteArray::number(round);
        const Run run = runAndKill(writer, practice.toLocal8Bit(), tag, errorLog, delayMs(random));
        if (run.killed)
            ++signalled;
        else
            problems << QStringLiteral("round %1: the writer exited with code %2 instead of "
                                       "being killed (see its errors below)")
                                .arg(round)
                                .arg(run.exitCode);
        const QList<QByteArray> lines = run.output.split('\n');
        // The last piece has no newline: a line cut off mid-write was never acknowledged.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const qsizetype space = lines.at(i).indexOf(' ');
            acknowledged.insert(lines.at(i).left(space).toLongLong(), lines.at(i).mid(space + 1));
        }
        if (lines.size() > 1)
            ++killedWhileWriting;
    }

    auto opened = core::Database::open(practice, core::Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "crash_driver: the practice file does not open: %s\n",
                     qPrintable(opened.error().message));
        return 1;
    }
    core::Database &database = *opened.value();
    const core::IntegrityReport integrity = database.check();
    const auto chain = core::AuditTrail(database).verify();
    core::ClientRepository clients(database);
    int lost = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto found = clients.find(it.key());
        if (!found || found->familyName.toUtf8() != it.value()) {
            ++lost;
            if (lost <= 10)
                problems << QStringLiteral("acknowledged client %1 (%2) is missing")
                                    .arg(it.key())
                                    .arg(QString::fromUtf8(it.value()));
        }
    }
    core::ClientQuery everyone;
    everyone.includeArchived = true;
    everyone.limit = 1'000'000;
    const auto stored = clients.count(everyone);

    std::printf("crash test (seed %u): %d kills with SIGKILL (%d after at least one acknowledged "
                "write), %lld acknowledged writes, %lld clients in the file, lost %d; "
                "integrity and foreign keys: %s; audit chain: %s; %.1f s\n",
                seed, signalled, killedWhileWriting, static_cast<long long>(acknowledged.size()),
                static_cast<long long>(stored ? stored.value() : -1), lost,
                integrity.ok() ? "ok" : qPrintable(integrity.problems.join(QStringLiteral("; "))),
                chain && chain->ok() ? "ok" : "BROKEN",
                static_cast<double>(elapsed.elapsed()) / 1000.0);
    for (const QString &problem : std::as_const(problems))
        std::printf("problem: %s\n", qPrintable(problem));
    if (!problems.isEmpty()) {
        QFile log(QString::fromLocal8Bit(errorLog));
        if (log.open(QIODevice::ReadOnly))
            std::printf("writer errors:\n%s\n", log.readAll().constData());
    }
    const bool passed = lost == 0 && integrity.ok() && chain && chain->ok() && problems.isEmpty()
            && signalled >= kills && !acknowledged.isEmpty();
    std::fflush(stdout);
    return passed ? 0 : 1;
}
