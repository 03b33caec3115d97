// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteDocument.h"

#include "core/intake/IntakeCatalog.h"

#include <QLocale>

namespace stillpoint::core {

namespace {

const QString NotWritten = QStringLiteral("—");

const QString TableStart =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
const QString TableEnd = QStringLiteral("</table>\n");

// "3 March 2026", whatever the system locale, so printouts are reproducible.
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return NotWritten;
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString longInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return NotWritten;
    const QDateTime local = instant.toLocalTime();
    return longDate(local.date()) + QStringLiteral(" at ")
            + local.time().toString(QStringLiteral("HH:mm"));
}

QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? NotWritten : trimmed;
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : NotWritten;
}

QString escaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" width=\"30%\">") + escaped(label)
            + QStringLiteral("</th><td valign=\"top\">") + escaped(value)
            + QStringLiteral("</td></tr>\n");
}

QString headerRow(const QStringList &labels)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &label : labels)
        html += QStringLiteral("<th align=\"left\">") + escaped(label) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>\n");
}

QString cellsRow(const QStringList &values)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &value : values)
        html += QStringLiteral("<td valign=\"top\">") + escaped(value) + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>\n");
}

QString therapistOf(const SessionNote &note)
{
    return text(note.isSigned() && !note.signedBy.isEmpty() ? note.signedBy : note.createdBy);
}

QString statusText(const SessionNote &note)
{
    switch (note.status) {
    case NoteStatus::Signed:
        return QStringLiteral("Signed by %1 on %2")
                .arg(text(note.signedBy), longInstant(note.signedAtUtc));
    case NoteStatus::Discarded:
        return QStringLiteral("SET-ASIDE DRAFT — not signed");
    case NoteStatus::Draft:
        break;
    }
    return QStringLiteral("DRAFT — not signed");
}

QString checksText(const QList<ContraindicationCheck> &checks)
{
    if (checks.isEmpty())
        return QStringLiteral("None listed on the intake");
    QStringList lines;
    for (const ContraindicationCheck &check : checks) {
        const ContraindicationItem *item = IntakeCatalog::contraindication(check.key);
        QString line = (item ? item->label : check.key) + QStringLiteral(": ");
        switch (check.stillApplies) {
        case Answer::Yes:
            line += QStringLiteral("still applies");
            break;
        case Answer::No:
            line += QStringLiteral("no longer applies");
            break;
        case Answer::Unknown:
            line += QStringLiteral("not re-checked");
            break;
        }
        if (!check.note.trimmed().isEmpty())
            line += QStringLiteral(" (") + check.note.trimmed() + QLatin1Char(')');
        lines << line;
    }
    return lines.join(u'\n');
}

