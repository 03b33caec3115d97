// SPDX-License-Identifier: GPL-3.0-or-later
// The hot queries (what the app runs on every keystroke and click) must be answered through an
// index, or a large practice becomes slow without anyone noticing: a dropped or unusable index
// fails here. The SQL is not copied from the repositories: the test records every statement
// SQLite prepares while core's services do the work (sqlite3_trace_v2 on the connection Qt
// holds), then asks SQLite for each one's plan (EXPLAIN QUERY PLAN).
#include "core/clients/ClientService.h"
#include "core/demo/LargePractice.h"
#include "core/notes/NoteService.h"
#include "core/outcomes/DiaryService.h"
#include "core/schedule/AppointmentRepository.h"
#include "core/schedule/AppointmentService.h"
#include "core/security/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QLibrary>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <functional>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// The few SQLite C functions needed, taken from the library Qt's driver already loaded (the
// tests do not link SQLite themselves).
using TraceCallback = int (*)(unsigned, void *, void *, void *);
using TraceV2 = int (*)(void *, unsigned, TraceCallback, void *);
constexpr unsigned TraceStatement = 0x01; // SQLITE_TRACE_STMT

// Every statement a piece of work prepares and runs, as SQL text.
class StatementRecorder
{
public:
    explicit StatementRecorder(Database &database) : m_database(database)
    {
        QLibrary sqlite(QStringLiteral("sqlite3"), 0);
        m_trace = reinterpret_cast<TraceV2>(sqlite.resolve("sqlite3_trace_v2"));
        const QVariant handle = database.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<void *const *>(handle.constData());
    }
    bool ready() const { return m_trace != nullptr && m_handle != nullptr; }

    QStringList record(const std::function<void()> &work)
    {
        m_statements.clear();
        m_trace(m_handle, TraceStatement, &StatementRecorder::onStatement, this);
        work();
        m_trace(m_handle, 0, nullptr, nullptr);
        return m_statements;
    }

private:
    static int onStatement(unsigned, void *context, void *, void *sql)
    {
        const QString text = QString::fromUtf8(static_cast<const char *>(sql)).trimmed();
        // Statements inside triggers arrive as "-- comment" lines; the trigger's own statement
        // is recorded by itself.
        if (!text.startsWith(QLatin1String("--")))
            static_cast<StatementRecorder *>(context)->m_statements << text;
        return 0;
    }

    Database &m_database;
    TraceV2 m_trace = nullptr;
    void *m_handle = nullptr;
    QStringList m_statements;
};

const QStringList &bigTables()
{
    static const QStringList tables{
        QStringLiteral("clients"),       QStringLiteral("appointments"),
        QStringLiteral("session_notes"), QStringLiteral("diary_entries"),
        QStringLiteral("audit_log"),     QStringLiteral("intakes"),
    };
    return tables;
}

// Every step of the plan SQLite chooses for `sql`, as text.
QStringList planOf(Database &database, const QString &sql)
{
    // Qt hands SQLite its placeholders as ":0", ":1" …; a plan needs no values, so each becomes
    // NULL (a digit before the colon is a time literal such as '08:00', left alone).
    static const QRegularExpression placeholder(QStringLiteral("(?<![\\w'])(:\\d+|\\?)"));
    QString unbound = sql;
    unbound.replace(placeholder, QStringLiteral("NULL"));
    QSqlQuery plan(database.connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + unbound));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps;
}

// The plan's steps that read a whole big table row by row ("SCAN clients"), without an index.
QStringList fullScans(Database &database, const QString &sql)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
    QStringList scans;
    for (const QString &detail : planOf(database, sql)) {
        const auto match = scan.match(detail);
        if (match.hasMatch() && bigTables().contains(match.captured(1))
            && !detail.contains(QLatin1String("USING INDEX"))
            && !detail.contains(QLatin1String("USING COVERING INDEX"))
            && !detail.contains(QLatin1String("USING INTEGER PRIMARY KEY")))
            scans << detail;
    }
    return scans;
}

// Checks every read among `statements` and returns how many read one of `tables`.
int checkReads(Database &database, const QStringList &statements, const QString &table)
{
    int reads = 0;
    for (const QString &sql : statements) {
        if (!sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
            && !sql.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            continue;
        // The audit trail's newest row, read before each append, walks the table's own key
        // from its end and stops at the first row: a scan in the plan, one row in fact.
        if (sql.endsWith(QLatin1String("ORDER BY id DESC LIMIT 1")))
            continue;
        INFO(sql.toStdString());
        CHECK(fullScans(database, sql) == QStringList());
        if (sql.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(table))))
            ++reads;
    }
    return reads;
}

} // namespace

