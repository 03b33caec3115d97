// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireScorer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace stillpoint::core {

// An answer that may not have been given yet: a red-flag question left blank is not a "no".
enum class Answer { Unknown, No, Yes };

struct Medication
{
    QString name;
    QString dose; // "50 mg"
    QString frequency; // "twice a day"

    friend bool operator==(const Medication &, const Medication &) = default;
};

enum class Pregnancy { NotAsked, No, Yes };

struct HealthHistory
{
    QString conditions;
    QString surgeries;
    QString injuries;
    QList<Medication> medications;
    QString allergies; // including oils, lotions, nuts used in massage media
    Pregnancy pregnancy = Pregnancy::NotAsked;
    std::optional<int> pregnancyWeeks; // 1..42 when pregnant and known
    QString notes;

    friend bool operator==(const HealthHistory &, const HealthHistory &) = default;
};

// One ticked contraindication from IntakeCatalog::contraindications(), with the therapist's note.
// Only ticked items are stored.
struct ContraindicationEntry
{
    QString key; // "fever", "anticoagulants" …
    QString note;

    friend bool operator==(const ContraindicationEntry &, const ContraindicationEntry &) = default;
};

enum class AcuteMedicationKind { Triptan, SimpleAnalgesic, Combination, Other };

struct AcuteMedication
{
    QString name;
    AcuteMedicationKind kind = AcuteMedicationKind::Other;
    std::optional<int> daysPerMonth; // 0..31

    friend bool operator==(const AcuteMedication &, const AcuteMedication &) = default;
};

// What the client reports about their headaches. Every number is optional: "not answered" is
// different from 0. Keys for locations, qualities, aura types and what helps are listed in
// IntakeCatalog.
struct MigraineHistory
{
    std::optional<int> onsetAge; // 0..120
    std::optional<int> attacksPerMonth; // 0..31
    std::optional<int> headacheDaysPerMonth; // 0..31
    std::optional<int> migraineLikeDaysPerMonth; // 0..31, at most headacheDaysPerMonth
    std::optional<int> monthsWithThisPattern; // 0..1200: how long the pattern has lasted
    std::optional<int> lifetimeAttacks; // 0..100000: about how many attacks ever
    std::optional<double> typicalDurationHours; // 0..720, untreated or unsuccessfully treated
    std::optional<int> peakIntensity; // 0..10
    QStringList
            locations; // "one-side", "both-sides", "behind-eye", "back-of-head", "temples", "neck"
    QStringList qualities; // "pulsating", "pressing"
    Answer nausea = Answer::Unknown;
    Answer vomiting = Answer::Unknown;
    Answer lightSensitivity = Answer::Unknown;
    Answer soundSensitivity = Answer::Unknown;
    Answer worseWithActivity = Answer::Unknown;

    // Aura. Empty auraTypes with auraReported No means no aura.
    Answer auraReported = Answer::Unknown;
    QStringList auraTypes; // "visual", "sensory", "speech", "motor", "brainstem", "retinal"
    std::optional<int> auraAttacks; // 0..100000: attacks with aura ever
    std::optional<int> auraDurationMinutes; // 0..1440, each aura symptom
    Answer auraFullyReversible = Answer::Unknown;
    Answer auraSpreadsGradually = Answer::Unknown; // over 5 minutes or more
    Answer auraSymptomsInSuccession = Answer::Unknown; // two or more, one after another
    Answer auraOneSided = Answer::Unknown; // at least one symptom on one side
    Answer auraPositive = Answer::Unknown; // flicker, zigzag, tingling
    Answer headacheWithinHourOfAura = Answer::Unknown;

    QString physicianDiagnosis;
    QList<AcuteMedication> acuteMedications;
    QList<Medication> preventiveMedications;
    QStringList whatHelps; // "dark-room", "sleep", "cold-pack", "neck-pressure", "massage"
    QString whatHelpsOther;

    friend bool operator==(const MigraineHistory &, const MigraineHistory &) = default;
};

enum class TriggerRole { Trigger, EarlyWarningSign };
enum class Certainty { Unsure, Probably, Sure };

// One ticked trigger: a key from the literature's list (IntakeCatalog::triggers()), or
// "practice:<id>" for the practice's own entries, or "other" with a free label.
struct TriggerEntry
{
    QString key;
    QString label; // as shown when ticked, so a renamed practice entry still reads as it did
    TriggerRole role = TriggerRole::Trigger;
    Certainty certainty = Certainty::Probably;

    friend bool operator==(const TriggerEntry &, const TriggerEntry &) = default;
};

// One red-flag question (IntakeCatalog::redFlags()) and its answer.
struct RedFlagAnswer
{
    QString key; // "systemic", "neurological", "onset-after-50" …
    Answer answer = Answer::Unknown;
    QString note;

    friend bool operator==(const RedFlagAnswer &, const RedFlagAnswer &) = default;
};

struct Consent
{
    bool agreed = false;
    QString typedName;
    QDate date;
    QByteArray signaturePng; // the drawn signature; empty when none

    friend bool operator==(const Consent &, const Consent &) = default;
};

enum class IntakeStatus { Draft, Signed, Discarded };

// One version of a client's intake. Drafts change until the therapist signs; a signed intake is
// locked in core and by a database trigger, and a discarded draft is kept but never shown as
// current. A new intake starts as a copy of the last signed one.
struct Intake
{
    qint64 id = 0;
    qint64 clientId = 0;
    int version = 0; // 1, 2 … per client, given by the repository
    qint64 basedOnId = 0; // the intake this one was copied from; 0 when none
    IntakeStatus status = IntakeStatus::Draft;
    QDate intakeDate; // the day the client filled it in
    QDateTime createdAtUtc;
    QString createdBy; // display name
    QDateTime updatedAtUtc;
    QDateTime signedAtUtc;
    qint64 signedByUserId = 0;
    QString signedBy; // display name
    int rowVersion = 0;

    HealthHistory health;
    QList<ContraindicationEntry> contraindications;
    MigraineHistory migraine;
    QList<TriggerEntry> triggers;
    // Answers per questionnaire id ("midas", "hit6"), given on intakeDate. Stored as
    // administrations when the intake is signed.
    QMap<QString, QuestionnaireAnswers> questionnaires;
    QList<RedFlagAnswer> redFlags;
    Consent consent;

    bool isLocked() const { return status != IntakeStatus::Draft; }
    // Keys of the red-flag questions answered Yes.
    QStringList redFlagsRaised() const;

    friend bool operator==(const Intake &, const Intake &) = default;
};

// A line in a client's intake history (no clinical content beyond the red-flag count).
struct IntakeSummary
{
    qint64 id = 0;
    int version = 0;
    IntakeStatus status = IntakeStatus::Draft;
    QDate intakeDate;
    QDateTime updatedAtUtc;
    QDateTime signedAtUtc;
    QString signedBy;
    int redFlagCount = 0;

    friend bool operator==(const IntakeSummary &, const IntakeSummary &) = default;
};

// What the front desk may know: whether a signed intake is on file, and from when.
struct IntakeOnFile
{
    bool onFile = false;
    QDate lastSignedDate;
};

namespace IntakeStatuses {
QString key(IntakeStatus status); // "draft", "signed", "discarded"
std::optional<IntakeStatus> fromKey(const QString &key);
} // namespace IntakeStatuses

} // namespace stillpoint::core
