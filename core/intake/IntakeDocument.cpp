// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeDocument.h"

#include "core/assess/HeadacheHistoryChecklist.h"
#include "core/assess/QuestionnaireLoader.h"
#include "core/intake/IntakeCatalog.h"

#include <QHash>
#include <QLocale>
#include <QPair>

#include <algorithm>

namespace stillpoint::core {

namespace {

const QString NotAnswered = QStringLiteral("—");
const QString ListSeparator = QStringLiteral("; ");

const QString HealthSection = QStringLiteral("Health history");
const QString ContraindicationsSection = QStringLiteral("Contraindications");
const QString MigraineSection = QStringLiteral("Migraine history");
const QString TriggersSection = QStringLiteral("Triggers");
const QString QuestionnairesSection = QStringLiteral("Questionnaires");
const QString RedFlagsSection = QStringLiteral("Red flags");
const QString ConsentSection = QStringLiteral("Consent");

// "3 March 2026", whatever the system locale, so printouts and comparisons are reproducible.
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return NotAnswered;
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? NotAnswered : trimmed;
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : NotAnswered;
}

QString answer(Answer value)
{
    return value == Answer::Unknown ? NotAnswered : IntakeCatalog::answerLabel(value);
}

QString labels(const QList<CatalogEntry> &catalog, const QStringList &keys)
{
    QStringList shown;
    for (const QString &key : keys)
        shown << IntakeCatalog::label(catalog, key);
    return shown.isEmpty() ? NotAnswered : shown.join(QStringLiteral(", "));
}

QString medicationText(const Medication &medication)
{
    QString shown = medication.name.trimmed();
    if (!medication.dose.trimmed().isEmpty())
        shown += QLatin1Char(' ') + medication.dose.trimmed();
    if (!medication.frequency.trimmed().isEmpty())
        shown += QStringLiteral(", ") + medication.frequency.trimmed();
    return shown.trimmed();
}

QString medicationList(const QList<Medication> &medications)
{
    QStringList shown;
    for (const Medication &medication : medications)
        shown << medicationText(medication);
    return shown.isEmpty() ? QStringLiteral("None listed") : shown.join(ListSeparator);
}

QString acuteMedicationText(const AcuteMedication &medication)
{
    const QString days = medication.daysPerMonth
            ? QStringLiteral("%1 days a month").arg(*medication.daysPerMonth)
            : QStringLiteral("days a month not answered");
    return QStringLiteral("%1 (%2): %3")
            .arg(medication.name.trimmed(), IntakeCatalog::acuteKindLabel(medication.kind), days);
}

// "Fever (since Monday)": a ticked item with the therapist's note.
QString withNote(const QString &label, const QString &note)
{
    return note.trimmed().isEmpty()
            ? label
            : label + QStringLiteral(" (") + note.trimmed() + QLatin1Char(')');
}

void addHealth(QList<IntakeLine> &lines, const HealthHistory &health)
{
    const auto add = [&lines](const QString &label, const QString &value) {
        lines << IntakeLine{ HealthSection, label, value };
    };
    add(QStringLiteral("Conditions"), text(health.conditions));
    add(QStringLiteral("Surgeries"), text(health.surgeries));
    add(QStringLiteral("Injuries"), text(health.injuries));
    add(QStringLiteral("Medications"), medicationList(health.medications));
    add(QStringLiteral("Allergies"), text(health.allergies));
    QString pregnancy = health.pregnancy == Pregnancy::NotAsked
            ? NotAnswered
            : IntakeCatalog::pregnancyLabel(health.pregnancy);
    if (health.pregnancy == Pregnancy::Yes && health.pregnancyWeeks)
        pregnancy += QStringLiteral(", %1 weeks").arg(*health.pregnancyWeeks);
    add(QStringLiteral("Pregnancy"), pregnancy);
    add(QStringLiteral("Notes"), text(health.notes));
}

// One line per group, so a ticked or unticked item shows up as a change to its group.
void addContraindications(QList<IntakeLine> &lines, const QList<ContraindicationEntry> &entries)
{
    for (ContraindicationGroup group :
         { ContraindicationGroup::DeferSession, ContraindicationGroup::AvoidArea,
           ContraindicationGroup::Caution }) {
        QStringList ticked;
        for (const ContraindicationItem &item : IntakeCatalog::contraindications()) {
            if (item.group != group)
                continue;
            for (const ContraindicationEntry &entry : entries) {
                if (entry.key == item.key)
                    ticked << withNote(item.label, entry.note);
            }
        }
        lines << IntakeLine{ ContraindicationsSection, IntakeCatalog::groupLabel(group),
                             ticked.isEmpty() ? QStringLiteral("None ticked")
                                              : ticked.join(ListSeparator) };
    }
    QStringList unknown;
    for (const ContraindicationEntry &entry : entries) {
        if (!IntakeCatalog::contraindication(entry.key))
            unknown << withNote(entry.key, entry.note);
    }
    if (!unknown.isEmpty())
        lines << IntakeLine{ ContraindicationsSection, QStringLiteral("Other"),
                             unknown.join(ListSeparator) };
}

void addMigraine(QList<IntakeLine> &lines, const MigraineHistory &history)
{
    const auto add = [&lines](const QString &label, const QString &value) {
        lines << IntakeLine{ MigraineSection, label, value };
    };
    add(QStringLiteral("Age at first onset"), number(history.onsetAge));
    add(QStringLiteral("Attacks per month"), number(history.attacksPerMonth));
    add(QStringLiteral("Headache days per month"), number(history.headacheDaysPerMonth));
    add(QStringLiteral("Migraine-like days per month"), number(history.migraineLikeDaysPerMonth));
    add(QStringLiteral("Months with this pattern"), number(history.monthsWithThisPattern));
    add(QStringLiteral("Attacks ever (about)"), number(history.lifetimeAttacks));
    add(QStringLiteral("Typical duration (hours)"),
        history.typicalDurationHours ? QString::number(*history.typicalDurationHours)
                                     : NotAnswered);
    add(QStringLiteral("Peak intensity (0–10)"), number(history.peakIntensity));
    add(QStringLiteral("Location"), labels(IntakeCatalog::headacheLocations(), history.locations));
    add(QStringLiteral("Quality"), labels(IntakeCatalog::headacheQualities(), history.qualities));
    add(QStringLiteral("Nausea"), answer(history.nausea));
    add(QStringLiteral("Vomiting"), answer(history.vomiting));
    add(QStringLiteral("Sensitivity to light"), answer(history.lightSensitivity));
    add(QStringLiteral("Sensitivity to sound"), answer(history.soundSensitivity));
    add(QStringLiteral("Worse with routine physical activity"), answer(history.worseWithActivity));

    add(QStringLiteral("Aura"), answer(history.auraReported));
    add(QStringLiteral("Aura types"), labels(IntakeCatalog::auraTypes(), history.auraTypes));
    add(QStringLiteral("Attacks with aura ever (about)"), number(history.auraAttacks));
    add(QStringLiteral("Aura symptom duration (minutes)"), number(history.auraDurationMinutes));
    add(QStringLiteral("Aura fully reversible"), answer(history.auraFullyReversible));
    add(QStringLiteral("Aura spreads gradually over 5 minutes or more"),
        answer(history.auraSpreadsGradually));
    add(QStringLiteral("Two or more aura symptoms one after another"),
        answer(history.auraSymptomsInSuccession));
    add(QStringLiteral("At least one aura symptom on one side"), answer(history.auraOneSided));
    add(QStringLiteral("At least one positive aura symptom (flicker, tingling)"),
        answer(history.auraPositive));
    add(QStringLiteral("Headache within an hour of the aura"),
        answer(history.headacheWithinHourOfAura));

    // What the client says a physician told them; the field is the client's report.
    add(QStringLiteral("Physician's diagnosis (as reported)"), text(history.physicianDiagnosis));
    QStringList acute;
    for (const AcuteMedication &medication : history.acuteMedications)
        acute << acuteMedicationText(medication);
    add(QStringLiteral("Acute medications"),
        acute.isEmpty() ? QStringLiteral("None listed") : acute.join(ListSeparator));
    add(QStringLiteral("Preventive medications"), medicationList(history.preventiveMedications));
    QStringList helps;
    for (const QString &key : history.whatHelps)
        helps << IntakeCatalog::label(IntakeCatalog::reliefMeasures(), key);
    if (!history.whatHelpsOther.trimmed().isEmpty())
        helps << history.whatHelpsOther.trimmed();
    add(QStringLiteral("What helps"),
        helps.isEmpty() ? NotAnswered : helps.join(QStringLiteral(", ")));
}

// One line per ticked trigger (the literature's list in its order, then the practice's and free
// entries as stored), so a changed role or certainty shows against that trigger.
void addTriggers(QList<IntakeLine> &lines, const QList<TriggerEntry> &triggers)
{
    QList<TriggerEntry> ordered;
    for (const CatalogEntry &entry : IntakeCatalog::triggers()) {
        for (const TriggerEntry &trigger : triggers) {
            if (trigger.key == entry.key)
                ordered << trigger;
        }
    }
    for (const TriggerEntry &trigger : triggers) {
        const bool inCatalog = std::any_of(
                IntakeCatalog::triggers().cbegin(), IntakeCatalog::triggers().cend(),
                [&trigger](const CatalogEntry &entry) { return entry.key == trigger.key; });
        if (!inCatalog)
            ordered << trigger;
    }
    if (ordered.isEmpty()) {
        lines << IntakeLine{ TriggersSection, QStringLiteral("Triggers"),
                             QStringLiteral("None ticked") };
        return;
    }
    for (const TriggerEntry &trigger : std::as_const(ordered)) {
        QString label = trigger.label.trimmed();
        if (label.isEmpty())
            label = IntakeCatalog::label(IntakeCatalog::triggers(), trigger.key);
        lines << IntakeLine{ TriggersSection, label,
                             IntakeCatalog::triggerRoleLabel(trigger.role) + QStringLiteral(", ")
                                     + IntakeCatalog::certaintyLabel(trigger.certainty).toLower() };
    }
}

// "MIDAS" from "MIDAS (Migraine Disability Assessment)".
QString shortTitle(const QString &title)
{
    return title.section(QStringLiteral(" ("), 0, 0);
}

QString itemAnswer(const QuestionnaireItem &item, int value)
{
    switch (item.kind) {
    case AnswerKind::Days:
        return value == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(value);
    case AnswerKind::Scale:
        return QStringLiteral("%1 of %2").arg(value).arg(item.maximum);
    case AnswerKind::Choice:
        if (value >= 0 && value < item.options.size())
            return item.options.at(value).label;
        break;
    }
    return QString::number(value);
}

// The total and grade, or why there is none. An unanswered scored item means "incomplete": a
// partial sum would read as a (too low) score.
QString scoreText(const QuestionnaireDefinition &definition, const QuestionnaireAnswers &answers)
{
    int missing = 0;
    for (const QuestionnaireItem &item : definition.items) {
        if (item.scored && !answers.contains(item.id))
            ++missing;
    }
    if (missing > 0)
        return missing == 1
                ? QStringLiteral("incomplete (1 scored item not answered)")
                : QStringLiteral("incomplete (%1 scored items not answered)").arg(missing);
    const auto score = QuestionnaireScorer::score(definition, answers);
    if (!score)
        return QStringLiteral("not scored: ") + score.error().message;
    if (score->grade.isEmpty())
        return QStringLiteral("%1 (%2)").arg(score->total).arg(score->gradeLabel);
    return QStringLiteral("%1 (grade %2: %3)")
            .arg(score->total)
            .arg(score->grade, score->gradeLabel);
}

void addQuestionnaires(QList<IntakeLine> &lines,
                       const QMap<QString, QuestionnaireAnswers> &questionnaires)
{
    if (questionnaires.isEmpty()) {
        lines << IntakeLine{ QuestionnairesSection, QStringLiteral("Questionnaires"),
                             QStringLiteral("None given") };
        return;
    }
    QStringList ids;
    for (const QString &id : QuestionnaireLoader::builtInIds()) {
        if (questionnaires.contains(id))
            ids << id;
    }
    for (auto it = questionnaires.cbegin(); it != questionnaires.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids << it.key();
    }

    for (const QString &id : std::as_const(ids)) {
        const QuestionnaireAnswers answers = questionnaires.value(id);
        const auto definition = QuestionnaireLoader::builtIn(id);
        if (!definition) {
            for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                lines << IntakeLine{ QuestionnairesSection, id + QStringLiteral(": ") + it.key(),
                                     QString::number(it.value()) };
            lines << IntakeLine{ QuestionnairesSection, id + QStringLiteral(" score"),
                                 QStringLiteral("not scored: no definition for this "
                                                "questionnaire") };
            continue;
        }
        const QString name = shortTitle(definition->title);
        for (const QuestionnaireItem &item : definition->items) {
            const auto given = answers.constFind(item.id);
            lines << IntakeLine{ QuestionnairesSection, name + QStringLiteral(": ") + item.label,
                                 given == answers.cend() ? NotAnswered
                                                         : itemAnswer(item, given.value()) };
        }
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (!definition->item(it.key()))
                lines << IntakeLine{ QuestionnairesSection,
                                     name + QStringLiteral(": item ") + it.key(),
                                     QString::number(it.value()) };
        }
        lines << IntakeLine{ QuestionnairesSection, name + QStringLiteral(" score"),
                             scoreText(*definition, answers) };
    }
}

