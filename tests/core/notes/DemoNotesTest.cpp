// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoNotes.h"
#include "core/demo/DemoPractice.h"
#include "core/notes/NoteRepository.h"
#include "core/notes/NoteService.h"
#include "core/notes/NoteValidator.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDateTime demoNow(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc());

struct DemoFile
{
    test::TestDatabase t;
    FixedClock clock{ demoNow };
    Session therapist;
    qint64 elapsedMs = 0;

    explicit DemoFile(int clients = 120)
    {
        REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value());
        QElapsedTimer timer;
        timer.start();
        auto added = DemoPractice::populate(t.db(), clients, clock);
        elapsedMs = timer.elapsed();
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(QStringLiteral(
                "SELECT id, username, display_name FROM users WHERE username = 'therapist'")));
        REQUIRE(query.next());
        therapist = Session{ query.value(0).toLongLong(),
                             query.value(1).toString(),
                             query.value(2).toString(),
                             Role::Therapist,
                             {} };
    }

    int scalar(const QString &sql)
    {
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    QList<qint64> ids(const QString &sql)
    {
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(sql));
        QList<qint64> list;
        while (query.next())
            list << query.value(0).toLongLong();
        return list;
    }
};

} // namespace

TEST_CASE("the demo practice has months of signed notes per client, one open draft and two "
          "templates",
          "[notes][demo]")
{
    DemoFile demo;
    const int notes = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM session_notes"));
    const int signedNotes = demo.scalar(
            QStringLiteral("SELECT COUNT(*) FROM session_notes WHERE status = 'signed'"));
    CHECK(notes > 300);
    CHECK(signedNotes == notes - 1);
    CHECK(demo.scalar(QStringLiteral("SELECT COUNT(*) FROM session_notes WHERE status = "
                                     "'draft'"))
          == 1);
    CHECK(demo.scalar(QStringLiteral("SELECT COUNT(*) FROM note_addenda")) > 3);
    CHECK(demo.scalar(QStringLiteral("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM "
                                     "session_notes GROUP BY client_id)"))
          == DemoNotes::MaxNotesPerClient);
    // Several months per client, for most of those who come.
    CHECK(demo.scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM (SELECT client_id FROM session_notes GROUP BY client_id "
                  "HAVING julianday(MAX(session_date)) - julianday(MIN(session_date)) >= 90)"))
          > 30);
    // Every note is for a completed visit, written by that visit's therapist, on its date.
    CHECK(demo.scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM session_notes n JOIN appointments a ON a.id = "
                  "n.appointment_id JOIN therapists t ON t.id = a.therapist_id WHERE "
                  "a.status = 'completed' AND a.client_id = n.client_id AND "
                  "n.created_by_user_id = t.user_id AND n.session_date = substr(a.local_start, "
                  "1, 10) AND (n.status = 'draft' OR n.signed_by_user_id = t.user_id)"))
          == notes);

    NoteService service(demo.t.db(), demo.clock);
    const auto templates = service.templates(demo.therapist).value();
    REQUIRE(templates.size() == 2);
    CHECK(templates.at(0).name == QStringLiteral("Initial migraine assessment 90 min"));
    CHECK(templates.at(1).name == QStringLiteral("Migraine follow-up 60 min"));

    // Each signed note would pass the checks for signing, with two to six marks.
    NoteRepository repository(demo.t.db(), demo.clock);
    for (qint64 clientId : demo.ids(QStringLiteral(
                 "SELECT DISTINCT client_id FROM session_notes ORDER BY client_id LIMIT 25"))) {
        const auto list =
                repository.signedBetween(clientId, QDate(2000, 1, 1), QDate(2100, 1, 1)).value();
        for (const SessionNote &note : list) {
            INFO("note " << note.id);
            const QList<Error> problems = NoteValidator::problemsForSigning(note);
            CHECK(problems.isEmpty());
            if (!problems.isEmpty())
                INFO(problems.constFirst().message.toStdString());
            CHECK(note.content.marks.size() >= 2);
            CHECK(note.content.marks.size() <= 6);
            CHECK(note.content.assessment.painAfter <= note.content.subjective.painBefore);
            CHECK_FALSE(note.content.objective.techniques.isEmpty());
            CHECK(note.signedAtUtc <= demoNow);
            for (const NoteAddendum &addendum : note.addenda)
                CHECK(addendum.createdAtUtc > note.signedAtUtc);
        }
    }
}

