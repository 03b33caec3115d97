// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeDocument.h"
#include "core/demo/DemoIntakes.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

namespace {

const QString Dash = QStringLiteral("—");

Client sampleClient()
{
    Client client;
    client.id = 1;
    client.givenName = QStringLiteral("Zoë");
    client.familyName = QStringLiteral("Martin");
    client.dateOfBirth = QDate(1980, 5, 17);
    return client;
}

Intake sampleIntake()
{
    Intake intake;
    intake.id = 10;
    intake.clientId = 1;
    intake.version = 2;
    intake.intakeDate = QDate(2026, 3, 3);

    intake.health.conditions = QStringLiteral("Asthma");
    intake.health.medications = { { QStringLiteral("Propranolol"), QStringLiteral("40 mg"),
                                    QStringLiteral("twice a day") } };
    intake.health.allergies = QStringLiteral("Almond oil");
    intake.health.pregnancy = Pregnancy::No;

    intake.contraindications = {
        { QStringLiteral("varicose-veins"), QStringLiteral("left calf") },
        { QStringLiteral("fever"), {} },
        { QStringLiteral("anticoagulants"), QStringLiteral("warfarin") },
    };

    MigraineHistory &migraine = intake.migraine;
    migraine.onsetAge = 14;
    migraine.attacksPerMonth = 4;
    migraine.headacheDaysPerMonth = 6;
    migraine.migraineLikeDaysPerMonth = 5;
    migraine.monthsWithThisPattern = 24;
    migraine.lifetimeAttacks = 300;
    migraine.typicalDurationHours = 12.0;
    migraine.peakIntensity = 7;
    migraine.locations = { QStringLiteral("one-side"), QStringLiteral("behind-eye") };
    migraine.qualities = { QStringLiteral("pulsating") };
    migraine.nausea = Answer::Yes;
    migraine.vomiting = Answer::No;
    migraine.lightSensitivity = Answer::Yes;
    migraine.soundSensitivity = Answer::Yes;
    migraine.worseWithActivity = Answer::Yes;
    migraine.auraReported = Answer::Yes;
    migraine.auraTypes = { QStringLiteral("visual") };
    migraine.auraAttacks = 20;
    migraine.auraDurationMinutes = 25;
    migraine.auraFullyReversible = Answer::Yes;
    migraine.auraSpreadsGradually = Answer::Yes;
    migraine.auraPositive = Answer::Yes;
    migraine.headacheWithinHourOfAura = Answer::Yes;
    migraine.acuteMedications = {
        { QStringLiteral("Sumatriptan"), AcuteMedicationKind::Triptan, 6 },
        { QStringLiteral("Ibuprofen"), AcuteMedicationKind::SimpleAnalgesic, std::nullopt }
    };
    migraine.whatHelps = { QStringLiteral("dark-room"), QStringLiteral("cold-pack") };

    intake.triggers = {
        { QStringLiteral("stress"), QStringLiteral("Stress"), TriggerRole::Trigger,
          Certainty::Sure },
        { QStringLiteral("neck-pain"), QStringLiteral("Neck pain"), TriggerRole::EarlyWarningSign,
          Certainty::Probably },
    };

    // MIDAS 3 + 4 + 2 + 2 + 1 = 12 (grade III); HIT-6 all "Sometimes" = 60 (severe impact).
    intake.questionnaires.insert(QStringLiteral("midas"),
                                 { { QStringLiteral("1"), 3 },
                                   { QStringLiteral("2"), 4 },
                                   { QStringLiteral("3"), 2 },
                                   { QStringLiteral("4"), 2 },
                                   { QStringLiteral("5"), 1 },
                                   { QStringLiteral("A"), 20 },
                                   { QStringLiteral("B"), 6 } });
    QuestionnaireAnswers hit6;
    for (int item = 1; item <= 6; ++item)
        hit6.insert(QString::number(item), 2);
    intake.questionnaires.insert(QStringLiteral("hit6"), hit6);

    intake.redFlags = {
        { QStringLiteral("systemic"), Answer::No, {} },
        { QStringLiteral("pattern-change"), Answer::Yes,
          QStringLiteral("Much worse since January") },
    };

    intake.consent.agreed = true;
    intake.consent.typedName = QStringLiteral("Zoë Martin");
    intake.consent.date = QDate(2026, 3, 3);
    intake.consent.signaturePng = QByteArray("\x89PNG\r\n\x1a\nSIGNATUREBYTES", 22);
    return intake;
}

IntakeLine lineFor(const QList<IntakeLine> &lines, const QString &section, const QString &label)
{
    for (const IntakeLine &line : lines) {
        if (line.section == section && line.label == label)
            return line;
    }
    FAIL("no line " << section.toStdString() << " / " << label.toStdString());
    return {};
}

QString valueOf(const Intake &intake, const char *section, const char *label)
{
    return lineFor(IntakeDocument::lines(intake), QString::fromUtf8(section),
                   QString::fromUtf8(label))
            .value;
}

const QStringList SectionOrder{
    QStringLiteral("Health history"),   QStringLiteral("Contraindications"),
    QStringLiteral("Migraine history"), QStringLiteral("Triggers"),
    QStringLiteral("Questionnaires"),   QStringLiteral("Red flags"),
    QStringLiteral("Consent"),
};

} // namespace

