// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeValidator.h"

#include "core/assess/QuestionnaireLoader.h"
#include "core/intake/IntakeCatalog.h"

#include <cmath>

namespace stillpoint::core {

namespace {

class Checks
{
public:
    void range(const std::optional<int> &value, int minimum, int maximum, const QString &field,
               const QString &what, const QString &unit = {})
    {
        if (value && (*value < minimum || *value > maximum))
            add(field,
                QStringLiteral("%1 must be %2 to %3%4; %5 was entered.")
                        .arg(what)
                        .arg(minimum)
                        .arg(maximum)
                        .arg(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit)
                        .arg(*value));
    }

    void add(const QString &field, const QString &message)
    {
        errors << makeError(ErrorCode::InvalidInput, message, field);
    }

    QList<Error> errors;
};

void checkKeys(Checks &checks, const QStringList &keys, const QList<CatalogEntry> &catalog,
               const QString &field, const QString &what)
{
    for (const QString &key : keys) {
        bool known = false;
        for (const CatalogEntry &entry : catalog)
            known = known || entry.key == key;
        if (!known)
            checks.add(field, QStringLiteral("\"%1\" is not a known %2.").arg(key, what));
    }
}

void checkMigraine(Checks &checks, const MigraineHistory &m)
{
    checks.range(m.onsetAge, 0, 120, QStringLiteral("migraine.onsetAge"),
                 QStringLiteral("Age at first onset"), QStringLiteral("years"));
    checks.range(m.attacksPerMonth, 0, 31, QStringLiteral("migraine.attacksPerMonth"),
                 QStringLiteral("Attacks per month"));
    checks.range(m.headacheDaysPerMonth, 0, 31, QStringLiteral("migraine.headacheDaysPerMonth"),
                 QStringLiteral("Headache days per month"));
    checks.range(m.migraineLikeDaysPerMonth, 0, 31,
                 QStringLiteral("migraine.migraineLikeDaysPerMonth"),
                 QStringLiteral("Migraine-like days per month"));
    if (m.migraineLikeDaysPerMonth && m.headacheDaysPerMonth
        && *m.migraineLikeDaysPerMonth > *m.headacheDaysPerMonth)
        checks.add(QStringLiteral("migraine.migraineLikeDaysPerMonth"),
                   QStringLiteral("Migraine-like days (%1) cannot be more than headache days "
                                  "(%2) per month.")
                           .arg(*m.migraineLikeDaysPerMonth)
                           .arg(*m.headacheDaysPerMonth));
    checks.range(m.monthsWithThisPattern, 0, 1200, QStringLiteral("migraine.monthsWithThisPattern"),
                 QStringLiteral("Months with this pattern"));
    checks.range(m.lifetimeAttacks, 0, 100000, QStringLiteral("migraine.lifetimeAttacks"),
                 QStringLiteral("Attacks in total"));
    if (m.typicalDurationHours
        && (*m.typicalDurationHours < 0 || *m.typicalDurationHours > 720
            || std::isnan(*m.typicalDurationHours)))
        checks.add(QStringLiteral("migraine.typicalDurationHours"),
                   QStringLiteral("Typical duration must be 0 to 720 hours; %1 was entered.")
                           .arg(*m.typicalDurationHours));
    checks.range(m.peakIntensity, 0, 10, QStringLiteral("migraine.peakIntensity"),
                 QStringLiteral("Peak intensity"), QStringLiteral("on the 0–10 scale"));
    checkKeys(checks, m.locations, IntakeCatalog::headacheLocations(),
              QStringLiteral("migraine.locations"), QStringLiteral("headache location"));
    checkKeys(checks, m.qualities, IntakeCatalog::headacheQualities(),
              QStringLiteral("migraine.qualities"), QStringLiteral("headache quality"));
    checkKeys(checks, m.auraTypes, IntakeCatalog::auraTypes(), QStringLiteral("migraine.auraTypes"),
              QStringLiteral("aura type"));
    checkKeys(checks, m.whatHelps, IntakeCatalog::reliefMeasures(),
              QStringLiteral("migraine.whatHelps"), QStringLiteral("relief measure"));
    if (m.auraReported == Answer::No && !m.auraTypes.isEmpty())
        checks.add(QStringLiteral("migraine.auraTypes"),
                   QStringLiteral("Aura types are ticked but aura is answered \"No\"; untick them "
                                  "or answer \"Yes\"."));
    checks.range(m.auraAttacks, 0, 100000, QStringLiteral("migraine.auraAttacks"),
                 QStringLiteral("Attacks with aura"));
    checks.range(m.auraDurationMinutes, 0, 1440, QStringLiteral("migraine.auraDurationMinutes"),
                 QStringLiteral("Aura duration"), QStringLiteral("minutes"));
    for (int i = 0; i < m.acuteMedications.size(); ++i) {
        const AcuteMedication &medication = m.acuteMedications.at(i);
        const QString prefix = QStringLiteral("migraine.acuteMedications.%1.").arg(i);
        if (medication.name.trimmed().isEmpty())
            checks.add(prefix + QStringLiteral("name"),
                       QStringLiteral("Acute medication %1 needs a name.").arg(i + 1));
        checks.range(medication.daysPerMonth, 0, 31, prefix + QStringLiteral("daysPerMonth"),
                     QStringLiteral("Days a month %1 is taken")
                             .arg(medication.name.trimmed().isEmpty()
                                          ? QStringLiteral("acute medication %1").arg(i + 1)
                                          : medication.name.trimmed()));
    }
    for (int i = 0; i < m.preventiveMedications.size(); ++i) {
        if (m.preventiveMedications.at(i).name.trimmed().isEmpty())
            checks.add(QStringLiteral("migraine.preventiveMedications.%1.name").arg(i),
                       QStringLiteral("Preventive medication %1 needs a name.").arg(i + 1));
    }
}

} // namespace

QList<Error> IntakeValidator::problems(const Intake &intake)
{
    Checks checks;
    const HealthHistory &health = intake.health;
    for (int i = 0; i < health.medications.size(); ++i) {
        if (health.medications.at(i).name.trimmed().isEmpty())
            checks.add(QStringLiteral("health.medications.%1.name").arg(i),
                       QStringLiteral("Medication %1 needs a name.").arg(i + 1));
    }
    if (health.pregnancyWeeks && health.pregnancy != Pregnancy::Yes)
        checks.add(QStringLiteral("health.pregnancyWeeks"),
                   QStringLiteral("Weeks of pregnancy are filled in but pregnancy is not "
                                  "answered \"Pregnant\"."));
    checks.range(health.pregnancyWeeks, 1, 42, QStringLiteral("health.pregnancyWeeks"),
                 QStringLiteral("Weeks of pregnancy"));

    for (const ContraindicationEntry &entry : intake.contraindications) {
        if (!IntakeCatalog::contraindication(entry.key))
            checks.add(QStringLiteral("contraindications.%1").arg(entry.key),
                       QStringLiteral("\"%1\" is not a known contraindication.").arg(entry.key));
    }

    checkMigraine(checks, intake.migraine);

    for (const TriggerEntry &entry : intake.triggers) {
        const bool builtIn =
                IntakeCatalog::label(IntakeCatalog::triggers(), entry.key) != entry.key;
        const bool practice = entry.key.startsWith(QLatin1String("practice:"));
        const bool other = entry.key == QLatin1String("other");
        if (!builtIn && !practice && !other)
            checks.add(QStringLiteral("triggers.%1").arg(entry.key),
                       QStringLiteral("\"%1\" is not a known trigger.").arg(entry.key));
        if ((practice || other) && entry.label.trimmed().isEmpty())
            checks.add(QStringLiteral("triggers.%1").arg(entry.key),
                       QStringLiteral("A trigger of the client's own needs a description."));
    }

    for (auto it = intake.questionnaires.cbegin(); it != intake.questionnaires.cend(); ++it) {
        auto definition = QuestionnaireLoader::builtIn(it.key());
        if (!definition) {
            checks.add(QStringLiteral("questionnaire.%1").arg(it.key()),
                       definition.error().message);
            continue;
        }
        // Unanswered items are allowed: the questionnaire then reads "incomplete".
        if (Status checked = QuestionnaireScorer::checkAnswers(definition.value(), it.value());
            !checked)
            checks.add(QStringLiteral("questionnaire.%1.%2").arg(it.key(), checked.error().field),
                       checked.error().message);
    }

    for (const RedFlagAnswer &flag : intake.redFlags) {
        if (!IntakeCatalog::redFlag(flag.key))
            checks.add(QStringLiteral("redFlags.%1").arg(flag.key),
                       QStringLiteral("\"%1\" is not a known red-flag question.").arg(flag.key));
    }
    return checks.errors;
}

QList<Error> IntakeValidator::problemsForSigning(const Intake &intake)
{
    QList<Error> errors = problems(intake);
    Checks checks;
    if (!intake.intakeDate.isValid())
        checks.add(QStringLiteral("intakeDate"),
                   QStringLiteral("The intake needs the date the client filled it in."));
    for (const RedFlagItem &item : IntakeCatalog::redFlags()) {
        Answer answer = Answer::Unknown;
        for (const RedFlagAnswer &flag : intake.redFlags) {
            if (flag.key == item.key)
                answer = flag.answer;
        }
        if (answer == Answer::Unknown)
            checks.add(QStringLiteral("redFlags.%1").arg(item.key),
                       QStringLiteral("Red-flag question \"%1\" is not answered; every red flag "
                                      "must be answered Yes or No before signing.")
                               .arg(item.label));
    }
    if (!intake.consent.agreed)
        checks.add(QStringLiteral("consent.agreed"),
                   QStringLiteral("The client has not agreed to treatment; tick the consent box "
                                  "once they have."));
    if (intake.consent.typedName.trimmed().isEmpty())
        checks.add(QStringLiteral("consent.typedName"),
                   QStringLiteral("Consent needs the client's name as they typed it."));
    if (!intake.consent.date.isValid())
        checks.add(QStringLiteral("consent.date"), QStringLiteral("Consent needs a date."));
    if (intake.consent.signaturePng.isEmpty())
        checks.add(QStringLiteral("consent.signature"),
                   QStringLiteral("Consent needs the client's drawn signature."));
    errors << checks.errors;
    return errors;
}

} // namespace stillpoint::core
