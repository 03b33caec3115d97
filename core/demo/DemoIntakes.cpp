// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoIntakes.h"

#include "core/intake/IntakeRepository.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace stillpoint::core {

namespace {

QList<RedFlagAnswer> redFlagsAllNo()
{
    QList<RedFlagAnswer> answers;
    for (const char *key :
         { "systemic", "neurological", "onset-after-50", "sudden-onset", "papilledema",
           "positional", "precipitated", "pattern-change", "head-neck-injury" })
        answers << RedFlagAnswer{ QString::fromLatin1(key), Answer::No, {} };
    return answers;
}

void setRedFlag(Intake &intake, const QString &key, const QString &note)
{
    for (RedFlagAnswer &answer : intake.redFlags) {
        if (answer.key == key) {
            answer.answer = Answer::Yes;
            answer.note = note;
        }
    }
}

TriggerEntry trigger(const char *key, const char *label, TriggerRole role = TriggerRole::Trigger,
                     Certainty certainty = Certainty::Probably)
{
    return TriggerEntry{ QString::fromLatin1(key), QString::fromUtf8(label), role, certainty };
}

QuestionnaireAnswers midas(int missedWork, int lessWork, int household, int lessHousehold,
                           int social, int headacheDays, int pain)
{
    return { { QStringLiteral("1"), missedWork }, { QStringLiteral("2"), lessWork },
             { QStringLiteral("3"), household },  { QStringLiteral("4"), lessHousehold },
             { QStringLiteral("5"), social },     { QStringLiteral("A"), headacheDays },
             { QStringLiteral("B"), pain } };
}

// HIT-6 answers as option indexes: 0 Never … 4 Always.
QuestionnaireAnswers hit6(std::initializer_list<int> options)
{
    QuestionnaireAnswers answers;
    int item = 1;
    for (int option : options)
        answers.insert(QString::number(item++), option);
    return answers;
}

// Shared by the migraine profiles: a typical throbbing one-sided migraine with nausea.
MigraineHistory typicalMigraine()
{
    MigraineHistory m;
    m.onsetAge = 16;
    m.attacksPerMonth = 4;
    m.headacheDaysPerMonth = 6;
    m.migraineLikeDaysPerMonth = 5;
    m.monthsWithThisPattern = 36;
    m.lifetimeAttacks = 400;
    m.typicalDurationHours = 12;
    m.peakIntensity = 7;
    m.locations = { QStringLiteral("one-side"), QStringLiteral("temples"), QStringLiteral("neck") };
    m.qualities = { QStringLiteral("pulsating") };
    m.nausea = Answer::Yes;
    m.vomiting = Answer::No;
    m.lightSensitivity = Answer::Yes;
    m.soundSensitivity = Answer::Yes;
    m.worseWithActivity = Answer::Yes;
    m.auraReported = Answer::No;
    m.acuteMedications = { AcuteMedication{ QStringLiteral("Sumatriptan 50 mg"),
                                            AcuteMedicationKind::Triptan, 4 } };
    m.whatHelps = { QStringLiteral("dark-room"), QStringLiteral("sleep"),
                    QStringLiteral("cold-pack") };
    return m;
}

} // namespace