QString redFlagValue(const RedFlagAnswer &flag)
{
    const QString shown = answer(flag.answer);
    return flag.note.trimmed().isEmpty() ? shown
                                         : shown + QStringLiteral("; note: ") + flag.note.trimmed();
}

void addRedFlags(QList<IntakeLine> &lines, const QList<RedFlagAnswer> &flags)
{
    for (const RedFlagItem &item : IntakeCatalog::redFlags()) {
        RedFlagAnswer given;
        for (const RedFlagAnswer &flag : flags) {
            if (flag.key == item.key)
                given = flag;
        }
        lines << IntakeLine{ RedFlagsSection, item.label, redFlagValue(given) };
    }
    for (const RedFlagAnswer &flag : flags) {
        if (!IntakeCatalog::redFlag(flag.key))
            lines << IntakeLine{ RedFlagsSection, flag.key, redFlagValue(flag) };
    }
}

// The drawn signature itself is never text: only whether there is one.
void addConsent(QList<IntakeLine> &lines, const Consent &consent)
{
    lines << IntakeLine{ ConsentSection, QStringLiteral("Agreed"),
                         consent.agreed ? QStringLiteral("Yes") : QStringLiteral("No") };
    lines << IntakeLine{ ConsentSection, QStringLiteral("Typed name"), text(consent.typedName) };
    lines << IntakeLine{ ConsentSection, QStringLiteral("Date"), longDate(consent.date) };
    lines << IntakeLine{ ConsentSection, QStringLiteral("Signature"),
                         consent.signaturePng.isEmpty() ? QStringLiteral("no signature")
                                                        : QStringLiteral("signature on file") };
}