TEST_CASE("Intake lines cover every section in form order", "[intake][document]")
{
    for (const Intake &intake : { sampleIntake(), Intake{} }) {
        QStringList sections;
        for (const IntakeLine &line : IntakeDocument::lines(intake)) {
            if (sections.isEmpty() || sections.constLast() != line.section)
                sections << line.section;
        }
        CHECK(sections == SectionOrder);
    }
}

TEST_CASE("Unanswered intake fields read as a dash", "[intake][document]")
{
    const Intake empty;
    CHECK(valueOf(empty, "Health history", "Conditions") == Dash);
    CHECK(valueOf(empty, "Health history", "Pregnancy") == Dash);
    CHECK(valueOf(empty, "Migraine history", "Peak intensity (0–10)") == Dash);
    CHECK(valueOf(empty, "Migraine history", "Nausea") == Dash);
    CHECK(valueOf(empty, "Migraine history", "Location") == Dash);
    CHECK(valueOf(empty, "Red flags", "Sudden onset (thunderclap)") == Dash);
    CHECK(valueOf(empty, "Consent", "Date") == Dash);
    CHECK(valueOf(empty, "Consent", "Signature") == QStringLiteral("no signature"));
    CHECK(valueOf(empty, "Questionnaires", "Questionnaires") == QStringLiteral("None given"));
    CHECK(valueOf(empty, "Triggers", "Triggers") == QStringLiteral("None ticked"));
}

TEST_CASE("Health history shows medications on one line", "[intake][document]")
{
    Intake intake = sampleIntake();
    intake.health.medications << Medication{ QStringLiteral("Vitamin D"), QStringLiteral("1000 IU"),
                                             QStringLiteral("daily") };
    CHECK(valueOf(intake, "Health history", "Medications")
          == QStringLiteral("Propranolol 40 mg, twice a day; Vitamin D 1000 IU, daily"));
    CHECK(valueOf(intake, "Health history", "Allergies") == QStringLiteral("Almond oil"));
    CHECK(valueOf(intake, "Health history", "Pregnancy") == QStringLiteral("Not pregnant"));
}

TEST_CASE("Contraindications are grouped by their three groups with notes", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Contraindications", "Defer the session") == QStringLiteral("Fever"));
    CHECK(valueOf(intake, "Contraindications", "Avoid the area")
          == QStringLiteral("Varicose veins (left calf)"));
    CHECK(valueOf(intake, "Contraindications", "Caution or physician approval")
          == QStringLiteral("Anticoagulants or bleeding disorder (no vigorous deep work) "
                            "(warfarin)"));
    CHECK(valueOf(Intake{}, "Contraindications", "Avoid the area")
          == QStringLiteral("None ticked"));
}

