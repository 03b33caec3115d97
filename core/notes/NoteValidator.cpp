// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteValidator.h"

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

QString indexed(const char *list, qsizetype index, const char *field)
{
    return QStringLiteral("%1.%2.%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(field));
}

bool written(const QString &text)
{
    return !text.trimmed().isEmpty();
}

bool inUnitRange(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

bool knownMuscle(const QString &key)
{
    for (const MuscleInfo &muscle : BodyChartCatalog::muscles()) {
        if (muscle.key == key)
            return true;
    }
    return false;
}

void checkMarks(Checks &checks, const QList<BodyMark> &marks)
{
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const BodyMark &mark = marks.at(i);
        const int n = static_cast<int>(i) + 1;
        if (!inUnitRange(mark.x))
            checks.add(indexed("marks", i, "x"),
                       QStringLiteral("Mark %1 lies outside the drawing; place it on the chart "
                                      "again.")
                               .arg(n));
        if (!inUnitRange(mark.y))
            checks.add(indexed("marks", i, "y"),
                       QStringLiteral("Mark %1 lies outside the drawing; place it on the chart "
                                      "again.")
                               .arg(n));
        checks.range(mark.intensity, 0, 10, indexed("marks", i, "intensity"),
                     QStringLiteral("Mark %1's intensity").arg(n),
                     QStringLiteral("on the 0–10 scale"));
        if (mark.directionDegrees) {
            if (mark.type != MarkType::ReferredPain)
                checks.add(indexed("marks", i, "direction"),
                           QStringLiteral("Mark %1 has a direction, which only referred pain "
                                          "has; remove it or make the mark referred pain.")
                                   .arg(n));
            else
                checks.range(mark.directionDegrees, 0, 359, indexed("marks", i, "direction"),
                             QStringLiteral("Mark %1's direction").arg(n),
                             QStringLiteral("degrees"));
        }
        if (mark.pressurePainThreshold) {
            const double ppt = *mark.pressurePainThreshold;
            if (!std::isfinite(ppt) || ppt < 0.1 || ppt > 20.0)
                checks.add(indexed("marks", i, "ppt"),
                           QStringLiteral("Mark %1's pressure-pain threshold must be 0.1 to 20 "
                                          "kg/cm²; %2 was entered.")
                                   .arg(n)
                                   .arg(ppt));
        }
        if (!mark.muscle.isEmpty() && !knownMuscle(mark.muscle))
            checks.add(indexed("marks", i, "muscle"),
                       QStringLiteral("Mark %1 names a muscle (\"%2\") that is not on the list.")
                               .arg(n)
                               .arg(mark.muscle));
    }
}

} // namespace

QList<Error> NoteValidator::problems(const NoteContent &content)
{
    Checks checks;
    const Subjective &s = content.subjective;
    checks.range(s.painBefore, 0, 10, QStringLiteral("subjective.painBefore"),
                 QStringLiteral("Pain before the session"), QStringLiteral("on the 0–10 scale"));
    checks.range(s.headacheDaysSinceLastVisit, 0, 366,
                 QStringLiteral("subjective.headacheDaysSinceLastVisit"),
                 QStringLiteral("Headache days since the last visit"));

    const Objective &o = content.objective;
    QList<CervicalMotion> measured;
    for (qsizetype i = 0; i < o.rangeOfMotion.size(); ++i) {
        const RangeOfMotion &range = o.rangeOfMotion.at(i);
        const QString label = NoteCatalog::motionLabel(range.motion);
        checks.range(range.degrees, 0, 120, indexed("objective.rangeOfMotion", i, "degrees"), label,
                     QStringLiteral("degrees"));
        if (measured.contains(range.motion))
            checks.add(indexed("objective.rangeOfMotion", i, "motion"),
                       QStringLiteral("%1 is recorded twice; keep one measurement per "
                                      "direction.")
                               .arg(label));
        measured << range.motion;
    }
    for (qsizetype i = 0; i < o.techniques.size(); ++i) {
        const TechniqueUse &use = o.techniques.at(i);
        const int n = static_cast<int>(i) + 1;
        if (!written(use.technique))
            checks.add(indexed("objective.techniques", i, "technique"),
                       QStringLiteral("Technique %1 needs a name.").arg(n));
        checks.range(use.minutes, 1, 240, indexed("objective.techniques", i, "minutes"),
                     QStringLiteral("Technique %1's time").arg(n), QStringLiteral("minutes"));
    }

    checks.range(content.assessment.painAfter, 0, 10, QStringLiteral("assessment.painAfter"),
                 QStringLiteral("Pain after the session"), QStringLiteral("on the 0–10 scale"));
    if (content.plan.nextVisit && !content.plan.nextVisit->isValid())
        checks.add(QStringLiteral("plan.nextVisit"),
                   QStringLiteral("The next visit's date is not a valid date."));
    checkMarks(checks, content.marks);
    return checks.errors;
}

QList<Error> NoteValidator::problemsForSigning(const SessionNote &note)
{
    Checks checks;
    if (!note.sessionDate.isValid())
        checks.add(QStringLiteral("sessionDate"),
                   QStringLiteral("Enter the date of the session before signing."));
    QList<Error> errors = checks.errors + problems(note.content);
    if (note.sessionDate.isValid() && note.content.plan.nextVisit
        && note.content.plan.nextVisit->isValid()
        && *note.content.plan.nextVisit < note.sessionDate)
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("The next visit is dated before this session."),
                            QStringLiteral("plan.nextVisit"));
    if (!hasWriting(note.content))
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("Write at least one of S, O, A or P before signing."),
                            QStringLiteral("soap"));
    return errors;
}

bool NoteValidator::hasWriting(const NoteContent &content)
{
    const Subjective &s = content.subjective;
    const Objective &o = content.objective;
    const Assessment &a = content.assessment;
    const Plan &p = content.plan;
    return written(s.clientReport) || written(s.headachesSinceLastVisit)
            || written(s.medicationChanges) || s.painBefore || s.headacheDaysSinceLastVisit
            || written(o.palpation) || written(o.posture) || !o.rangeOfMotion.isEmpty()
            || !o.techniques.isEmpty() || written(a.response) || a.painAfter || written(a.released)
            || written(a.resisted) || written(a.progress) || (p.nextVisit && p.nextVisit->isValid())
            || written(p.frequency) || written(p.focus) || written(p.homeCare)
            || written(p.referrals);
}

} // namespace stillpoint::core