// Lines keyed by section and label; a label repeated within a section (two free triggers with
// the same name) is told apart by its place among its namesakes.
QList<QPair<QString, IntakeLine>> keyed(const QList<IntakeLine> &lines)
{
    QHash<QString, int> seen;
    QList<QPair<QString, IntakeLine>> result;
    for (const IntakeLine &line : lines) {
        const QString base = line.section + QChar(0x1f) + line.label;
        const int occurrence = seen[base]++;
        result << qMakePair(base + QChar(0x1f) + QString::number(occurrence), line);
    }
    return result;
}

QString escaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString statusText(const Intake &intake)
{
    switch (intake.status) {
    case IntakeStatus::Signed:
        return QStringLiteral("Signed by %1 on %2")
                .arg(text(intake.signedBy), longDate(intake.signedAtUtc.toLocalTime().date()));
    case IntakeStatus::Discarded:
        return QStringLiteral("DISCARDED DRAFT — not signed");
    case IntakeStatus::Draft:
        break;
    }
    return QStringLiteral("DRAFT — not signed");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + escaped(label)
            + QStringLiteral("</th><td valign=\"top\">") + escaped(value)
            + QStringLiteral("</td></tr>\n");
}

const QString TableStart =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
const QString TableEnd = QStringLiteral("</table>\n");

