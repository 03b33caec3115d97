// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeDocument.h"

#include "core/assess/QuestionnaireLoader.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

QuestionnaireAdministration administration(const char *id, const QDate &date,
                                           const QuestionnaireAnswers &answers)
{
    QuestionnaireAdministration given;
    given.clientId = 1;
    given.questionnaireId = QString::fromLatin1(id);
    given.date = date;
    given.answers = answers;
    const auto definition = QuestionnaireLoader::builtIn(given.questionnaireId);
    REQUIRE(definition.ok());
    if (const auto score = QuestionnaireScorer::score(definition.value(), answers))
        given.score = score.value();
    return given;
}

QuestionnaireAnswers midas(int a, int b, int c, int d, int e)
{
    return { { QStringLiteral("1"), a },
             { QStringLiteral("2"), b },
             { QStringLiteral("3"), c },
             { QStringLiteral("4"), d },
             { QStringLiteral("5"), e } };
}

QuestionnaireAnswers hit6(int choice)
{
    QuestionnaireAnswers answers;
    for (int item = 1; item <= 6; ++item)
        answers.insert(QString::number(item), choice);
    return answers;
}

ReferralLetterData letterData()
{
    ReferralLetterData data;
    data.practiceName = QStringLiteral("Stillpoint Massage");
    data.therapistName = QStringLiteral("Alex Reed, RMT");
    data.date = QDate(2026, 3, 5);

    data.client.id = 1;
    data.client.givenName = QStringLiteral("Zoë");
    data.client.familyName = QStringLiteral("Martin");
    data.client.dateOfBirth = QDate(1968, 5, 17);
    data.client.physician = { QStringLiteral("Dr Ada Okafor"),
                              QStringLiteral("Riverside Family Practice"),
                              QStringLiteral("555-0100") };

    Intake &intake = data.intake;
    intake.id = 10;
    intake.clientId = 1;
    intake.version = 1;
    intake.status = IntakeStatus::Signed;
    intake.intakeDate = QDate(2026, 3, 3);
    MigraineHistory &migraine = intake.migraine;
    migraine.onsetAge = 52;
    migraine.attacksPerMonth = 6;
    migraine.headacheDaysPerMonth = 12;
    migraine.typicalDurationHours = 8.0;
    migraine.peakIntensity = 8;
    migraine.auraReported = Answer::No;
    migraine.physicianDiagnosis = QStringLiteral("Diagnosed with migraine in 2024");
    migraine.acuteMedications = { { QStringLiteral("Sumatriptan"), AcuteMedicationKind::Triptan,
                                    9 } };
    intake.redFlags = {
        { QStringLiteral("systemic"), Answer::No, {} },
        { QStringLiteral("sudden-onset"), Answer::No, {} },
        { QStringLiteral("onset-after-50"), Answer::Yes, QStringLiteral("First headaches at 52") },
        { QStringLiteral("pattern-change"), Answer::Yes,
          QStringLiteral("Much worse since January") },
    };

    // MIDAS 24 (grade IV), an incomplete MIDAS, then HIT-6 all "Very often" = 66 (severe impact).
    data.scores = {
        administration("midas", QDate(2026, 1, 10), midas(5, 5, 5, 5, 4)),
        administration("midas", QDate(2026, 2, 1), { { QStringLiteral("1"), 2 } }),
        administration("hit6", QDate(2026, 3, 3), hit6(3)),
    };
    return data;
}

} // namespace

TEST_CASE("Referral letter is addressed to the client's physician", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("Dr Ada Okafor")));
    CHECK(html.contains(QStringLiteral("Riverside Family Practice")));
    CHECK(html.contains(QStringLiteral("555-0100")));
    CHECK(html.contains(QStringLiteral("Dear Dr Ada Okafor,")));
    CHECK(html.contains(QStringLiteral("5 March 2026")));
    CHECK(html.contains(QStringLiteral("Stillpoint Massage")));
}

TEST_CASE("Referral letter without a physician on file says Dear Doctor", "[intake][letter]")
{
    ReferralLetterData data = letterData();
    data.client.physician = {};
    const QString html = ReferralLetter::html(data);
    CHECK(html.contains(QStringLiteral("Dear Doctor,")));
    CHECK(html.contains(QStringLiteral("The client's physician")));
}