TEST_CASE("the hot queries are answered through indexes", "[queryplan][performance]")
{
    test::TestDatabase t;
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc()));
    LargePracticeSize size;
    size.clients = 40;
    size.therapists = 2;
    size.years = 1;
    size.appointments = 300;
    size.notes = 60;
    size.diaryEntries = 1000; // the showcase client's two years, up to today
    size.auditRows = 50;
    REQUIRE(LargePractice::populate(t.db(), size, clock).ok());
    const qint64 client = LargePractice::busiestClient(t.db()).value();
    const Session owner{ 1, QStringLiteral("owner"), QString(), Role::Owner, clock.nowUtc() };

    StatementRecorder recorder(t.db());
    REQUIRE(recorder.ready());
    // Blocks rather than sections: sections would generate the practice again for each.

    // Client search per keystroke: the booking dialog's (by relevance) and the client list's
    // (by name, with its count that stops early).
    {
        const ClientService clients(t.db(), clock);
        for (const QString &typed : { QStringLiteral("m"), QStringLiteral("martin") }) {
            for (const auto sort : { ClientQuery::Sort::Relevance, ClientQuery::Sort::Name }) {
                ClientQuery query;
                query.text = typed;
                query.sort = sort;
                query.limit = 20;
                const QStringList run = recorder.record([&] {
                    REQUIRE(clients.search(owner, query));
                    REQUIRE(clients.count(owner, query, 1001));
                    REQUIRE(clients.listPage(owner, query, 1000));
                });
                CHECK(checkReads(t.db(), run, QStringLiteral("clients")) >= 1);
                // Words of three or more letters are looked up in the trigram index.
                CHECK(run.filter(QStringLiteral("clients_fts MATCH")).isEmpty()
                      == (typed.size() < 3));
            }
        }
        // The relevance search's best rows (names starting with the text) come from a range on
        // the folded names, not from reading every client.
        ClientQuery relevance;
        relevance.text = QStringLiteral("m");
        const QStringList prefix =
                recorder.record([&] { REQUIRE(clients.search(owner, relevance)); })
                        .filter(QStringLiteral("search_name >= "));
        REQUIRE(prefix.size() == 1);
        CHECK(planOf(t.db(), prefix.constFirst())
                      .filter(QStringLiteral("search_name>? AND search_name<?"))
                      .size()
              == 1);
        // The name-sorted list walks clients_by_name in order and stops at a full page: no
        // sorting of every match first.
        ClientQuery byName;
        byName.text = QStringLiteral("m");
        byName.sort = ClientQuery::Sort::Name;
        const QStringList listed = recorder.record([&] { REQUIRE(clients.search(owner, byName)); });
        REQUIRE(listed.size() >= 1);
        const QStringList steps = planOf(t.db(), listed.constLast());
        INFO(steps.join(QStringLiteral(" / ")).toStdString());
        CHECK(steps.filter(QStringLiteral("clients_by_name")).size() == 1);
        CHECK(steps.filter(QStringLiteral("TEMP B-TREE")).isEmpty());
    }
    // Week view appointments by time.
    {
        const AppointmentService appointments(t.db(), clock);
        const QDateTime monday(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc());
        const CalendarQuery week{ monday, monday.addDays(7), {}, {}, false };
        const QStringList run =
                recorder.record([&] { REQUIRE(appointments.calendar(owner, week)->size() > 0); });
        CHECK(checkReads(t.db(), run, QStringLiteral("appointments")) >= 1);
    }
    // Conflict check when booking.
    {
        const AppointmentRepository repository(t.db(), clock);
        Appointment proposed;
        proposed.therapistId = 1;
        proposed.roomId = 1;
        proposed.timeZoneId = QStringLiteral("America/Los_Angeles");
        proposed.startUtc = QDateTime(QDate(2026, 11, 25), QTime(17, 0), QTimeZone::utc());
        proposed.endUtc = proposed.startUtc.addSecs(2400);
        proposed.bufferEndUtc = proposed.startUtc.addSecs(2700);
        const QStringList run = recorder.record([&] { REQUIRE(repository.conflicts(proposed)); });
        CHECK(checkReads(t.db(), run, QStringLiteral("appointments")) >= 1);
    }
    // Diary by client and date.
    {
        const DiaryService diary(t.db(), clock);
        const QStringList run = recorder.record([&] {
            REQUIRE(diary.entries(owner, client, clock.today().addDays(-90), clock.today())->size()
                    > 0);
        });
        CHECK(checkReads(t.db(), run, QStringLiteral("diary_entries")) >= 1);
    }
    // Notes by client.
    {
        const NoteService notes(t.db(), clock);
        const QStringList run = recorder.record([&] { REQUIRE(notes.history(owner, client)); });
        CHECK(checkReads(t.db(), run, QStringLiteral("session_notes")) >= 1);
    }
    // Audit by time.
    {
        const AuditLog audit(t.db(), clock);
        AuditFilter filter;
        filter.fromUtc = clock.nowUtc().addDays(-30);
        filter.toUtc = clock.nowUtc();
        filter.limit = 100;
        const QStringList run =
                recorder.record([&] { REQUIRE(audit.entries(owner, filter)->size() > 0); });
        CHECK(checkReads(t.db(), run, QStringLiteral("audit_log")) >= 1);
    }
    // A query that reads a whole big table is caught.
    {
        // The check itself must be able to fail: a search on an unindexed column.
        CHECK(fullScans(t.db(), QStringLiteral("SELECT id FROM clients WHERE email = ?"))
              != QStringList());
    }
}
