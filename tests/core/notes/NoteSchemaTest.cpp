// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteJson.h"
#include "core/storage/Database.h"
#include "tests/core/notes/NotePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDate tuesday(2026, 3, 3);

// Each statement must be refused by the database, with a reason that contains `because`.
void requireRefused(test::NotePractice &p, const QString &sql, const QString &because)
{
    INFO(sql.toStdString());
    QString error;
    CHECK_FALSE(p.execRaw(sql, &error));
    INFO(error.toStdString());
    CHECK(error.contains(because));
}

} // namespace

TEST_CASE("the database refuses any change to a signed note and to its addenda", "[notes][schema]")
{
    test::NotePractice p;
    const SessionNote note = p.signedNote(p.ines, tuesday);
    REQUIRE(p.notes.addAddendum(p.therapist, note.id, QStringLiteral("Mistyped"),
                                QStringLiteral("Pain after was 4"))
                    .ok());
    const QString before = p.rawRow(note.id);
    const QString id = QString::number(note.id);
    const QString locked = QStringLiteral("locked");
    // row_version moves on by one in each, so the refusal comes from the lock, not the version
    // check.
    const QString bump = QStringLiteral(", row_version = row_version + 1 WHERE id = ") + id;
    requireRefused(p, QStringLiteral("UPDATE session_notes SET content = '{\"format\":1}'") + bump,
                   locked);
    requireRefused(p, QStringLiteral("UPDATE session_notes SET status = 'draft'") + bump, locked);
    requireRefused(p, QStringLiteral("UPDATE session_notes SET status = 'discarded'") + bump,
                   locked);
    requireRefused(p, QStringLiteral("UPDATE session_notes SET signed_by = 'Someone else'") + bump,
                   locked);
    requireRefused(
            p, QStringLiteral("UPDATE session_notes SET signed_at = '2026-01-01T00:00:00Z'") + bump,
            locked);
    requireRefused(p, QStringLiteral("UPDATE session_notes SET session_date = '2026-03-04'") + bump,
                   locked);
    requireRefused(p, QStringLiteral("UPDATE session_notes SET updated_at = updated_at") + bump,
                   locked);
    requireRefused(p, QStringLiteral("DELETE FROM session_notes WHERE id = ") + id,
                   QStringLiteral("never deleted"));
    requireRefused(p, QStringLiteral("DELETE FROM session_notes"), QStringLiteral("never deleted"));
    requireRefused(p, QStringLiteral("UPDATE note_addenda SET text = 'Pain after was 2'"),
                   QStringLiteral("kept as written"));
    requireRefused(p, QStringLiteral("UPDATE note_addenda SET reason = reason"),
                   QStringLiteral("kept as written"));
    requireRefused(p, QStringLiteral("DELETE FROM note_addenda"),
                   QStringLiteral("kept as written"));
    CHECK(p.rawRow(note.id) == before);
    CHECK(p.notes.find(p.therapist, note.id)->addenda.size() == 1);
}