TEST_CASE("Referral letter names the client and date of birth", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("Zoë Martin")));
    CHECK(html.contains(QStringLiteral("born 17 May 1968")));
}

TEST_CASE("Referral letter lists the red flags answered yes with notes", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("Onset after age 50")));
    CHECK(html.contains(QStringLiteral("First headaches at 52")));
    CHECK(html.contains(QStringLiteral("Pattern change or steadily worse")));
    CHECK(html.contains(QStringLiteral("Much worse since January")));
    // Questions answered no are not listed.
    CHECK_FALSE(html.contains(QStringLiteral("Systemic signs")));
    CHECK_FALSE(html.contains(QStringLiteral("Sudden onset")));
}

TEST_CASE("Referral letter summarises the migraine history", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("<td align=\"left\" valign=\"top\">52</td>")));
    CHECK(html.contains(QStringLiteral("8 hours")));
    CHECK(html.contains(QStringLiteral("8 of 10")));
    CHECK(html.contains(QStringLiteral("Sumatriptan (triptan): 9 days a month")));
}

TEST_CASE("Referral letter shows scores with dates totals and grades", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("10 January 2026")));
    CHECK(html.contains(QStringLiteral("24 (possible 0 to 450)")));
    CHECK(html.contains(QStringLiteral("Grade IV: Severe disability")));
    CHECK(html.contains(QStringLiteral("1 February 2026")));
    CHECK(html.contains(QStringLiteral("incomplete")));
    CHECK(html.contains(QStringLiteral("66 (possible 36 to 78)")));
    CHECK(html.contains(QStringLiteral("Severe impact")));
    CHECK(html.contains(QStringLiteral(">MIDAS<")));
    CHECK(html.contains(QStringLiteral(">HIT-6<")));
    // Oldest first, as given.
    CHECK(html.indexOf(QStringLiteral("10 January 2026"))
          < html.indexOf(QStringLiteral("1 February 2026")));
}

TEST_CASE("Referral letter includes the checklist outcomes with the disclaimer", "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("Reported history for a physician to review. This is not "
                                       "a diagnosis.")));
    CHECK(html.contains(QStringLiteral("1.1 Migraine without aura: ")));
    CHECK(html.contains(QStringLiteral("1.2 Migraine with aura: Criteria not met")));
    CHECK(html.contains(QStringLiteral("1.3 Chronic migraine: ")));
}

TEST_CASE("Referral letter asks for assessment before massage continues and is signed",
          "[intake][letter]")
{
    const QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("I would be grateful if you could assess Zoë Martin "
                                       "before massage treatment continues")));
    CHECK(html.contains(QStringLiteral("Yours sincerely,")));
    CHECK(html.contains(QStringLiteral("Alex Reed, RMT")));
}

TEST_CASE("Referral letter escapes text from users", "[intake][letter]")
{
    ReferralLetterData data = letterData();
    data.client.givenName = QStringLiteral("<script>alert(1)</script>");
    data.client.physician.name = QStringLiteral("Dr <b>Bold</b>");
    data.intake.redFlags[2].note = QStringLiteral("<img src=x onerror=alert(2)>");
    data.therapistName = QStringLiteral("A & B");
    const QString html = ReferralLetter::html(data);
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Bold</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK(html.contains(QStringLiteral("A &amp; B")));
}

TEST_CASE("Referral letter has no diagnosis wording except not a diagnosis", "[intake][letter]")
{
    QString html = ReferralLetter::html(letterData());
    CHECK(html.contains(QStringLiteral("not a diagnosis")));
    html.remove(QStringLiteral("not a diagnosis"), Qt::CaseInsensitive);
    CHECK_FALSE(html.contains(QStringLiteral("diagnos"), Qt::CaseInsensitive));
}

TEST_CASE("Referral letter with no scores on file says so", "[intake][letter]")
{
    ReferralLetterData data = letterData();
    data.scores.clear();
    CHECK(ReferralLetter::html(data).contains(QStringLiteral("No questionnaire results on file.")));
}