QString checklistHtml(const MigraineHistory &history)
{
    QString html = QStringLiteral("<h2>Headache history checklist (ICHD-3)</h2>\n<p><b>")
            + escaped(HeadacheHistoryChecklist::disclaimer()) + QStringLiteral("</b></p>\n");
    for (const CriteriaSetResult &set : HeadacheHistoryChecklist::evaluate(history).sets) {
        html += QStringLiteral("<p><b>") + escaped(set.code + QLatin1Char(' ') + set.title)
                + QStringLiteral(": ")
                + escaped(HeadacheHistoryChecklist::outcomeLabel(set.outcome))
                + QStringLiteral("</b><br>") + escaped(set.summary) + QStringLiteral("</p>\n")
                + TableStart
                + QStringLiteral("<tr><th align=\"left\">Criterion</th><th "
                                 "align=\"left\">Reported history</th><th "
                                 "align=\"left\">Basis</th></tr>\n");
        for (const CriterionCheck &check : set.criteria)
            html += QStringLiteral("<tr><td valign=\"top\">")
                    + escaped(check.id + QStringLiteral(": ") + check.text)
                    + QStringLiteral("</td><td valign=\"top\">")
                    + escaped(HeadacheHistoryChecklist::statusLabel(check.status))
                    + QStringLiteral("</td><td valign=\"top\">") + escaped(check.basis)
                    + QStringLiteral("</td></tr>\n");
        html += TableEnd;
    }
    return html;
}

} // namespace

