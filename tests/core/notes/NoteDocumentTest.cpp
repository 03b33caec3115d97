// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteDocument.h"
#include "tests/core/notes/NotePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

Client ines()
{
    Client client;
    client.givenName = QStringLiteral("Inés");
    client.familyName = QStringLiteral("Duarte");
    return client;
}

SessionNote signedSample()
{
    SessionNote note;
    note.id = 7;
    note.clientId = 1;
    note.sessionDate = QDate(2026, 3, 3);
    note.status = NoteStatus::Signed;
    note.content = test::NotePractice::sampleContent();
    note.createdBy = QStringLiteral("Theo Therapist");
    note.signedBy = QStringLiteral("Theo Therapist");
    note.signedAtUtc = QDateTime(QDate(2026, 3, 3), QTime(12, 0), QTimeZone::utc());
    return note;
}

} // namespace

TEST_CASE("a printed note names the client, date and therapist and lists S, O, A, P and the "
          "marks",
          "[notes][document]")
{
    const QString html = NoteDocument::html(signedSample(), ines(), QStringLiteral("Calm Hands"));
    CHECK(html.contains(QStringLiteral("Inés Duarte")));
    CHECK(html.contains(QStringLiteral("3 March 2026")));
    CHECK(html.contains(QStringLiteral("Signed by Theo Therapist")));
    CHECK(html.contains(QStringLiteral("Calm Hands")));
    for (const char *heading : { "Subjective", "Objective", "Assessment", "Plan", "Body chart" })
        CHECK(html.contains(QLatin1String(heading)));
    // The marks as a table: view, type, muscle, side, intensity, PPT, note.
    for (const char *column :
         { "View", "Type", "Muscle", "Side", "Intensity (0–10)", "PPT", "Note" })
        CHECK(html.contains(QStringLiteral("<th align=\"left\">") + QString::fromUtf8(column)
                            + QStringLiteral("</th>")));
    CHECK(html.contains(QStringLiteral("Upper trapezius")));
    CHECK(html.contains(QStringLiteral("Referred pain, spreading toward 45°")));
    CHECK(html.contains(QStringLiteral("2.4 kg/cm²")));
    CHECK(html.contains(QStringLiteral("Trigger point therapy")));
    CHECK(html.contains(QStringLiteral("Rotation left 62°")));
    CHECK_FALSE(html.contains(QStringLiteral("DRAFT")));

    SessionNote draft = signedSample();
    draft.status = NoteStatus::Draft;
    CHECK(NoteDocument::html(draft, ines(), QStringLiteral("Calm Hands"))
                  .contains(QStringLiteral("<b>DRAFT — not signed</b>")));
}

TEST_CASE("a printed note shows its addenda under the original, which reads as it was",
          "[notes][document]")
{
    SessionNote note = signedSample();
    const QString original = NoteDocument::html(note, ines(), QStringLiteral("Calm Hands"));
    note.addenda = { NoteAddendum{ 1, 7, QStringLiteral("Theo Therapist"),
                                   QDateTime(QDate(2026, 3, 4), QTime(9, 15), QTimeZone::utc()),
                                   QStringLiteral("Pain after was mistyped"),
                                   QStringLiteral("Pain after the session was 4, not 3.") } };
    const QString html = NoteDocument::html(note, ines(), QStringLiteral("Calm Hands"));
    const qsizetype plan = html.indexOf(QStringLiteral("<h3>Plan</h3>"));
    const qsizetype marks = html.indexOf(QStringLiteral("<h3>Body chart</h3>"));
    const qsizetype addendum = html.indexOf(QStringLiteral("Pain after the session was 4, not 3."));
    REQUIRE(plan > 0);
    REQUIRE(addendum > 0);
    CHECK(addendum > plan);
    CHECK(addendum > marks);
    CHECK(html.contains(QStringLiteral("Pain after was mistyped")));
    CHECK(html.contains(QStringLiteral("Addendum 1")));
    // Everything before the addenda is the original, unchanged.
    const qsizetype addenda = html.indexOf(QStringLiteral("<h3>Addenda</h3>"));
    REQUIRE(addenda > 0);
    CHECK(original.startsWith(html.left(addenda)));
}

TEST_CASE("text from the note is escaped, never read as HTML", "[notes][document]")
{
    SessionNote note = signedSample();
    note.content.subjective.clientReport =
            QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    note.content.marks[0].note = QStringLiteral("<img src=x>");
    note.addenda = { NoteAddendum{ 1,
                                   7,
                                   QStringLiteral("<i>Theo</i>"),
                                   {},
                                   QStringLiteral("<u>why</u>"),
                                   QStringLiteral("a\nb") } };
    Client client = ines();
    client.givenName = QStringLiteral("<Inés>");
    const QString html = NoteDocument::html(note, client, QStringLiteral("Calm & Co"));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<i>Theo")));
    CHECK_FALSE(html.contains(QStringLiteral("<u>why")));
    CHECK_FALSE(html.contains(QStringLiteral("<Inés>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                       "&lt;b&gt;bold&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral("Calm &amp; Co")));
    CHECK(html.contains(QStringLiteral("a<br>b")));
}

TEST_CASE("a client's notes in a date range print one after another, oldest first",
          "[notes][document]")
{
    SessionNote first = signedSample();
    SessionNote second = signedSample();
    second.id = 8;
    second.sessionDate = QDate(2026, 3, 17);
    second.content.assessment.response = QStringLiteral("Second visit response");
    const QString html =
            NoteDocument::rangeHtml({ first, second }, ines(), QStringLiteral("Calm Hands"),
                                    QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(html.contains(QStringLiteral("1 March 2026 to 31 March 2026")));
    CHECK(html.contains(QStringLiteral("2 signed notes")));
    const qsizetype a = html.indexOf(QStringLiteral("<h2>3 March 2026</h2>"));
    const qsizetype b = html.indexOf(QStringLiteral("<h2>17 March 2026</h2>"));
    REQUIRE(a > 0);
    CHECK(b > a);
    CHECK(html.indexOf(QStringLiteral("Second visit response")) > b);

    CHECK(NoteDocument::rangeHtml({}, ines(), QStringLiteral("Calm Hands"), QDate(2026, 3, 1),
                                  QDate(2026, 3, 31))
                  .contains(QStringLiteral("No signed notes in this period.")));
    CHECK(NoteDocument::techniqueLabel(
                  QStringLiteral("practice:3"),
                  { Technique{ QStringLiteral("practice:3"), QStringLiteral("Cupping") } })
          == QStringLiteral("Cupping"));
    CHECK(NoteDocument::techniqueLabel(QStringLiteral("Hot stones"))
          == QStringLiteral("Hot stones"));
}