TEST_CASE("demo marks drift down over the months for clients who respond, and move a little",
          "[notes][demo]")
{
    DemoFile demo;
    NoteRepository repository(demo.t.db(), demo.clock);
    int improving = 0;
    int level = 0;
    int moved = 0;
    for (qint64 clientId : demo.ids(QStringLiteral(
                 "SELECT client_id FROM session_notes WHERE status = 'signed' GROUP BY client_id "
                 "HAVING COUNT(*) >= 6"))) {
        const auto list =
                repository.signedBetween(clientId, QDate(2000, 1, 1), QDate(2100, 1, 1)).value();
        const auto total = [](const SessionNote &note) {
            int sum = 0;
            for (const BodyMark &mark : note.content.marks) {
                if (mark.muscle == QLatin1String("upper_trapezius")
                    || mark.muscle == QLatin1String("suboccipitals"))
                    sum += mark.intensity;
            }
            return sum;
        };
        const int first = total(list.constFirst());
        const int last = total(list.constLast());
        if (last <= first - 4)
            ++improving;
        else if (qAbs(last - first) <= 3)
            ++level;
        const BodyMark &a = list.at(0).content.marks.constFirst();
        const BodyMark &b = list.at(1).content.marks.constFirst();
        if (a.muscle == b.muscle && (a.x != b.x || a.y != b.y) && qAbs(a.x - b.x) < 0.05
            && qAbs(a.y - b.y) < 0.05)
            ++moved;
    }
    CHECK(improving > 5);
    CHECK(level > 2);
    CHECK(moved > 5);
}

TEST_CASE("the demo notes come from the seed, skip clients a red flag still blocks and start "
          "after a cleared one",
          "[notes][demo]")
{
    DemoFile a;
    DemoFile b;
    const QString everything = QStringLiteral(
            "SELECT group_concat(client_id || session_date || status || content || "
            "IFNULL(signed_at, ''), '|') FROM (SELECT * FROM session_notes ORDER BY id)");
    QSqlQuery qa(a.t.db().connection());
    QSqlQuery qb(b.t.db().connection());
    REQUIRE(qa.exec(everything));
    REQUIRE(qb.exec(everything));
    REQUIRE(qa.next());
    REQUIRE(qb.next());
    CHECK(qa.value(0).toString() == qb.value(0).toString());

    CHECK(a.scalar(QStringLiteral("SELECT COUNT(*) FROM session_notes n JOIN red_flag_alerts r "
                                  "ON r.client_id = n.client_id WHERE r.cleared_at IS NULL"))
          == 0);
    CHECK(a.scalar(QStringLiteral("SELECT COUNT(*) FROM session_notes n JOIN appointments ap ON "
                                  "ap.id = n.appointment_id JOIN red_flag_alerts r ON "
                                  "r.client_id = n.client_id WHERE ap.start_utc <= "
                                  "r.cleared_at"))
          == 0);

    // Populating again writes nothing new: every client with completed visits has notes.
    CHECK(DemoNotes::populateIfNone(a.t.db(), a.clock, DemoPractice::DefaultSeed).value() == 0);
    CHECK(DemoNotes::populate(a.t.db(), a.clock, DemoPractice::DefaultSeed).value() == 0);
    AuditFilter demoRows;
    demoRows.operation = QStringLiteral("demo.create");
    int noteRows = 0;
    for (const AuditEntry &entry : AuditTrail(a.t.db(), a.clock).entries(demoRows).value())
        noteRows += entry.event.detail.endsWith(QLatin1String("demo session notes")) ? 1 : 0;
    CHECK(noteRows == 1);
}

TEST_CASE("a practice without a schedule gets no demo notes", "[notes][demo]")
{
    test::TestDatabase t;
    FixedClock clock(demoNow);
    CHECK(DemoNotes::populate(t.db(), clock, 1).value() == 0);
    CHECK(DemoNotes::populateIfNone(t.db(), clock, 1).value() == 0);
}
