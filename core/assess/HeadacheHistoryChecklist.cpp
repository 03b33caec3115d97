// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/HeadacheHistoryChecklist.h"

#include "core/intake/IntakeCatalog.h"

#include <initializer_list>
#include <utility>

namespace stillpoint::core {

namespace {

using Status = CriterionStatus;

// Thresholds from ICHD-3 (final version, 2018), section 1 "Migraine".
constexpr int MinAttacksWithoutAura = 5; // 1.1 A
constexpr double MinDurationHours = 4.0; // 1.1 B
constexpr double MaxDurationHours = 72.0;
// 1.1 C3 "moderate or severe pain": on the 0-10 scale, 1-3 is counted as mild and 4 or more as
// moderate or severe (the usual split of a numeric rating scale; ICHD-3 itself gives no numbers).
constexpr int ModerateIntensity = 4;
constexpr int MinAttacksWithAura = 2; // 1.2 A
constexpr int MinAuraMinutes = 5; // 1.2 C3
constexpr int MaxAuraMinutes = 60;
constexpr int MinChronicHeadacheDays = 15; // 1.3 A
constexpr int MinChronicMigraineDays = 8; // 1.3 C
constexpr int MinChronicMonths = 4; // "more than 3 months"
constexpr int MinAttacksForChronic = 5; // 1.3 B

// Three-valued logic: an unanswered question neither meets nor fails a criterion unless the other
// answers already decide it.
Status fromAnswer(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return Status::Met;
    case Answer::No:
        return Status::NotMet;
    case Answer::Unknown:
        break;
    }
    return Status::Unknown;
}

Status anyOf(std::initializer_list<Status> statuses)
{
    bool unknown = false;
    for (Status status : statuses) {
        if (status == Status::Met)
            return Status::Met;
        unknown = unknown || status == Status::Unknown;
    }
    return unknown ? Status::Unknown : Status::NotMet;
}

Status allOf(std::initializer_list<Status> statuses)
{
    bool unknown = false;
    for (Status status : statuses) {
        if (status == Status::NotMet)
            return Status::NotMet;
        unknown = unknown || status == Status::Unknown;
    }
    return unknown ? Status::Unknown : Status::Met;
}

// A list answer (locations, qualities) left empty is unanswered, not "none of these".
Status listContains(const QStringList &list, const QString &key)
{
    if (list.isEmpty())
        return Status::Unknown;
    return list.contains(key) ? Status::Met : Status::NotMet;
}

Status atLeastNumber(const std::optional<int> &value, int minimum)
{
    if (!value)
        return Status::Unknown;
    return *value >= minimum ? Status::Met : Status::NotMet;
}

// One of the features an "at least N of" criterion counts.
struct Feature
{
    QString name;
    Status status = Status::Unknown;
};

// "At least `needed` of these": met once enough features are met, not met once even the
// unanswered ones could not make up the number, unknown in between.
Status atLeast(int needed, const QList<Feature> &features)
{
    int met = 0;
    int unknown = 0;
    for (const Feature &feature : features) {
        if (feature.status == Status::Met)
            ++met;
        else if (feature.status == Status::Unknown)
            ++unknown;
    }
    if (met >= needed)
        return Status::Met;
    if (met + unknown < needed)
        return Status::NotMet;
    return Status::Unknown;
}

// "3 of 6 reported (at least 3 needed). Yes: a, b, c. No: d. Not answered: e, f."
QString featureBasis(int needed, const QList<Feature> &features)
{
    QStringList yes;
    QStringList no;
    QStringList unknown;
    for (const Feature &feature : features) {
        if (feature.status == Status::Met)
            yes << feature.name;
        else if (feature.status == Status::NotMet)
            no << feature.name;
        else
            unknown << feature.name;
    }
    QString basis = QStringLiteral("%1 of %2 reported (at least %3 needed).")
                            .arg(yes.size())
                            .arg(features.size())
                            .arg(needed);
    const QString separator = QStringLiteral(", ");
    if (!yes.isEmpty())
        basis += QStringLiteral(" Yes: ") + yes.join(separator) + QLatin1Char('.');
    if (!no.isEmpty())
        basis += QStringLiteral(" No: ") + no.join(separator) + QLatin1Char('.');
    if (!unknown.isEmpty())
        basis += QStringLiteral(" Not answered: ") + unknown.join(separator) + QLatin1Char('.');
    return basis;
}

QString answerWord(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Unknown:
        break;
    }
    return QStringLiteral("not answered");
}