QByteArray DemoIntakes::demoSignature()
{
    static const QByteArray png = [] {
        QFile file(QStringLiteral(":/stillpoint/demo/signature.png"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return png;
}

Intake DemoIntakes::sample(int profile, qint64 clientId, const QDate &intakeDate)
{
    profile = ((profile % ProfileCount) + ProfileCount) % ProfileCount;
    Intake intake;
    intake.clientId = clientId;
    intake.intakeDate = intakeDate;
    intake.redFlags = redFlagsAllNo();
    intake.consent = Consent{ true, QStringLiteral("Demo Client"), intakeDate, demoSignature() };
    intake.health.allergies = QStringLiteral("None known");
    intake.health.pregnancy = Pregnancy::No;
    MigraineHistory m = typicalMigraine();

    switch (profile) {
    case 0: // episodic migraine without aura, desk job, neck tension
        intake.health.conditions = QStringLiteral("Mild asthma");
        intake.health.medications = { Medication{ QStringLiteral("Salbutamol inhaler"),
                                                  QStringLiteral("100 µg"),
                                                  QStringLiteral("as needed") } };
        intake.triggers = { trigger("stress", "Stress", TriggerRole::Trigger, Certainty::Sure),
                            trigger("screens-posture", "Screens and posture"),
                            trigger("neck-pain", "Neck pain", TriggerRole::EarlyWarningSign),
                            trigger("skipped-meals", "Skipped meals") };
        intake.questionnaires = { { QStringLiteral("midas"), midas(2, 4, 3, 2, 3, 18, 7) },
                                  { QStringLiteral("hit6"), hit6({ 3, 2, 2, 3, 2, 2 }) } };
        break;
    case 1: // migraine with visual aura
        m.auraReported = Answer::Yes;
        m.auraTypes = { QStringLiteral("visual") };
        m.auraAttacks = 30;
        m.auraDurationMinutes = 25;
        m.auraFullyReversible = Answer::Yes;
        m.auraSpreadsGradually = Answer::Yes;
        m.auraSymptomsInSuccession = Answer::No;
        m.auraOneSided = Answer::Yes;
        m.auraPositive = Answer::Yes;
        m.headacheWithinHourOfAura = Answer::Yes;
        m.physicianDiagnosis = QStringLiteral("Migraine with aura (GP, 2019)");
        m.attacksPerMonth = 2;
        m.headacheDaysPerMonth = 3;
        m.migraineLikeDaysPerMonth = 3;
        intake.health.medications = { Medication{ QStringLiteral("Combined oral contraceptive"),
                                                  QStringLiteral("1 tablet"),
                                                  QStringLiteral("daily") } };
        intake.contraindications = { ContraindicationEntry{
                QStringLiteral("varicose-veins"), QStringLiteral("Left calf; avoid deep work") } };
        intake.triggers = { trigger("light", "Bright or flickering light", TriggerRole::Trigger,
                                    Certainty::Sure),
                            trigger("sleep", "Sleep disturbance or oversleeping"),
                            trigger("fatigue", "Fatigue", TriggerRole::EarlyWarningSign) };
        intake.questionnaires = { { QStringLiteral("midas"), midas(1, 2, 2, 1, 1, 9, 6) },
                                  { QStringLiteral("hit6"), hit6({ 2, 2, 1, 2, 2, 1 }) } };
        break;
    case 2: // chronic migraine with frequent triptan use
        m.headacheDaysPerMonth = 18;
        m.migraineLikeDaysPerMonth = 10;
        m.attacksPerMonth = 10;
        m.monthsWithThisPattern = 14;
        m.peakIntensity = 8;
        m.acuteMedications = { AcuteMedication{ QStringLiteral("Rizatriptan 10 mg"),
                                                AcuteMedicationKind::Triptan, 12 },
                               AcuteMedication{ QStringLiteral("Ibuprofen 400 mg"),
                                                AcuteMedicationKind::SimpleAnalgesic, 6 } };
        m.preventiveMedications = { Medication{ QStringLiteral("Amitriptyline"),
                                                QStringLiteral("10 mg"),
                                                QStringLiteral("at night") } };
        m.physicianDiagnosis = QStringLiteral("Chronic migraine (neurologist, 2025)");
        intake.health.conditions = QStringLiteral("Anxiety; irritable bowel");
        intake.triggers = { trigger("stress", "Stress", TriggerRole::Trigger, Certainty::Sure),
                            trigger("weather", "Weather or barometric change"),
                            trigger("caffeine", "Caffeine (too much or withdrawal)"),
                            trigger("let-down", "\"Let-down\" after stress") };
        intake.questionnaires = { { QStringLiteral("midas"), midas(6, 10, 8, 6, 9, 55, 8) },
                                  { QStringLiteral("hit6"), hit6({ 4, 3, 3, 4, 3, 3 }) } };
        break;
    case 3: // pressing two-sided headaches: does not meet migraine criteria
        m.locations = { QStringLiteral("both-sides"), QStringLiteral("back-of-head"),
                        QStringLiteral("neck") };
        m.qualities = { QStringLiteral("pressing") };
        m.peakIntensity = 4;
        m.nausea = Answer::No;
        m.lightSensitivity = Answer::Yes;
        m.soundSensitivity = Answer::No;
        m.worseWithActivity = Answer::No;
        m.typicalDurationHours = 5;
        m.acuteMedications = { AcuteMedication{ QStringLiteral("Paracetamol 1 g"),
                                                AcuteMedicationKind::SimpleAnalgesic, 5 } };
        intake.health.injuries = QStringLiteral("Shoulder impingement (right), 2023");
        intake.triggers = { trigger("screens-posture", "Screens and posture", TriggerRole::Trigger,
                                    Certainty::Sure),
                            trigger("stress", "Stress"),
                            trigger("dehydration", "Dehydration", TriggerRole::Trigger,
                                    Certainty::Unsure) };
        intake.questionnaires = { { QStringLiteral("midas"), midas(0, 2, 1, 1, 0, 15, 5) },
                                  { QStringLiteral("hit6"), hit6({ 1, 2, 1, 2, 1, 1 }) } };
        break;
    case 4: // red flags: onset after 50, steadily worse
        m.onsetAge = 58;
        m.lifetimeAttacks = 20;
        m.monthsWithThisPattern = 4;
        m.headacheDaysPerMonth = 10;
        m.migraineLikeDaysPerMonth = 4;
        intake.health.conditions = QStringLiteral("High blood pressure (treated)");
        intake.health.medications = { Medication{
                QStringLiteral("Lisinopril"), QStringLiteral("10 mg"), QStringLiteral("daily") } };
        setRedFlag(intake, QStringLiteral("onset-after-50"),
                   QStringLiteral("First headaches of this kind at 58"));
        setRedFlag(intake, QStringLiteral("pattern-change"),
                   QStringLiteral("More often each month since the summer"));
        intake.triggers = { trigger("sleep", "Sleep disturbance or oversleeping") };
        intake.questionnaires = { { QStringLiteral("midas"), midas(1, 3, 4, 2, 3, 24, 6) },
                                  { QStringLiteral("hit6"), hit6({ 2, 3, 2, 2, 3, 2 }) } };
        break;
    case 5: // red flag: headache since a whiplash injury
        m.onsetAge = 34;
        m.lifetimeAttacks = 40;
        m.locations = { QStringLiteral("back-of-head"), QStringLiteral("neck"),
                        QStringLiteral("one-side") };
        intake.health.injuries = QStringLiteral("Rear-end car collision (whiplash), 6 weeks ago");
        setRedFlag(intake, QStringLiteral("head-neck-injury"),
                   QStringLiteral("Headaches began after the collision"));
        intake.contraindications = { ContraindicationEntry{
                QStringLiteral("acute-inflammation"),
                QStringLiteral("Neck still tender; gentle work only") } };
        intake.triggers = { trigger("neck-pain", "Neck pain", TriggerRole::EarlyWarningSign,
                                    Certainty::Sure),
                            trigger("exercise", "Exercise") };
        intake.questionnaires = { { QStringLiteral("midas"), midas(3, 5, 4, 3, 4, 30, 7) },
                                  { QStringLiteral("hit6"), hit6({ 3, 3, 2, 3, 3, 2 }) } };
        break;
    case 6: // probable migraine: only three attacks so far
        m.onsetAge = 27;
        m.lifetimeAttacks = 3;
        m.attacksPerMonth = 1;
        m.headacheDaysPerMonth = 1;
        m.migraineLikeDaysPerMonth = 1;
        m.monthsWithThisPattern = 3;
        m.acuteMedications = { AcuteMedication{ QStringLiteral("Ibuprofen 400 mg"),
                                                AcuteMedicationKind::SimpleAnalgesic, 1 } };
        intake.triggers = { trigger("alcohol", "Alcohol (red wine)", TriggerRole::Trigger,
                                    Certainty::Unsure) };
        intake.questionnaires = { { QStringLiteral("midas"), midas(0, 1, 0, 1, 0, 3, 6) },
                                  { QStringLiteral("hit6"), hit6({ 1, 1, 1, 1, 0, 1 }) } };
        break;
    default: // 7: menstrual migraine without aura
        m.attacksPerMonth = 2;
        m.headacheDaysPerMonth = 5;
        m.migraineLikeDaysPerMonth = 5;
        m.typicalDurationHours = 36;
        m.vomiting = Answer::Yes;
        m.acuteMedications = { AcuteMedication{ QStringLiteral("Naproxen/sumatriptan"),
                                                AcuteMedicationKind::Combination, 5 } };
        intake.triggers = { trigger("hormonal", "Hormonal changes / menstruation",
                                    TriggerRole::Trigger, Certainty::Sure),
                            trigger("odours", "Perfume and odours"),
                            trigger("foods", "Specific foods", TriggerRole::Trigger,
                                    Certainty::Unsure) };
        intake.questionnaires = { { QStringLiteral("midas"), midas(2, 3, 3, 2, 2, 15, 8) },
                                  { QStringLiteral("hit6"), hit6({ 3, 3, 2, 3, 2, 3 }) } };
        break;
    }
    intake.migraine = m;
    return intake;
}

Result<int> DemoIntakes::populateIfNone(Database &database, const Clock &clock, quint32 seed)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM intakes)")) || !query.next())
        return Database::storageError(QStringLiteral("look for intakes"), {});
    if (query.value(0).toBool())
        return 0;
    return populate(database, clock, seed);
}

Result<int> DemoIntakes::populate(Database &database, const Clock &clock, quint32 seed)
{
    QSqlQuery query(database.connection());
    // Signed by the demo therapist, or the first therapist or owner of another practice file.
    if (!query.exec(QStringLiteral("SELECT id, CASE display_name WHEN '' THEN username ELSE "
                                   "display_name END FROM users WHERE active = 1 AND role IN "
                                   "('therapist', 'owner') ORDER BY username <> 'therapist', "
                                   "role <> 'therapist', id LIMIT 1")))
        return Database::storageError(QStringLiteral("find the demo therapist"), {});
    if (!query.next())
        return 0; // no clinical account yet: the intakes come when there is someone to sign them
    const IntakeAuthor therapist{ query.value(0).toLongLong(), query.value(1).toString() };

    QList<qint64> clients;
    QStringList names; // as each client would type it on the consent
    if (!query.exec(QStringLiteral("SELECT c.id, trim(c.given_name || ' ' || c.family_name) FROM "
                                   "clients c WHERE c.archived = 0 AND NOT EXISTS (SELECT 1 FROM "
                                   "intakes i WHERE i.client_id = c.id) ORDER BY c.id")))
        return Database::storageError(QStringLiteral("list the demo clients"), {});
    while (query.next()) {
        clients << query.value(0).toLongLong();
        names << query.value(1).toString();
    }

    QRandomGenerator random(seed);
    const QDate today = clock.today();
    QList<IntakeBundle> bundles;
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const qint64 clientId = clients.at(i);
        if (random.bounded(10) == 0)
            continue; // some new clients have not filled in an intake yet
        const int profile = static_cast<int>(i % ProfileCount);
        const QDate first = today.addDays(-30 - random.bounded(330));
        const auto signedAt = [&](const QDate &date) {
            return QDateTime(date, QTime(10 + random.bounded(7), random.bounded(60)),
                             QTimeZone::utc());
        };

        int version = 1;
        const bool renewed = random.bounded(6) == 0 && first < today.addDays(-200);
        Intake intake = sample(profile, clientId, first);
        intake.consent.typedName = names.at(i);
        intake.version = version++;
        intake.status = IntakeStatus::Signed;
        intake.signedAtUtc = signedAt(first);
        intake.createdAtUtc = intake.signedAtUtc.addSecs(-1800);
        intake.updatedAtUtc = intake.signedAtUtc;
        intake.signedByUserId = therapist.userId;
        IntakeBundle bundle{ intake, therapist, {}, {}, {} };

        // Follow-up questionnaires every five to eight weeks: most clients improve.
        const bool improving = profile != 3 && random.bounded(4) != 0;
        int step = 1;
        for (QDate date = first.addDays(35 + random.bounded(21)); date < today;
             date = date.addDays(35 + random.bounded(21)), ++step) {
            QuestionnaireAnswers midasAnswers =
                    intake.questionnaires.value(QStringLiteral("midas"));
            QuestionnaireAnswers hitAnswers = intake.questionnaires.value(QStringLiteral("hit6"));
            for (auto it = midasAnswers.begin(); it != midasAnswers.end(); ++it) {
                if (it.key() == QLatin1String("B"))
                    continue;
                it.value() = improving ? qMax(0, it.value() - step * (1 + it.value() / 4))
                                       : it.value() + static_cast<int>(random.bounded(3)) - 1;
                it.value() = qBound(0, it.value(), 90);
            }
            for (auto it = hitAnswers.begin(); it != hitAnswers.end(); ++it) {
                const int change = improving ? -(step / 2 + static_cast<int>(random.bounded(2)))
                                             : static_cast<int>(random.bounded(3)) - 1;
                it.value() = qBound(0, it.value() + change, 4);
            }
            for (const auto &[id, answers] : { std::pair{ QStringLiteral("midas"), midasAnswers },
                                               std::pair{ QStringLiteral("hit6"), hitAnswers } }) {
                QuestionnaireAdministration given;
                given.clientId = clientId;
                given.questionnaireId = id;
                given.date = date;
                given.answers = answers;
                bundle.followUps << given;
            }
        }
        if (profileHasRedFlag(profile) && random.bounded(2) == 0) {
            bundle.clearReason = QStringLiteral("Seen by their physician, who found no "
                                                "reason to delay massage (letter on file)");
            bundle.clearedAtUtc = intake.signedAtUtc.addDays(9);
        }

        if (renewed) {
            // The yearly review: the older version stays on file, the new one is signed.
            bundles << bundle;
            Intake next = sample(profile, clientId, first.addDays(180));
            next.consent.typedName = names.at(i);
            next.version = version++;
            next.status = IntakeStatus::Signed;
            next.signedAtUtc = signedAt(next.intakeDate);
            next.createdAtUtc = next.signedAtUtc.addSecs(-1200);
            next.updatedAtUtc = next.signedAtUtc;
            next.migraine.headacheDaysPerMonth =
                    qMax(0, next.migraine.headacheDaysPerMonth.value_or(0) - 2);
            next.migraine.migraineLikeDaysPerMonth =
                    qMin(next.migraine.migraineLikeDaysPerMonth.value_or(0),
                         next.migraine.headacheDaysPerMonth.value_or(0));
            next.redFlags = redFlagsAllNo();
            next.questionnaires.clear();
            bundles << IntakeBundle{ next, therapist, {}, {}, {} };
        } else {
            bundles << bundle;
        }
        if (random.bounded(12) == 0) {
            // An open draft: the client's health changed and the new intake is half done.
            Intake draft = sample(profile, clientId, today.addDays(-random.bounded(5)));
            draft.version = version++;
            draft.status = IntakeStatus::Draft;
            draft.questionnaires.clear();
            draft.redFlags.clear();
            draft.consent = Consent{};
            draft.createdAtUtc = QDateTime(draft.intakeDate, QTime(9, 30), QTimeZone::utc());
            draft.updatedAtUtc = draft.createdAtUtc.addSecs(600);
            bundles << IntakeBundle{ draft, therapist, {}, {}, {} };
        }
    }

    const auto audit = [&database, &clock, count = bundles.size()](const Transaction &transaction,
                                                                   qint64) {
        AuditEvent added;
        added.operation = Operations::key(Operation::DemoCreate);
        added.username = QStringLiteral("demo");
        added.detail = QStringLiteral("%1 demo intakes").arg(count);
        return AuditTrail(database, clock).record(transaction, added);
    };
    return IntakeRepository(database, clock).insertMany(bundles, audit);
}

} // namespace stillpoint::core