TEST_CASE("Migraine history shows aura details and acute medication days", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Migraine history", "Peak intensity (0–10)") == QStringLiteral("7"));
    CHECK(valueOf(intake, "Migraine history", "Typical duration (hours)") == QStringLiteral("12"));
    CHECK(valueOf(intake, "Migraine history", "Location")
          == QStringLiteral("One side, Behind the eye"));
    CHECK(valueOf(intake, "Migraine history", "Aura") == QStringLiteral("Yes"));
    CHECK(valueOf(intake, "Migraine history", "Aura types") == QStringLiteral("Visual"));
    CHECK(valueOf(intake, "Migraine history", "Aura symptom duration (minutes)")
          == QStringLiteral("25"));
    CHECK(valueOf(intake, "Migraine history", "Two or more aura symptoms one after another")
          == Dash);
    CHECK(valueOf(intake, "Migraine history", "Acute medications")
          == QStringLiteral("Sumatriptan (Triptan): 6 days a month; Ibuprofen (Simple analgesic): "
                            "days a month not answered"));
    CHECK(valueOf(intake, "Migraine history", "What helps")
          == QStringLiteral("Dark room, Cold pack"));
}

TEST_CASE("Triggers show their role and certainty", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Triggers", "Stress") == QStringLiteral("Trigger, sure"));
    CHECK(valueOf(intake, "Triggers", "Neck pain")
          == QStringLiteral("Early warning sign, probably"));
}

TEST_CASE("Questionnaire answers use item labels and show total and grade", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Questionnaires", "MIDAS: Days of work or school missed")
          == QStringLiteral("3 days"));
    CHECK(valueOf(intake, "Questionnaires", "MIDAS: Usual headache pain (0 none to 10 worst)")
          == QStringLiteral("6 of 10"));
    CHECK(valueOf(intake, "Questionnaires", "MIDAS score")
          == QStringLiteral("12 (grade III: Moderate disability)"));
    CHECK(valueOf(intake, "Questionnaires", "HIT-6: Severe pain during headaches")
          == QStringLiteral("Sometimes"));
    CHECK(valueOf(intake, "Questionnaires", "HIT-6 score") == QStringLiteral("60 (Severe impact)"));

    // MIDAS before HIT-6, as on the form.
    QStringList scoreLabels;
    for (const IntakeLine &line : IntakeDocument::lines(intake)) {
        if (line.label.endsWith(QStringLiteral(" score")))
            scoreLabels << line.label;
    }
    CHECK(scoreLabels
          == QStringList{ QStringLiteral("MIDAS score"), QStringLiteral("HIT-6 score") });
}

TEST_CASE("Incomplete questionnaire shows incomplete and no total", "[intake][document]")
{
    Intake intake = sampleIntake();
    intake.questionnaires[QStringLiteral("midas")].remove(QStringLiteral("5"));
    CHECK(valueOf(intake, "Questionnaires",
                  "MIDAS: Days family, social or leisure activities "
                  "were missed")
          == Dash);
    const QString score = valueOf(intake, "Questionnaires", "MIDAS score");
    CHECK(score == QStringLiteral("incomplete (1 scored item not answered)"));

    const QString html = IntakeDocument::html(intake, sampleClient(), QStringLiteral("Stillpoint"));
    CHECK(html.contains(QStringLiteral("incomplete (1 scored item not answered)")));
    // The answered items add up to 11; that partial sum must not appear as a score.
    CHECK_FALSE(html.contains(QStringLiteral("11 (grade")));
    CHECK_FALSE(html.contains(QStringLiteral("Moderate disability")));
}

TEST_CASE("Red flags show every question with answer and note", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Red flags", "Systemic signs") == QStringLiteral("No"));
    CHECK(valueOf(intake, "Red flags", "Pattern change or steadily worse")
          == QStringLiteral("Yes; note: Much worse since January"));
    CHECK(valueOf(intake, "Red flags", "Positional") == Dash);
}