TEST_CASE("the database lets a draft change and become signed or discarded, then locks it",
          "[notes][schema]")
{
    test::NotePractice p;
    const SessionNote draft = p.notes.startForClient(p.therapist, p.ines, tuesday, false).value();
    const QString where = QStringLiteral(" WHERE id = ") + QString::number(draft.id);
    CHECK(p.execRaw(QStringLiteral("UPDATE session_notes SET session_date = '2026-03-04', "
                                   "row_version = row_version + 1")
                    + where));
    QString error;
    CHECK_FALSE(p.execRaw(QStringLiteral("UPDATE session_notes SET session_date = '2026-03-05'")
                                  + where,
                          &error));
    CHECK(error.contains(QStringLiteral("row_version")));
    // Signing needs a signer.
    CHECK_FALSE(p.execRaw(QStringLiteral("UPDATE session_notes SET status = 'signed', signed_at = "
                                         "'2026-03-04T12:00:00Z', row_version = row_version + 1")
                          + where));
    CHECK_FALSE(p.execRaw(QStringLiteral("UPDATE session_notes SET status = 'signed', signed_by = "
                                         "'Theo', row_version = row_version + 1")
                          + where));
    // An addendum to a draft is refused.
    CHECK_FALSE(p.execRaw(QStringLiteral("INSERT INTO note_addenda (note_id, author, created_at, "
                                         "reason, text) VALUES (%1, 'Theo', "
                                         "'2026-03-04T12:00:00Z', 'r', 't')")
                                  .arg(draft.id),
                          &error));
    CHECK(error.contains(QStringLiteral("signed notes only")));
    // A note of a visit must be the visit's client's.
    const Appointment visit = p.visit(p.jamal, QDate(2026, 3, 10), AppointmentStatus::Arrived);
    CHECK_FALSE(p.execRaw(QStringLiteral("INSERT INTO session_notes (client_id, appointment_id, "
                                         "status, content, created_at, updated_at) VALUES (%1, "
                                         "%2, 'draft', '{\"format\":1}', 'x', 'x')")
                                  .arg(p.ines)
                                  .arg(visit.id),
                          &error));
    CHECK(error.contains(QStringLiteral("client of that visit")));

    CHECK(p.execRaw(QStringLiteral("UPDATE session_notes SET status = 'discarded', row_version = "
                                   "row_version + 1")
                    + where));
    CHECK_FALSE(p.execRaw(QStringLiteral("UPDATE session_notes SET status = 'draft', row_version = "
                                         "row_version + 1")
                                  + where,
                          &error));
    CHECK(error.contains(QStringLiteral("locked")));
}

TEST_CASE("the database allows one open draft per visit and one per client without a visit",
          "[notes][schema]")
{
    test::NotePractice p;
    const Appointment visit = p.visit(p.ines, tuesday, AppointmentStatus::Arrived);
    const QString insert = QStringLiteral(
            "INSERT INTO session_notes (client_id, appointment_id, status, content, created_at, "
            "updated_at) VALUES (%1, %2, '%3', '{\"format\":1}', '2026-03-03T10:00:00Z', "
            "'2026-03-03T10:00:00Z')");
    const QString client = QString::number(p.ines);
    const QString visitId = QString::number(visit.id);
    const QString none = QStringLiteral("NULL");
    CHECK(p.execRaw(insert.arg(client, visitId, QStringLiteral("draft"))));
    CHECK_FALSE(p.execRaw(insert.arg(client, visitId, QStringLiteral("draft"))));
    CHECK(p.execRaw(insert.arg(client, none, QStringLiteral("draft"))));
    CHECK_FALSE(p.execRaw(insert.arg(client, none, QStringLiteral("draft"))));
    // Discarded drafts do not count.
    CHECK(p.execRaw(insert.arg(client, none, QStringLiteral("discarded"))));
    CHECK(p.execRaw(insert.arg(QString::number(p.jamal), none, QStringLiteral("draft"))));
}

TEST_CASE("an addendum leaves the signed note byte for byte as it was", "[notes][schema]")
{
    test::NotePractice p;
    const SessionNote note = p.signedNote(p.ines, tuesday);
    const QByteArray contentBefore = p.rawContent(note.id);
    const QString rowBefore = p.rawRow(note.id);
    REQUIRE_FALSE(contentBefore.isEmpty());
    CHECK(contentBefore == NoteJson::write(note.content));

    p.clock.advanceSeconds(86400);
    for (int i = 0; i < 3; ++i)
        REQUIRE(p.notes.addAddendum(i == 1 ? p.owner : p.therapist, note.id,
                                    QStringLiteral("Correction %1").arg(i),
                                    QStringLiteral("Addendum text %1").arg(i))
                        .ok());

    const QByteArray contentAfter = p.rawContent(note.id);
    CHECK(contentAfter.size() == contentBefore.size());
    CHECK(contentAfter == contentBefore);
    CHECK(p.rawRow(note.id) == rowBefore);
    const SessionNote stored = p.notes.find(p.therapist, note.id).value();
    CHECK(stored.content == note.content);
    CHECK(stored.signedAtUtc == note.signedAtUtc);
    CHECK(stored.updatedAtUtc == note.updatedAtUtc);
    CHECK(stored.rowVersion == note.rowVersion);
    CHECK(stored.addenda.size() == 3);
}