QString numberOrNotAnswered(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("not answered");
}

// The criterion ICHD-3 puts last in every set ("not better accounted for by another ICHD-3
// diagnosis"). Only a physician can judge it, so it is always shown as Unknown and never counted:
// decide() runs before it is appended. Counting it would leave every set at "not enough
// information" whatever the client reported.
CriterionCheck physicianCriterion(const QString &id)
{
    return { id, QStringLiteral("Not better accounted for by another ICHD-3 headache disorder"),
             Status::Unknown, QStringLiteral("For the physician to judge") };
}

QString joinIds(const QStringList &ids)
{
    if (ids.size() <= 1)
        return ids.join(QString());
    return ids.mid(0, ids.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ")
            + ids.constLast();
}

QString criteriaPhrase(const QStringList &ids, const QString &state)
{
    const bool one = ids.size() == 1;
    return (one ? QStringLiteral("criterion ") : QStringLiteral("criteria ")) + joinIds(ids)
            + (one ? QStringLiteral(" is ") : QStringLiteral(" are ")) + state;
}

// Meets: every criterion met. Probable (when the set has a probable form, ICHD-3 1.5): exactly
// one not met and none unknown. NotMet: two or more not met, or one when there is no probable
// form. Otherwise the unanswered questions could still change the outcome.
void decide(CriteriaSetResult &set, const QString &probableCode, const QString &probableTitle)
{
    QStringList notMet;
    QStringList unknown;
    for (const CriterionCheck &check : std::as_const(set.criteria)) {
        if (check.status == Status::NotMet)
            notMet << check.id;
        else if (check.status == Status::Unknown)
            unknown << check.id;
    }
    const bool hasProbable = !probableCode.isEmpty();
    const QString name = set.code + QLatin1Char(' ') + set.title.toLower();
    const QString tail = QStringLiteral(" (history for a physician, not a diagnosis).");

    if (notMet.isEmpty() && unknown.isEmpty()) {
        set.outcome = ChecklistOutcome::Meets;
        set.summary =
                QStringLiteral("The reported history meets the ICHD-3 criteria for ") + name + tail;
    } else if (notMet.size() == 1 && unknown.isEmpty() && hasProbable) {
        set.outcome = ChecklistOutcome::Probable;
        set.summary = QStringLiteral("The reported history meets all but one of the ICHD-3 "
                                     "criteria for ")
                + name + QStringLiteral(" (") + criteriaPhrase(notMet, QStringLiteral("not met"))
                + QStringLiteral("), the pattern ICHD-3 lists as ") + probableCode
                + QLatin1Char(' ') + probableTitle + tail;
    } else if (notMet.size() >= 2 || (notMet.size() == 1 && !hasProbable)) {
        set.outcome = ChecklistOutcome::NotMet;
        set.summary = QStringLiteral("The reported history does not meet the ICHD-3 criteria "
                                     "for ")
                + name + QStringLiteral(": ") + criteriaPhrase(notMet, QStringLiteral("not met"))
                + tail;
    } else {
        set.outcome = ChecklistOutcome::NotEnoughInformation;
        set.summary = QStringLiteral("The reported history does not say enough to check the "
                                     "ICHD-3 criteria for ")
                + name + QStringLiteral(": ")
                + criteriaPhrase(unknown, QStringLiteral("not known from the answers")) + tail;
    }
}

CriteriaSetResult withoutAura(const MigraineHistory &history)
{
    CriteriaSetResult set{ QStringLiteral("1.1"),
                           QStringLiteral("Migraine without aura"),
                           {},
                           ChecklistOutcome::NotEnoughInformation,
                           {} };

    // Attacks without aura: all attacks less those with aura, when the client gave both.
    std::optional<int> withoutAura = history.lifetimeAttacks;
    QString attacksBasis = QStringLiteral("Attacks ever (about): %1")
                                   .arg(numberOrNotAnswered(history.lifetimeAttacks));
    if (history.lifetimeAttacks && history.auraAttacks && *history.auraAttacks > 0) {
        withoutAura = qMax(0, *history.lifetimeAttacks - *history.auraAttacks);
        attacksBasis += QStringLiteral(", of which %1 with aura").arg(*history.auraAttacks);
    }
    CriterionCheck a{ QStringLiteral("A"), QStringLiteral("At least 5 attacks meeting B to D"),
                      atLeastNumber(withoutAura, MinAttacksWithoutAura), attacksBasis };

    CriterionCheck b{ QStringLiteral("B"),
                      QStringLiteral("Attacks last 4 to 72 hours (untreated or unsuccessfully "
                                     "treated)"),
                      Status::Unknown, QStringLiteral("Typical duration not answered") };
    if (const auto hours = history.typicalDurationHours) {
        b.status = *hours >= MinDurationHours && *hours <= MaxDurationHours ? Status::Met
                                                                            : Status::NotMet;
        b.basis = QStringLiteral("Typical duration %1 hours").arg(*hours);
    }

    // A value off the 0-10 scale is a typing mistake the form shows; it decides nothing here.
    std::optional<int> peakOnScale = history.peakIntensity;
    if (peakOnScale && (*peakOnScale < 0 || *peakOnScale > 10))
        peakOnScale.reset();
    Status intensity = Status::Unknown;
    if (peakOnScale)
        intensity = *peakOnScale >= ModerateIntensity ? Status::Met : Status::NotMet;
    const QList<Feature> features{
        { QStringLiteral("one-sided"),
          listContains(history.locations, QStringLiteral("one-side")) },
        { QStringLiteral("pulsating"),
          listContains(history.qualities, QStringLiteral("pulsating")) },
        { QStringLiteral("moderate or severe pain"), intensity },
        { QStringLiteral("worse with or avoiding routine activity"),
          fromAnswer(history.worseWithActivity) },
    };
    CriterionCheck c{ QStringLiteral("C"),
                      QStringLiteral("At least 2 of: one-sided; pulsating; moderate or severe "
                                     "pain; worse with, or avoiding, routine physical activity"),
                      atLeast(2, features),
                      featureBasis(2, features)
                              + QStringLiteral(" Peak intensity %1 of 10; 4 or more counts as "
                                               "moderate or severe, 1 to 3 as mild.")
                                        .arg(numberOrNotAnswered(peakOnScale)) };

    const Status nauseaOrVomiting =
            anyOf({ fromAnswer(history.nausea), fromAnswer(history.vomiting) });
    const Status lightAndSound =
            allOf({ fromAnswer(history.lightSensitivity), fromAnswer(history.soundSensitivity) });
    CriterionCheck d{ QStringLiteral("D"),
                      QStringLiteral("During headache, at least 1 of: nausea and/or vomiting; "
                                     "sensitivity to both light and sound"),
                      anyOf({ nauseaOrVomiting, lightAndSound }),
                      QStringLiteral("Nausea %1, vomiting %2, light sensitivity %3, sound "
                                     "sensitivity %4")
                              .arg(answerWord(history.nausea), answerWord(history.vomiting),
                                   answerWord(history.lightSensitivity),
                                   answerWord(history.soundSensitivity)) };

    set.criteria = { a, b, c, d };
    decide(set, QStringLiteral("1.5.1"), QStringLiteral("probable migraine without aura"));
    set.criteria << physicianCriterion(QStringLiteral("E"));
    return set;
}

CriteriaSetResult withAura(const MigraineHistory &history)
{
    CriteriaSetResult set{ QStringLiteral("1.2"),
                           QStringLiteral("Migraine with aura"),
                           {},
                           ChecklistOutcome::NotEnoughInformation,
                           {} };
    CriterionCheck a{ QStringLiteral("A"),
                      QStringLiteral("At least 2 attacks meeting B and C"),
                      Status::Unknown,
                      {} };
    CriterionCheck b{ QStringLiteral("B"),
                      QStringLiteral("One or more fully reversible aura symptoms: visual, "
                                     "sensory, speech or language, motor, brainstem, retinal"),
                      Status::Unknown,
                      {} };
    CriterionCheck c{ QStringLiteral("C"),
                      QStringLiteral("At least 3 of 6: spreads gradually over 5 minutes or more; "
                                     "two or more symptoms in succession; each symptom lasts 5 to "
                                     "60 minutes; at least one one-sided; at least one positive; "
                                     "headache with the aura or within 60 minutes"),
                      Status::Unknown,
                      {} };

    if (history.auraReported == Answer::No) {
        // No aura: no attacks with aura and no aura characteristics, so A to C all fail.
        const QString none = QStringLiteral("No aura reported");
        a.status = b.status = c.status = Status::NotMet;
        a.basis = b.basis = c.basis = none;
    } else {
        a.status = atLeastNumber(history.auraAttacks, MinAttacksWithAura);
        a.basis = QStringLiteral("Attacks with aura ever (about): %1")
                          .arg(numberOrNotAnswered(history.auraAttacks));

        QStringList types;
        for (const QString &type : history.auraTypes)
            types << IntakeCatalog::label(IntakeCatalog::auraTypes(), type).toLower();
        const QString typeText =
                types.isEmpty() ? QStringLiteral("not answered") : types.join(QStringLiteral(", "));
        const Status reported = history.auraTypes.isEmpty() ? Status::Unknown : Status::Met;
        b.status = allOf({ reported, fromAnswer(history.auraFullyReversible) });
        b.basis = QStringLiteral("Aura types: %1; fully reversible: %2")
                          .arg(typeText, answerWord(history.auraFullyReversible));

        Status duration = Status::Unknown;
        if (const auto minutes = history.auraDurationMinutes)
            duration = *minutes >= MinAuraMinutes && *minutes <= MaxAuraMinutes ? Status::Met
                                                                                : Status::NotMet;
        const QList<Feature> features{
            { QStringLiteral("spreads gradually over 5 minutes or more"),
              fromAnswer(history.auraSpreadsGradually) },
            { QStringLiteral("two or more symptoms in succession"),
              fromAnswer(history.auraSymptomsInSuccession) },
            { QStringLiteral("each symptom lasts 5 to 60 minutes"), duration },
            { QStringLiteral("at least one one-sided"), fromAnswer(history.auraOneSided) },
            { QStringLiteral("at least one positive"), fromAnswer(history.auraPositive) },
            { QStringLiteral("headache within 60 minutes"),
              fromAnswer(history.headacheWithinHourOfAura) },
        };
        c.status = atLeast(3, features);
        c.basis = featureBasis(3, features)
                + QStringLiteral(" Aura symptom duration: %1 minutes.")
                          .arg(numberOrNotAnswered(history.auraDurationMinutes));
    }

    set.criteria = { a, b, c };
    decide(set, QStringLiteral("1.5.2"), QStringLiteral("probable migraine with aura"));
    set.criteria << physicianCriterion(QStringLiteral("D"));
    return set;
}

Status statusOf(const CriteriaSetResult &set, const QString &id)
{
    for (const CriterionCheck &check : set.criteria) {
        if (check.id == id)
            return check.status;
    }
    return Status::Unknown;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::NotMet:
        return QStringLiteral("not met");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("not known");
}

CriteriaSetResult chronic(const MigraineHistory &history, const CriteriaSetResult &without,
                          const CriteriaSetResult &with)
{
    CriteriaSetResult set{ QStringLiteral("1.3"),
                           QStringLiteral("Chronic migraine"),
                           {},
                           ChecklistOutcome::NotEnoughInformation,
                           {} };
    const Status months = atLeastNumber(history.monthsWithThisPattern, MinChronicMonths);
    const QString monthsText = history.monthsWithThisPattern
            ? QStringLiteral("for %1 months").arg(*history.monthsWithThisPattern)
            : QStringLiteral("months with this pattern not answered");

    CriterionCheck a{ QStringLiteral("A"),
                      QStringLiteral("Headache on 15 or more days a month for more than 3 months"),
                      allOf({ atLeastNumber(history.headacheDaysPerMonth, MinChronicHeadacheDays),
                              months }),
                      QStringLiteral("Headache days a month: %1, %2")
                              .arg(numberOrNotAnswered(history.headacheDaysPerMonth), monthsText) };

    // ICHD-3 1.3 B: a history of at least 5 attacks meeting 1.1 B-D and/or 1.2 B and C.
    const Status withoutAuraAttacks = allOf(
            { statusOf(without, QStringLiteral("A")), statusOf(without, QStringLiteral("B")),
              statusOf(without, QStringLiteral("C")), statusOf(without, QStringLiteral("D")) });
    const Status withAuraAttacks = history.auraReported == Answer::No
            ? Status::NotMet
            : allOf({ atLeastNumber(history.auraAttacks, MinAttacksForChronic),
                      statusOf(with, QStringLiteral("B")), statusOf(with, QStringLiteral("C")) });
    CriterionCheck b{ QStringLiteral("B"),
                      QStringLiteral("At least 5 attacks meeting the criteria of 1.1 (B to D) or "
                                     "of 1.2 (B and C)"),
                      anyOf({ withoutAuraAttacks, withAuraAttacks }),
                      QStringLiteral("1.1 A to D: %1; 1.2 B and C with at least 5 attacks with "
                                     "aura: %2")
                              .arg(statusWord(withoutAuraAttacks), statusWord(withAuraAttacks)) };

    CriterionCheck c{
        QStringLiteral("C"),
        QStringLiteral("Migraine-like headache on 8 or more days a month for more "
                       "than 3 months"),
        allOf({ atLeastNumber(history.migraineLikeDaysPerMonth, MinChronicMigraineDays), months }),
        QStringLiteral("Migraine-like days a month: %1, %2")
                .arg(numberOrNotAnswered(history.migraineLikeDaysPerMonth), monthsText)
    };

    set.criteria = { a, b, c };
    // ICHD-3 (final) has no "probable chronic migraine": one criterion not met means not met.
    decide(set, {}, {});
    set.criteria << physicianCriterion(QStringLiteral("D"));
    return set;
}

} // namespace

HeadacheHistoryChecklist HeadacheHistoryChecklist::evaluate(const MigraineHistory &history)
{
    const CriteriaSetResult without = withoutAura(history);
    const CriteriaSetResult with = withAura(history);
    return { { without, with, chronic(history, without, with) } };
}

QString HeadacheHistoryChecklist::disclaimer()
{
    return QStringLiteral("Reported history for a physician to review. This is not a diagnosis.");
}

QString HeadacheHistoryChecklist::outcomeLabel(ChecklistOutcome outcome)
{
    switch (outcome) {
    case ChecklistOutcome::Meets:
        return QStringLiteral("Criteria met");
    case ChecklistOutcome::Probable:
        return QStringLiteral("All but one criterion met");
    case ChecklistOutcome::NotMet:
        return QStringLiteral("Criteria not met");
    case ChecklistOutcome::NotEnoughInformation:
        return QStringLiteral("Not enough information");
    }
    return {};
}

QString HeadacheHistoryChecklist::statusLabel(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QStringLiteral("Met");
    case CriterionStatus::NotMet:
        return QStringLiteral("Not met");
    case CriterionStatus::Unknown:
        return QStringLiteral("Not known");
    }
    return {};
}

} // namespace stillpoint::core