TEST_CASE("Consent shows signature on file and never the image", "[intake][document]")
{
    const Intake intake = sampleIntake();
    CHECK(valueOf(intake, "Consent", "Agreed") == QStringLiteral("Yes"));
    CHECK(valueOf(intake, "Consent", "Typed name") == QStringLiteral("Zoë Martin"));
    CHECK(valueOf(intake, "Consent", "Date") == QStringLiteral("3 March 2026"));
    CHECK(valueOf(intake, "Consent", "Signature") == QStringLiteral("signature on file"));

    const QString html = IntakeDocument::html(intake, sampleClient(), QStringLiteral("Stillpoint"));
    CHECK_FALSE(html.contains(QStringLiteral("SIGNATUREBYTES")));
    CHECK_FALSE(html.contains(QString::fromLatin1(intake.consent.signaturePng.toBase64())));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
}

TEST_CASE("Comparing identical intakes finds no difference", "[intake][document][compare]")
{
    CHECK(IntakeDocument::compare(sampleIntake(), sampleIntake()).isEmpty());
    CHECK(IntakeDocument::compare(Intake{}, Intake{}).isEmpty());
}

TEST_CASE("Comparing finds a changed peak intensity", "[intake][document][compare]")
{
    const Intake before = sampleIntake();
    Intake after = before;
    after.migraine.peakIntensity = 9;
    const auto differences = IntakeDocument::compare(before, after);
    REQUIRE(differences.size() == 1);
    CHECK(differences.at(0).section == QStringLiteral("Migraine history"));
    CHECK(differences.at(0).label == QStringLiteral("Peak intensity (0–10)"));
    CHECK(differences.at(0).before == QStringLiteral("7"));
    CHECK(differences.at(0).after == QStringLiteral("9"));
}

TEST_CASE("Comparing finds an added medication", "[intake][document][compare]")
{
    const Intake before = sampleIntake();
    Intake after = before;
    after.health.medications << Medication{ QStringLiteral("Magnesium"), QStringLiteral("400 mg"),
                                            QStringLiteral("daily") };
    after.migraine.acuteMedications
            << AcuteMedication{ QStringLiteral("Rizatriptan"), AcuteMedicationKind::Triptan, 2 };
    const auto differences = IntakeDocument::compare(before, after);
    REQUIRE(differences.size() == 2);
    CHECK(differences.at(0).section == QStringLiteral("Health history"));
    CHECK(differences.at(0).label == QStringLiteral("Medications"));
    CHECK(differences.at(0).before == QStringLiteral("Propranolol 40 mg, twice a day"));
    CHECK(differences.at(0).after
          == QStringLiteral("Propranolol 40 mg, twice a day; Magnesium 400 mg, daily"));
    CHECK(differences.at(1).label == QStringLiteral("Acute medications"));
    CHECK(differences.at(1).after.endsWith(
            QStringLiteral("Rizatriptan (Triptan): 2 days a month")));
}

TEST_CASE("Comparing shows added and removed triggers in form order", "[intake][document][compare]")
{
    const Intake before = sampleIntake();
    Intake after = before;
    after.triggers.removeFirst(); // stress
    after.triggers << TriggerEntry{ QStringLiteral("alcohol"), QStringLiteral("Alcohol (red wine)"),
                                    TriggerRole::Trigger, Certainty::Unsure };
    const auto differences = IntakeDocument::compare(before, after);
    REQUIRE(differences.size() == 2);
    CHECK(differences.at(0).label == QStringLiteral("Stress"));
    CHECK(differences.at(0).before == QStringLiteral("Trigger, sure"));
    CHECK(differences.at(0).after.isEmpty());
    CHECK(differences.at(1).label == QStringLiteral("Alcohol (red wine)"));
    CHECK(differences.at(1).before.isEmpty());
    CHECK(differences.at(1).after == QStringLiteral("Trigger, not sure"));
}

