// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stillpoint::core::IntakeJson {

namespace {

QString answerKey(Answer answer)
{
    switch (answer) {
    case Answer::Unknown:
        return {};
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Yes:
        return QStringLiteral("yes");
    }
    return {};
}

Answer answerFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("yes"))
        return Answer::Yes;
    if (text == QLatin1String("no"))
        return Answer::No;
    return Answer::Unknown;
}

void putAnswer(QJsonObject &object, const char *name, Answer answer)
{
    if (answer != Answer::Unknown)
        object.insert(QLatin1String(name), answerKey(answer));
}

void putInt(QJsonObject &object, const char *name, const std::optional<int> &value)
{
    if (value)
        object.insert(QLatin1String(name), *value);
}

void putDouble(QJsonObject &object, const char *name, const std::optional<double> &value)
{
    if (value)
        object.insert(QLatin1String(name), *value);
}

void putText(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

std::optional<int> intFrom(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> doubleFrom(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString textFrom(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFrom(const QJsonObject &object, const char *name)
{
    QStringList list;
    const QJsonArray array = object.value(QLatin1String(name)).toArray();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

QJsonArray medicationsArray(const QList<Medication> &medications)
{
    QJsonArray array;
    for (const Medication &medication : medications) {
        QJsonObject object;
        putText(object, "name", medication.name);
        putText(object, "dose", medication.dose);
        putText(object, "frequency", medication.frequency);
        array.append(object);
    }
    return array;
}

QList<Medication> medicationsFrom(const QJsonArray &array)
{
    QList<Medication> medications;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        medications << Medication{ textFrom(object, "name"), textFrom(object, "dose"),
                                   textFrom(object, "frequency") };
    }
    return medications;
}

QString acuteKindKey(AcuteMedicationKind kind)
{
    switch (kind) {
    case AcuteMedicationKind::Triptan:
        return QStringLiteral("triptan");
    case AcuteMedicationKind::SimpleAnalgesic:
        return QStringLiteral("simple-analgesic");
    case AcuteMedicationKind::Combination:
        return QStringLiteral("combination");
    case AcuteMedicationKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

AcuteMedicationKind acuteKindFrom(const QString &key)
{
    if (key == QLatin1String("triptan"))
        return AcuteMedicationKind::Triptan;
    if (key == QLatin1String("simple-analgesic"))
        return AcuteMedicationKind::SimpleAnalgesic;
    if (key == QLatin1String("combination"))
        return AcuteMedicationKind::Combination;
    return AcuteMedicationKind::Other;
}

QString pregnancyKey(Pregnancy pregnancy)
{
    switch (pregnancy) {
    case Pregnancy::NotAsked:
        return {};
    case Pregnancy::No:
        return QStringLiteral("no");
    case Pregnancy::Yes:
        return QStringLiteral("yes");
    }
    return {};
}

Pregnancy pregnancyFrom(const QString &key)
{
    if (key == QLatin1String("yes"))
        return Pregnancy::Yes;
    if (key == QLatin1String("no"))
        return Pregnancy::No;
    return Pregnancy::NotAsked;
}

QJsonObject healthObject(const HealthHistory &health)
{
    QJsonObject object;
    putText(object, "conditions", health.conditions);
    putText(object, "surgeries", health.surgeries);
    putText(object, "injuries", health.injuries);
    object.insert(QStringLiteral("medications"), medicationsArray(health.medications));
    putText(object, "allergies", health.allergies);
    putText(object, "pregnancy", pregnancyKey(health.pregnancy));
    putInt(object, "pregnancyWeeks", health.pregnancyWeeks);
    putText(object, "notes", health.notes);
    return object;
}

HealthHistory healthFrom(const QJsonObject &object)
{
    HealthHistory health;
    health.conditions = textFrom(object, "conditions");
    health.surgeries = textFrom(object, "surgeries");
    health.injuries = textFrom(object, "injuries");
    health.medications = medicationsFrom(object.value(QLatin1String("medications")).toArray());
    health.allergies = textFrom(object, "allergies");
    health.pregnancy = pregnancyFrom(textFrom(object, "pregnancy"));
    health.pregnancyWeeks = intFrom(object, "pregnancyWeeks");
    health.notes = textFrom(object, "notes");
    return health;
}

QJsonObject migraineObject(const MigraineHistory &m)
{
    QJsonObject object;
    putInt(object, "onsetAge", m.onsetAge);
    putInt(object, "attacksPerMonth", m.attacksPerMonth);
    putInt(object, "headacheDaysPerMonth", m.headacheDaysPerMonth);
    putInt(object, "migraineLikeDaysPerMonth", m.migraineLikeDaysPerMonth);
    putInt(object, "monthsWithThisPattern", m.monthsWithThisPattern);
    putInt(object, "lifetimeAttacks", m.lifetimeAttacks);
    putDouble(object, "typicalDurationHours", m.typicalDurationHours);
    putInt(object, "peakIntensity", m.peakIntensity);
    object.insert(QStringLiteral("locations"), stringArray(m.locations));
    object.insert(QStringLiteral("qualities"), stringArray(m.qualities));
    putAnswer(object, "nausea", m.nausea);
    putAnswer(object, "vomiting", m.vomiting);
    putAnswer(object, "lightSensitivity", m.lightSensitivity);
    putAnswer(object, "soundSensitivity", m.soundSensitivity);
    putAnswer(object, "worseWithActivity", m.worseWithActivity);
    putAnswer(object, "auraReported", m.auraReported);
    object.insert(QStringLiteral("auraTypes"), stringArray(m.auraTypes));
    putInt(object, "auraAttacks", m.auraAttacks);
    putInt(object, "auraDurationMinutes", m.auraDurationMinutes);
    putAnswer(object, "auraFullyReversible", m.auraFullyReversible);
    putAnswer(object, "auraSpreadsGradually", m.auraSpreadsGradually);
    putAnswer(object, "auraSymptomsInSuccession", m.auraSymptomsInSuccession);
    putAnswer(object, "auraOneSided", m.auraOneSided);
    putAnswer(object, "auraPositive", m.auraPositive);
    putAnswer(object, "headacheWithinHourOfAura", m.headacheWithinHourOfAura);
    putText(object, "physicianDiagnosis", m.physicianDiagnosis);
    QJsonArray acute;
    for (const AcuteMedication &medication : m.acuteMedications) {
        QJsonObject entry;
        putText(entry, "name", medication.name);
        entry.insert(QStringLiteral("kind"), acuteKindKey(medication.kind));
        putInt(entry, "daysPerMonth", medication.daysPerMonth);
        acute.append(entry);
    }
    object.insert(QStringLiteral("acuteMedications"), acute);
    object.insert(QStringLiteral("preventiveMedications"),
                  medicationsArray(m.preventiveMedications));
    object.insert(QStringLiteral("whatHelps"), stringArray(m.whatHelps));
    putText(object, "whatHelpsOther", m.whatHelpsOther);
    return object;
}

MigraineHistory migraineFrom(const QJsonObject &object)
{
    MigraineHistory m;
    m.onsetAge = intFrom(object, "onsetAge");
    m.attacksPerMonth = intFrom(object, "attacksPerMonth");
    m.headacheDaysPerMonth = intFrom(object, "headacheDaysPerMonth");
    m.migraineLikeDaysPerMonth = intFrom(object, "migraineLikeDaysPerMonth");
    m.monthsWithThisPattern = intFrom(object, "monthsWithThisPattern");
    m.lifetimeAttacks = intFrom(object, "lifetimeAttacks");
    m.typicalDurationHours = doubleFrom(object, "typicalDurationHours");
    m.peakIntensity = intFrom(object, "peakIntensity");
    m.locations = stringsFrom(object, "locations");
    m.qualities = stringsFrom(object, "qualities");
    m.nausea = answerFrom(object.value(QLatin1String("nausea")));
    m.vomiting = answerFrom(object.value(QLatin1String("vomiting")));
    m.lightSensitivity = answerFrom(object.value(QLatin1String("lightSensitivity")));
    m.soundSensitivity = answerFrom(object.value(QLatin1String("soundSensitivity")));
    m.worseWithActivity = answerFrom(object.value(QLatin1String("worseWithActivity")));
    m.auraReported = answerFrom(object.value(QLatin1String("auraReported")));
    m.auraTypes = stringsFrom(object, "auraTypes");
    m.auraAttacks = intFrom(object, "auraAttacks");
    m.auraDurationMinutes = intFrom(object, "auraDurationMinutes");
    m.auraFullyReversible = answerFrom(object.value(QLatin1String("auraFullyReversible")));
    m.auraSpreadsGradually = answerFrom(object.value(QLatin1String("auraSpreadsGradually")));
    m.auraSymptomsInSuccession =
            answerFrom(object.value(QLatin1String("auraSymptomsInSuccession")));
    m.auraOneSided = answerFrom(object.value(QLatin1String("auraOneSided")));
    m.auraPositive = answerFrom(object.value(QLatin1String("auraPositive")));
    m.headacheWithinHourOfAura =
            answerFrom(object.value(QLatin1String("headacheWithinHourOfAura")));
    m.physicianDiagnosis = textFrom(object, "physicianDiagnosis");
    const QJsonArray acute = object.value(QLatin1String("acuteMedications")).toArray();
    for (const QJsonValue &value : acute) {
        const QJsonObject entry = value.toObject();
        m.acuteMedications << AcuteMedication{ textFrom(entry, "name"),
                                               acuteKindFrom(textFrom(entry, "kind")),
                                               intFrom(entry, "daysPerMonth") };
    }
    m.preventiveMedications =
            medicationsFrom(object.value(QLatin1String("preventiveMedications")).toArray());
    m.whatHelps = stringsFrom(object, "whatHelps");
    m.whatHelpsOther = textFrom(object, "whatHelpsOther");
    return m;
}

QJsonObject answersObject(const QuestionnaireAnswers &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QuestionnaireAnswers answersFrom(const QJsonObject &object)
{
    QuestionnaireAnswers answers;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isDouble())
            answers.insert(it.key(), it.value().toInt());
    }
    return answers;
}

} // namespace

QByteArray write(const Intake &intake)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("health"), healthObject(intake.health));

    QJsonArray contraindications;
    for (const ContraindicationEntry &entry : intake.contraindications) {
        QJsonObject object{ { QStringLiteral("key"), entry.key } };
        putText(object, "note", entry.note);
        contraindications.append(object);
    }
    root.insert(QStringLiteral("contraindications"), contraindications);
    root.insert(QStringLiteral("migraine"), migraineObject(intake.migraine));

    QJsonArray triggers;
    for (const TriggerEntry &entry : intake.triggers) {
        QJsonObject object{ { QStringLiteral("key"), entry.key } };
        putText(object, "label", entry.label);
        object.insert(QStringLiteral("role"),
                      entry.role == TriggerRole::Trigger ? QStringLiteral("trigger")
                                                         : QStringLiteral("early-warning"));
        object.insert(QStringLiteral("certainty"),
                      entry.certainty == Certainty::Sure             ? QStringLiteral("sure")
                              : entry.certainty == Certainty::Unsure ? QStringLiteral("unsure")
                                                                     : QStringLiteral("probably"));
        triggers.append(object);
    }
    root.insert(QStringLiteral("triggers"), triggers);

    QJsonObject questionnaires;
    for (auto it = intake.questionnaires.cbegin(); it != intake.questionnaires.cend(); ++it)
        questionnaires.insert(it.key(), answersObject(it.value()));
    root.insert(QStringLiteral("questionnaires"), questionnaires);

    QJsonArray redFlags;
    for (const RedFlagAnswer &flag : intake.redFlags) {
        QJsonObject object{ { QStringLiteral("key"), flag.key } };
        putAnswer(object, "answer", flag.answer);
        putText(object, "note", flag.note);
        redFlags.append(object);
    }
    root.insert(QStringLiteral("redFlags"), redFlags);

    QJsonObject consent;
    consent.insert(QStringLiteral("agreed"), intake.consent.agreed);
    putText(consent, "typedName", intake.consent.typedName);
    if (intake.consent.date.isValid())
        consent.insert(QStringLiteral("date"), intake.consent.date.toString(Qt::ISODate));
    root.insert(QStringLiteral("consent"), consent);

    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status read(const QByteArray &json, Intake &intake)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("Intake %1 could not be read (%2). Run a check of the "
                                        "practice file and restore a backup if it is damaged.")
                                 .arg(intake.id)
                                 .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const int format = root.value(QLatin1String("format")).toInt();
    if (format < 1 || format > Format)
        return makeError(ErrorCode::TooNew,
                         QStringLiteral("Intake %1 was saved by a newer Stillpoint (format %2); "
                                        "update Stillpoint to read it.")
                                 .arg(intake.id)
                                 .arg(format));

    intake.health = healthFrom(root.value(QLatin1String("health")).toObject());
    intake.contraindications.clear();
    for (const QJsonValue &value : root.value(QLatin1String("contraindications")).toArray()) {
        const QJsonObject object = value.toObject();
        intake.contraindications << ContraindicationEntry{ textFrom(object, "key"),
                                                           textFrom(object, "note") };
    }
    intake.migraine = migraineFrom(root.value(QLatin1String("migraine")).toObject());
    intake.triggers.clear();
    for (const QJsonValue &value : root.value(QLatin1String("triggers")).toArray()) {
        const QJsonObject object = value.toObject();
        TriggerEntry entry;
        entry.key = textFrom(object, "key");
        entry.label = textFrom(object, "label");
        entry.role = textFrom(object, "role") == QLatin1String("early-warning")
                ? TriggerRole::EarlyWarningSign
                : TriggerRole::Trigger;
        const QString certainty = textFrom(object, "certainty");
        entry.certainty = certainty == QLatin1String("sure") ? Certainty::Sure
                : certainty == QLatin1String("unsure")       ? Certainty::Unsure
                                                             : Certainty::Probably;
        intake.triggers << entry;
    }
    intake.questionnaires.clear();
    const QJsonObject questionnaires = root.value(QLatin1String("questionnaires")).toObject();
    for (auto it = questionnaires.constBegin(); it != questionnaires.constEnd(); ++it)
        intake.questionnaires.insert(it.key(), answersFrom(it.value().toObject()));
    intake.redFlags.clear();
    for (const QJsonValue &value : root.value(QLatin1String("redFlags")).toArray()) {
        const QJsonObject object = value.toObject();
        intake.redFlags << RedFlagAnswer{ textFrom(object, "key"),
                                          answerFrom(object.value(QLatin1String("answer"))),
                                          textFrom(object, "note") };
    }
    const QJsonObject consent = root.value(QLatin1String("consent")).toObject();
    intake.consent.agreed = consent.value(QLatin1String("agreed")).toBool();
    intake.consent.typedName = textFrom(consent, "typedName");
    intake.consent.date = QDate::fromString(textFrom(consent, "date"), Qt::ISODate);
    return Status::success();
}

QByteArray writeAnswers(const QuestionnaireAnswers &answers)
{
    return QJsonDocument(answersObject(answers)).toJson(QJsonDocument::Compact);
}

Result<QuestionnaireAnswers> readAnswers(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("Stored questionnaire answers could not be read (%1).")
                                 .arg(parseError.errorString()));
    return answersFrom(document.object());
}

} // namespace stillpoint::core::IntakeJson