namespace IntakeDocument {

QList<IntakeLine> lines(const Intake &intake)
{
    QList<IntakeLine> result;
    addHealth(result, intake.health);
    addContraindications(result, intake.contraindications);
    addMigraine(result, intake.migraine);
    addTriggers(result, intake.triggers);
    addQuestionnaires(result, intake.questionnaires);
    addRedFlags(result, intake.redFlags);
    addConsent(result, intake.consent);
    return result;
}

QList<IntakeDifference> compare(const Intake &before, const Intake &after)
{
    const auto beforeLines = keyed(lines(before));
    const auto afterLines = keyed(lines(after));

    QHash<QString, IntakeLine> beforeByKey;
    for (const auto &[key, line] : beforeLines)
        beforeByKey.insert(key, line);
    QHash<QString, IntakeLine> afterByKey;
    QStringList order;
    for (const auto &[key, line] : afterLines) {
        afterByKey.insert(key, line);
        order << key;
    }
    // A line only the earlier version has goes right after the line that preceded it there.
    for (qsizetype i = 0; i < beforeLines.size(); ++i) {
        const QString &key = beforeLines.at(i).first;
        if (afterByKey.contains(key))
            continue;
        qsizetype position = 0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const qsizetype found = order.indexOf(beforeLines.at(j).first);
            if (found >= 0) {
                position = found + 1;
                break;
            }
        }
        order.insert(position, key);
    }

    QList<IntakeDifference> differences;
    for (const QString &key : std::as_const(order)) {
        const auto was = beforeByKey.constFind(key);
        const auto now = afterByKey.constFind(key);
        if (was != beforeByKey.cend() && now != afterByKey.cend() && was->value == now->value)
            continue;
        const IntakeLine &line = now != afterByKey.cend() ? *now : *was;
        differences << IntakeDifference{ line.section, line.label,
                                         was != beforeByKey.cend() ? was->value : QString(),
                                         now != afterByKey.cend() ? now->value : QString() };
    }
    return differences;
}

QString html(const Intake &intake, const Client &client, const QString &practiceName)
{
    const QString clientName = text(client.displayName());
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>Intake: ")
            + escaped(clientName) + QStringLiteral("</title></head><body>\n<h1>Intake: ")
            + escaped(clientName) + QStringLiteral("</h1>\n<p>") + escaped(practiceName)
            + QStringLiteral("</p>\n");
    const QString status = statusText(intake);
    // A draft's status is bold so a printed draft cannot pass for the signed record.
    if (intake.status == IntakeStatus::Signed)
        html += QStringLiteral("<p>") + escaped(status) + QStringLiteral("</p>\n");
    else
        html += QStringLiteral("<p><b>") + escaped(status) + QStringLiteral("</b></p>\n");
    html += TableStart + row(QStringLiteral("Client"), clientName)
            + row(QStringLiteral("Date of birth"), longDate(client.dateOfBirth))
            + row(QStringLiteral("Intake date"), longDate(intake.intakeDate))
            + row(QStringLiteral("Version"),
                  intake.version > 0 ? QString::number(intake.version) : NotAnswered)
            + TableEnd;

    QString section;
    for (const IntakeLine &line : lines(intake)) {
        if (line.section != section) {
            if (!section.isEmpty())
                html += TableEnd;
            section = line.section;
            html += QStringLiteral("<h2>") + escaped(section) + QStringLiteral("</h2>\n")
                    + TableStart;
        }
        // A red flag answered Yes must not be missed on paper.
        if (section == RedFlagsSection && line.value.startsWith(QLatin1String("Yes")))
            html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + escaped(line.label)
                    + QStringLiteral("</th><td valign=\"top\"><b><font color=\"#a00000\">")
                    + escaped(line.value) + QStringLiteral("</font></b></td></tr>\n");
        else
            html += row(line.label, line.value);
    }
    if (!section.isEmpty())
        html += TableEnd;

    html += checklistHtml(intake.migraine) + QStringLiteral("</body></html>\n");
    return html;
}

} // namespace IntakeDocument

} // namespace stillpoint::core