QString rangeOfMotionText(const QList<RangeOfMotion> &ranges)
{
    if (ranges.isEmpty())
        return NotWritten;
    QStringList parts;
    for (CervicalMotion motion : NoteCatalog::motions()) {
        for (const RangeOfMotion &range : ranges) {
            if (range.motion == motion)
                parts << QStringLiteral("%1 %2°")
                                 .arg(NoteCatalog::motionLabel(motion))
                                 .arg(range.degrees);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString techniquesTable(const QList<TechniqueUse> &uses, const QList<Technique> &techniques)
{
    if (uses.isEmpty())
        return QStringLiteral("<p>No techniques recorded.</p>\n");
    QString html = TableStart
            + headerRow({ QStringLiteral("Technique"), QStringLiteral("Area"),
                          QStringLiteral("Minutes"), QStringLiteral("Pressure") });
    for (const TechniqueUse &use : uses)
        html += cellsRow({ text(NoteDocument::techniqueLabel(use.technique, techniques)),
                           text(use.area), QString::number(use.minutes),
                           NoteCatalog::pressureLabel(use.pressure) });
    return html + TableEnd;
}

QString pptText(const std::optional<double> &ppt)
{
    if (!ppt)
        return NotWritten;
    return QLocale(QLocale::English).toString(*ppt, 'f', 1) + QStringLiteral(" kg/cm²");
}

QString marksTable(const QList<BodyMark> &marks, const ChartLegend &legend)
{
    if (marks.isEmpty())
        return QStringLiteral("<p>No marks on the body chart.</p>\n");
    QString html = TableStart
            + headerRow({ QStringLiteral("View"), QStringLiteral("Type"), QStringLiteral("Muscle"),
                          QStringLiteral("Side"), QStringLiteral("Intensity (0–10)"),
                          QStringLiteral("PPT"), QStringLiteral("Note") });
    // View by view, in the chart's order, so a printout reads the way the chart is drawn.
    for (BodyView view : BodyChartCatalog::views()) {
        for (const BodyMark &mark : marks) {
            if (mark.view != view)
                continue;
            QString type = legend.label(mark.type);
            if (mark.directionDegrees)
                type += QStringLiteral(", spreading toward %1°").arg(*mark.directionDegrees);
            html += cellsRow({ BodyChartCatalog::viewLabel(mark.view), type,
                               mark.muscle.isEmpty() ? NotWritten
                                                     : BodyChartCatalog::muscleLabel(mark.muscle),
                               mark.side == BodySide::NotApplicable
                                       ? NotWritten
                                       : BodyChartCatalog::sideLabel(mark.side),
                               QString::number(mark.intensity), pptText(mark.pressurePainThreshold),
                               text(mark.note) });
        }
    }
    return html + TableEnd;
}

QString addendaHtml(const QList<NoteAddendum> &addenda)
{
    if (addenda.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>Addenda</h3>\n<p>Added after the note was signed; the note "
                                  "above is unchanged.</p>\n");
    int n = 1;
    for (const NoteAddendum &addendum : addenda) {
        html += QStringLiteral("<p><b>Addendum %1</b> by %2 on %3</p>\n")
                        .arg(n++)
                        .arg(escaped(text(addendum.author)),
                             escaped(longInstant(addendum.createdAtUtc)))
                + TableStart + row(QStringLiteral("Reason"), text(addendum.reason))
                + row(QStringLiteral("Addendum"), text(addendum.text)) + TableEnd;
    }
    return html;
}

// The body of one note below its title: who, when, S, O, A, P, marks, addenda.
QString noteBody(const SessionNote &note, const Client &client, const QList<Technique> &techniques,
                 const ChartLegend &legend)
{
    const NoteContent &c = note.content;
    const QString status = statusText(note);
    QString html = note.isSigned()
            ? QStringLiteral("<p>") + escaped(status) + QStringLiteral("</p>\n")
            // A draft's status is bold so a printed draft cannot pass for the signed record.
            : QStringLiteral("<p><b>") + escaped(status) + QStringLiteral("</b></p>\n");
    html += TableStart + row(QStringLiteral("Client"), text(client.displayName()))
            + row(QStringLiteral("Session date"), longDate(note.sessionDate))
            + row(QStringLiteral("Therapist"), therapistOf(note)) + TableEnd;

    html += QStringLiteral("<h3>Subjective</h3>\n") + TableStart
            + row(QStringLiteral("Client report"), text(c.subjective.clientReport))
            + row(QStringLiteral("Headaches since the last visit"),
                  text(c.subjective.headachesSinceLastVisit))
            + row(QStringLiteral("Headache days since the last visit"),
                  number(c.subjective.headacheDaysSinceLastVisit))
            + row(QStringLiteral("Pain before (0–10)"), number(c.subjective.painBefore))
            + row(QStringLiteral("Medication changes"), text(c.subjective.medicationChanges))
            + row(QStringLiteral("Contraindications re-checked"),
                  checksText(c.subjective.contraindicationChecks))
            + TableEnd;

    html += QStringLiteral("<h3>Objective</h3>\n") + TableStart
            + row(QStringLiteral("Palpation"), text(c.objective.palpation))
            + row(QStringLiteral("Posture"), text(c.objective.posture))
            + row(QStringLiteral("Cervical range of motion"),
                  rangeOfMotionText(c.objective.rangeOfMotion))
            + row(QStringLiteral("Client position"),
                  c.objective.position == ClientPosition::NotRecorded
                          ? NotWritten
                          : NoteCatalog::positionLabel(c.objective.position))
            + TableEnd + techniquesTable(c.objective.techniques, techniques);

    html += QStringLiteral("<h3>Assessment</h3>\n") + TableStart
            + row(QStringLiteral("Response"), text(c.assessment.response))
            + row(QStringLiteral("Pain after (0–10)"), number(c.assessment.painAfter))
            + row(QStringLiteral("Released"), text(c.assessment.released))
            + row(QStringLiteral("Resisted"), text(c.assessment.resisted))
            + row(QStringLiteral("Progress against the plan"), text(c.assessment.progress))
            + TableEnd;

    html += QStringLiteral("<h3>Plan</h3>\n") + TableStart
            + row(QStringLiteral("Next visit"),
                  c.plan.nextVisit ? longDate(*c.plan.nextVisit) : NotWritten)
            + row(QStringLiteral("Frequency"), text(c.plan.frequency))
            + row(QStringLiteral("Focus"), text(c.plan.focus))
            + row(QStringLiteral("Home care"), text(c.plan.homeCare))
            + row(QStringLiteral("Referrals"), text(c.plan.referrals)) + TableEnd;

    html += QStringLiteral("<h3>Body chart</h3>\n") + marksTable(c.marks, legend);
    html += addendaHtml(note.addenda);
    return html;
}

QString documentStart(const QString &title, const QString &practiceName)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + escaped(title)
            + QStringLiteral("</title></head><body>\n<h1>") + escaped(title)
            + QStringLiteral("</h1>\n<p>") + escaped(practiceName) + QStringLiteral("</p>\n");
}

const QString DocumentEnd = QStringLiteral("</body></html>\n");

} // namespace

namespace NoteDocument {

QString techniqueLabel(const QString &key, const QList<Technique> &techniques)
{
    for (const Technique &technique : NoteCatalog::seededTechniques() + techniques) {
        if (technique.key == key)
            return technique.label;
    }
    return key;
}

QString html(const SessionNote &note, const Client &client, const QString &practiceName,
             const QList<Technique> &techniques, const ChartLegend &legend)
{
    const QString title = QStringLiteral("Session note: %1, %2")
                                  .arg(text(client.displayName()), longDate(note.sessionDate));
    return documentStart(title, practiceName) + noteBody(note, client, techniques, legend)
            + DocumentEnd;
}

QString rangeHtml(const QList<SessionNote> &notes, const Client &client,
                  const QString &practiceName, const QDate &from, const QDate &to,
                  const QList<Technique> &techniques, const ChartLegend &legend)
{
    const QString title = QStringLiteral("Session notes: %1, %2 to %3")
                                  .arg(text(client.displayName()), longDate(from), longDate(to));
    QString html = documentStart(title, practiceName);
    if (notes.isEmpty())
        html += QStringLiteral("<p>No signed notes in this period.</p>\n");
    else
        html += QStringLiteral("<p>%1 signed %2.</p>\n")
                        .arg(notes.size())
                        .arg(notes.size() == 1 ? QStringLiteral("note") : QStringLiteral("notes"));
    for (const SessionNote &note : notes) {
        html += QStringLiteral("<hr>\n<h2>") + escaped(longDate(note.sessionDate))
                + QStringLiteral("</h2>\n") + noteBody(note, client, techniques, legend);
    }
    return html + DocumentEnd;
}

} // namespace NoteDocument

} // namespace stillpoint::core