TEST_CASE("Comparing finds a newly answered red flag", "[intake][document][compare]")
{
    const Intake before = sampleIntake();
    Intake after = before;
    after.redFlags << RedFlagAnswer{ QStringLiteral("positional"), Answer::Yes,
                                     QStringLiteral("worse lying down") };
    const auto differences = IntakeDocument::compare(before, after);
    REQUIRE(differences.size() == 1);
    CHECK(differences.at(0).section == QStringLiteral("Red flags"));
    CHECK(differences.at(0).before == Dash);
    CHECK(differences.at(0).after == QStringLiteral("Yes; note: worse lying down"));
}

TEST_CASE("Intake HTML escapes text from users", "[intake][document][html]")
{
    Client client = sampleClient();
    client.givenName = QStringLiteral("<script>alert(1)</script>");
    Intake intake = sampleIntake();
    intake.health.conditions = QStringLiteral("<b>bold</b> & \"quoted\"");
    intake.redFlags[1].note = QStringLiteral("<img src=x onerror=alert(2)>");
    const QString html =
            IntakeDocument::html(intake, client, QStringLiteral("Smith & <Jones> Massage"));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>bold</b>")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK(html.contains(QStringLiteral("Smith &amp; &lt;Jones&gt; Massage")));
}

TEST_CASE("Intake HTML has every section heading and the checklist", "[intake][document][html]")
{
    const QString html =
            IntakeDocument::html(sampleIntake(), sampleClient(), QStringLiteral("Stillpoint"));
    for (const QString &section : SectionOrder)
        CHECK(html.contains(QStringLiteral("<h2>") + section + QStringLiteral("</h2>")));
    CHECK(html.contains(QStringLiteral("<h2>Headache history checklist (ICHD-3)</h2>")));
    CHECK(html.contains(QStringLiteral("Reported history for a physician to review. This is not a "
                                       "diagnosis.")));
    CHECK(html.contains(QStringLiteral("1.1 Migraine without aura")));
    CHECK(html.contains(QStringLiteral("1.2 Migraine with aura")));
    CHECK(html.contains(QStringLiteral("1.3 Chronic migraine")));
}

TEST_CASE("Intake HTML shows practice client date of birth and version", "[intake][document][html]")
{
    const QString html = IntakeDocument::html(sampleIntake(), sampleClient(),
                                              QStringLiteral("Stillpoint Clinic"));
    CHECK(html.contains(QStringLiteral("Stillpoint Clinic")));
    CHECK(html.contains(QStringLiteral("Zoë Martin")));
    CHECK(html.contains(QStringLiteral("17 May 1980")));
    CHECK(html.contains(QStringLiteral("3 March 2026")));
    CHECK(html.contains(QStringLiteral("<td valign=\"top\">2</td>")));
}

TEST_CASE("Draft intake HTML is marked as not signed", "[intake][document][html]")
{
    Intake intake = sampleIntake();
    intake.status = IntakeStatus::Draft;
    CHECK(IntakeDocument::html(intake, sampleClient(), {})
                  .contains(QStringLiteral("DRAFT — not signed")));

    intake.status = IntakeStatus::Discarded;
    CHECK(IntakeDocument::html(intake, sampleClient(), {})
                  .contains(QStringLiteral("DRAFT — not signed")));

    intake.status = IntakeStatus::Signed;
    intake.signedBy = QStringLiteral("Alex Reed");
    intake.signedAtUtc = QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);
    const QString html = IntakeDocument::html(intake, sampleClient(), {});
    CHECK_FALSE(html.contains(QStringLiteral("DRAFT")));
    CHECK(html.contains(QStringLiteral("Signed by Alex Reed on 3 March 2026")));
}

TEST_CASE("A red flag answered Yes stands out on the printed intake", "[intake][document]")
{
    Intake intake = DemoIntakes::sample(5, 1, QDate(2026, 3, 2));
    Client client;
    client.givenName = QStringLiteral("Ada");
    const QString html = IntakeDocument::html(intake, client, QStringLiteral("Calm Hands"));
    CHECK(html.contains(QStringLiteral("<b><font color=\"#a00000\">Yes; note: Headaches began "
                                       "after the collision</font></b>")));
}
