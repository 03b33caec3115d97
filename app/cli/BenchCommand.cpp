// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BenchCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/clients/ClientService.h"
#include "core/demo/LargePractice.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/outcomes/DiaryService.h"
#include "core/outcomes/ProgressService.h"
#include "core/schedule/AppointmentService.h"
#include "core/security/AuditLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {

const QString RunsOption = u"runs"_s;

struct Figure
{
    QString operation;
    QList<double> milliseconds; // wall clock
    QList<double> cpuMilliseconds; // this process's processor time
    QString note;
};

// The processor time this process has used, in milliseconds. On a computer shared with other
// busy programs the wall-clock figures grow with the wait for a processor; this does not.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the runs at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

// Runs `once` `runs` times (after one untimed run that warms SQLite's page cache, as the app's
// own first use does); nullopt when a run fails.
std::optional<Figure> measure(const QString &operation, int runs,
                              const std::function<bool(int run)> &once)
{
    Figure figure{ operation, {}, {}, {} };
    if (!once(-1))
        return std::nullopt;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = cpuMilliseconds();
        timer.start();
        const bool ok = once(run);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const double cpu = cpuMilliseconds() - cpuBefore;
        if (!ok)
            return std::nullopt;
        figure.milliseconds << ms;
        figure.cpuMilliseconds << cpu;
    }
    return figure;
}

// A copy of the practice file (and its write-ahead log) beside it, removed when this goes.
class FileCopy
{
public:
    explicit FileCopy(const QString &source) : m_path(source + u".bench"_s)
    {
        remove();
        m_ok = QFile::copy(source, m_path);
        if (m_ok && QFileInfo::exists(source + u"-wal"_s))
            m_ok = QFile::copy(source + u"-wal"_s, m_path + u"-wal"_s);
    }
    ~FileCopy() { remove(); }
    FileCopy(const FileCopy &) = delete;
    FileCopy &operator=(const FileCopy &) = delete;
    bool ok() const { return m_ok; }
    const QString &path() const { return m_path; }

private:
    void remove() const
    {
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
            QFile::remove(m_path + suffix);
    }
    QString m_path;
    bool m_ok = false;
};

} // namespace

BenchCommand::BenchCommand()
    : Command(u"bench"_s, u"Time searches, charts, the week view and booking on a practice file."_s)
{ }

QString BenchCommand::description() const
{
    return u"Time what the desktop app asks for on every keystroke and click, through the same\n"
           u"services and access checks, signed in as --user (the owner): client search per\n"
           u"keystroke (1, 2, 3 and 6 letters; the client list's page and count, and the\n"
           u"booking dialog's 20 best matches), opening the chart of the client with the most\n"
           u"diary rows (client, intakes, red flags, notes, three months of diary, attendance),\n"
           u"the week view of all therapists, booking with the conflict check and its audit row\n"
           u"(into free Sunday slots), that client's progress figures over two years, and the\n"
           u"audit trail's verify, per 100,000 rows. Prints the median and the 95th percentile\n"
           u"in milliseconds. Works on a copy of the file (FILE.bench, removed afterwards), so\n"
           u"the practice file and its audit trail are left exactly as they were. Make a\n"
           u"practice to measure with \"demo --scale large\"."_s;
}

QList<QCommandLineOption> BenchCommand::options() const
{
    return { QCommandLineOption(
            RunsOption, u"How many timed runs of each (default %1)."_s.arg(DefaultRuns), u"N"_s) };
}

QString BenchCommand::syntax() const
{
    return u"[--runs N]"_s;
}

int BenchCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, u"takes no arguments, only --runs N."_s);
    if (!context.global.user)
        return userRequired(context);
    int runs = DefaultRuns;
    if (parser.isSet(RunsOption)) {
        const auto parsed = parseCount(context, RunsOption, parser.value(RunsOption), 1, MaxRuns);
        if (!parsed)
            return ExitCode::Usage;
        runs = *parsed;
    }

    const QString source = databasePath(context, core::Database::defaultPath());
    if (!QFileInfo::exists(source)) {
        context.errors() << programName() << ": " << source << " does not exist.\n";
        return ExitCode::Failure;
    }
    // Opening the original first refuses a file that is not a practice before copying it.
    if (!core::Database::open(source, core::Database::OpenMode::ExistingOnly))
        return failure(
                context,
                core::Database::open(source, core::Database::OpenMode::ExistingOnly).error());
    const FileCopy copy(source);
    if (!copy.ok()) {
        context.errors() << programName() << ": could not copy " << source << " to " << copy.path()
                         << ".\n";
        return ExitCode::Failure;
    }
    auto opened = core::Database::open(copy.path(), core::Database::OpenMode::ExistingOnly);
    if (!opened)
        return failure(context, opened.error());
    const auto user = SignedInUser::signIn(context, std::move(opened).value());
    if (!user)
        return ExitCode::Failure;
    core::Database &database = user->database();
    const core::Session &session = user->session();
    const core::Clock &clock = context.clock;

    const auto client = core::LargePractice::busiestClient(database);
    if (!client)
        return failure(context, client.error());
    const qint64 clientId = *client;

    core::ClientService clients(database, clock);
    core::IntakeService intakes(database, clock);
    core::NoteService notes(database, clock);
    core::DiaryService diary(database, clock);
    core::AppointmentService appointments(database, clock);
    core::ProgressService progress(database, clock);
    core::AuditLog audit(database, clock);

    QList<Figure> figures;
    bool failed = false;
    const auto add = [&figures, &failed](std::optional<Figure> figure, const QString &note = {}) {
        if (!figure) {
            failed = true;
            return;
        }
        figure->note = note;
        figures << *figure;
    };

    // Per keystroke, as the app asks: the client list reads its first page by name and counts
    // the matches up to its bound; the booking dialog lists the 20 best matches. "zq" matches
    // no one, the worst case for two letters (every client is read to find that out).
    for (const QString &typed : { u"m"_s, u"ma"_s, u"mar"_s, u"martin"_s, u"zq"_s }) {
        core::ClientQuery list;
        list.text = typed;
        list.sort = core::ClientQuery::Sort::Name;
        list.limit = 100;
        add(measure(u"client search, %1 letter%2 (\"%3\"): list"_s.arg(typed.size())
                            .arg(typed.size() == 1 ? QString() : u"s"_s, typed),
                    runs, [&](int) { return clients.listPage(session, list, 1000).ok(); }));
    }
    for (const QString &typed : { u"m"_s, u"ma"_s, u"mar"_s, u"martin"_s }) {
        core::ClientQuery booking;
        booking.text = typed;
        booking.limit = 20;
        add(measure(u"client search, %1 letter%2 (\"%3\"): booking"_s.arg(typed.size())
                            .arg(typed.size() == 1 ? QString() : u"s"_s, typed),
                    runs, [&](int) { return clients.search(session, booking).ok(); }));
    }

    const QDate today = clock.today();
    int noteCount = 0;
    int diaryRows = 0;
    auto chart = measure(u"open a client's chart"_s, runs, [&](int) {
        const auto found = clients.find(session, clientId);
        const auto history = intakes.history(session, clientId);
        const auto alerts = intakes.redFlagAlerts(session, clientId);
        const auto blocking = intakes.blockingAlert(session, clientId);
        const auto noteList = notes.history(session, clientId);
        const auto rows = diary.entries(session, clientId, today.addDays(-90), today);
        const auto attendance = appointments.attendance(session, clientId);
        noteCount = noteList ? static_cast<int>(noteList->size()) : 0;
        diaryRows = rows ? static_cast<int>(rows->size()) : 0;
        return found.ok() && history.ok() && alerts.ok() && blocking.ok() && noteList.ok()
                && rows.ok() && attendance.ok();
    });
    add(chart, u"%1 notes, %2 diary rows in 90 days"_s.arg(noteCount).arg(diaryRows));

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const core::CalendarQuery week{ QDateTime(monday, QTime(0, 0), QTimeZone::utc()),
                                    QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()),
                                    {},
                                    {},
                                    false };
    QList<core::CalendarItem> weekItems;
    auto weekView = measure(u"week view data, all therapists"_s, runs, [&](int) {
        auto items = appointments.calendar(session, week);
        if (items)
            weekItems = *items;
        return items.ok();
    });
    add(weekView, u"%1 appointments"_s.arg(weekItems.size()));

    // Sundays are outside everyone's working hours, so they are free: each run books the next
    // free hour of one therapist (the warning acknowledged, as the desk would), with the full
    // conflict check and its audit row.
    if (!weekItems.isEmpty()) {
        const QDate sunday = monday.addDays(6);
        const core::CalendarItem &like = weekItems.first();
        QString refusal;
        auto booking = measure(u"booking with conflict check and audit"_s, runs, [&](int run) {
            const int slot = run + 1;
            core::BookingRequest request;
            request.clientId = clientId;
            request.therapistId = like.therapistId;
            request.roomId = like.roomId;
            request.typeId = like.typeId;
            // 16:00 to 03:00 UTC: a Sunday's daytime in the Americas.
            request.startUtc =
                    QDateTime(sunday.addDays(7 * (slot / 12)), QTime(16, 0), QTimeZone::utc())
                            .addSecs(3600 * (slot % 12));
            request.acknowledgeWarnings = true;
            const auto outcome = appointments.book(session, request);
            if (!outcome)
                refusal = outcome.error().message;
            else if (!outcome->saved)
                refusal = u"not saved"_s;
            return outcome.ok() && outcome->saved;
        });
        if (!booking)
            context.errors() << programName() << ": booking: " << refusal << '\n';
        add(booking, u"free Sunday hours, on the copy"_s);
    }

    core::ProgressOptions twoYears;
    twoYears.from = today.addYears(-2);
    twoYears.to = today;
    int progressRows = 0;
    auto progressFigure = measure(u"progress statistics, two years"_s, runs, [&](int) {
        const auto computed = progress.clientProgress(session, clientId, twoYears);
        progressRows = computed ? computed->diaryRows : 0;
        return computed.ok();
    });
    add(progressFigure, u"%1 diary rows in all"_s.arg(progressRows));

    qint64 auditRows = 0;
    const int verifyRuns = qMin(runs, 5);
    auto verified = measure(u"audit verify, per 100,000 rows"_s, verifyRuns, [&](int) {
        const auto verification = audit.verify(session);
        if (verification)
            auditRows = verification->rowsChecked;
        return verification.ok() && verification->ok();
    });
    if (verified && auditRows > 0) {
        for (QList<double> *list : { &verified->milliseconds, &verified->cpuMilliseconds }) {
            for (double &ms : *list)
                ms = ms * 100000.0 / static_cast<double>(auditRows);
        }
    }
    add(verified, u"%1 rows, %2 runs"_s.arg(auditRows).arg(verifyRuns));

    context.out << "Benchmark of " << source << " (on a copy), " << runs
                << " runs each, signed in as " << session.username << ", client " << clientId
                << "\n\n";
    context.out << QStringLiteral("%1 %2 %3 %4  %5\n")
                           .arg(u"operation"_s, -44)
                           .arg(u"median ms"_s, 10)
                           .arg(u"p95 ms"_s, 10)
                           .arg(u"median CPU ms"_s, 14)
                           .arg(u"notes"_s);
    for (const Figure &figure : std::as_const(figures)) {
        context.out << QStringLiteral("%1 %2 %3 %4  %5\n")
                               .arg(figure.operation, -44)
                               .arg(percentile(figure.milliseconds, 0.5), 10, 'f', 2)
                               .arg(percentile(figure.milliseconds, 0.95), 10, 'f', 2)
                               .arg(percentile(figure.cpuMilliseconds, 0.5), 14, 'f', 2)
                               .arg(figure.note);
    }
    if (failed) {
        context.errors() << programName() << ": some operations failed and are left out.\n";
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace stillpoint::cli
