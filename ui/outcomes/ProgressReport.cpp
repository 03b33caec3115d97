// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/ProgressReport.h"

#include "core/intake/IntakeCatalog.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/security/PracticeSettings.h"
#include "ui/outcomes/ProgressCharts.h"
#include "ui/security/CurrentSession.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <cmath>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::ProgressReport", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"38%\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "width=\"100%\">%1</table>")
            .arg(rows);
}

QString header(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td><b>%1</b></td>").arg(esc(cell));
    return html + QStringLiteral("</tr>");
}

QString cells(const QStringList &values)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &value : values)
        html += QStringLiteral("<td>%1</td>").arg(esc(value));
    return html + QStringLiteral("</tr>");
}

QString orDash(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

// The figures of one period as rows of a table, "—" where the diary has too few days.
QString periodRows(const core::DiaryPeriodStatistics &period)
{
    QString rows;
    rows += row(translate("Recorded diary days"),
                translate("%1 of %2").arg(period.recordedDays).arg(period.daysInPeriod));
    rows += row(translate("Headache days per 28 days"),
                esc(ProgressReport::number(period.headacheDaysPer28.value)));
    rows += row(translate("Headache days / attacks recorded"),
                QStringLiteral("%1 / %2").arg(period.headacheDays).arg(period.attacks));
    rows += row(translate("Mean intensity (0–10)"),
                esc(ProgressReport::number(period.meanPeakIntensity.value)));
    rows += row(translate("Highest intensity"),
                esc(period.highestIntensity ? QString::number(*period.highestIntensity)
                                            : QStringLiteral("—")));
    rows += row(translate("Mean attack duration (hours)"),
                esc(ProgressReport::number(period.meanDurationHours.value)));
    rows += row(translate("Acute medication days per 28 days"),
                esc(ProgressReport::number(period.acuteMedicationDaysPer28.value)));
    return rows;
}

} // namespace

ProgressReport::ProgressReport(const Services &services) : m_services(services) { }

QString ProgressReport::number(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(*value, 'f', decimals);
}

QString ProgressReport::beforeAfterText(const core::ClientProgress &progress)
{
    if (!progress.beforeAfter) {
        if (!progress.firstSession.isValid())
            return translate("No before/after comparison: care has not begun yet.");
        if (progress.diaryRows == 0)
            return translate("No before/after comparison: there is no diary yet.");
        return translate("No before/after comparison yet: it needs 14 recorded days in the 28 "
                         "days before the first session (%1) and a last 28 days wholly after "
                         "it.")
                .arg(day(progress.firstSession));
    }
    const core::BeforeAfter &change = *progress.beforeAfter;
    const auto figure = [](const core::DiaryFigure &f) {
        return f.value ? number(f.value) : translate("not enough data");
    };
    QString text = translate("Before care: %1 headache days / 28 → last 28 days: %2")
                           .arg(figure(change.before.headacheDaysPer28),
                                figure(change.after.headacheDaysPer28));
    if (change.headacheDaysChange) {
        const long percent = std::lround(*change.headacheDaysChange * 100.0);
        const QString sign = percent < 0 ? QStringLiteral("−")
                : percent > 0            ? QStringLiteral("+")
                                         : QString();
        text += QStringLiteral(" (%1%2%)").arg(sign).arg(std::labs(percent));
    }
    return text;
}

core::Result<ProgressReport::Output>
ProgressReport::build(qint64 clientId, const QString &clientName,
                      const core::ProgressOptions &options) const
{
    const auto progress =
            m_services.progress.clientProgress(m_services.session.session(), clientId, options);
    if (!progress)
        return progress.error();
    return build(clientId, clientName, progress.value());
}

core::Result<ProgressReport::Output>
ProgressReport::build(qint64 clientId, const QString &clientName,
                      const core::ClientProgress &progress) const
{
    const core::Session &session = m_services.session.session();
    const QDate today = m_services.clock.today();

    // The latest signed intake: the history as the client reported it.
    std::optional<core::Intake> intake;
    const auto intakes = m_services.intakes.history(session, clientId);
    if (!intakes)
        return intakes.error();
    const core::IntakeSummary *latest = nullptr;
    for (const core::IntakeSummary &summary : intakes.value()) {
        if (summary.status == core::IntakeStatus::Signed
            && (!latest || summary.version > latest->version))
            latest = &summary;
    }
    if (latest) {
        const auto found = m_services.intakes.find(session, latest->id);
        if (!found)
            return found.error();
        intake = found.value();
    }
    const auto alerts = m_services.intakes.redFlagAlerts(session, clientId);
    if (!alerts)
        return alerts.error();
    const auto notes = m_services.notes.notesBetween(session, clientId, QDate(1900, 1, 1), today);
    if (!notes)
        return notes.error();
    const auto techniques = m_services.notes.techniques(session);
    if (!techniques)
        return techniques.error();
    QHash<QString, QString> techniqueLabels;
    for (const core::Technique &technique : techniques.value())
        techniqueLabels.insert(technique.key, technique.label);
    const auto practice = m_services.settings.practiceName();
    const QString practiceName = practice ? practice.value() : QString();

    Output output;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(translate("Progress report")));
    html += QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
                    .arg(esc(clientName),
                         esc(translate("Period: %1 – %2")
                                     .arg(day(progress.from), day(progress.to))),
                         esc(translate("Prepared %1 by %2%3")
                                     .arg(day(today), m_services.session.personName(),
                                          practiceName.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(", ") + practiceName)));
    html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(translate("Figures come from the client's headache diary and "
                                       "questionnaires and from the practice's session notes. "
                                       "The history is given as the client reported it; this "
                                       "report makes no diagnosis.")));

    // What the client reported.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("Headache history as reported")));
    if (!intake) {
        html += QStringLiteral("<p>%1</p>").arg(esc(translate("No signed intake is on file.")));
    } else {
        const core::MigraineHistory &m = intake->migraine;
        QString rows;
        rows += row(translate("Intake"),
                    esc(translate("Version %1 of %2, signed by %3")
                                .arg(intake->version)
                                .arg(day(intake->intakeDate), intake->signedBy)));
        rows += row(translate("Age at onset"), esc(orDash(m.onsetAge)));
        rows += row(translate("Attacks per month"), esc(orDash(m.attacksPerMonth)));
        rows += row(translate("Headache days per month"), esc(orDash(m.headacheDaysPerMonth)));
        rows += row(translate("Typical duration (hours)"), esc(number(m.typicalDurationHours)));
        rows += row(translate("Peak intensity (0–10)"), esc(orDash(m.peakIntensity)));
        QStringList locations;
        for (const QString &key : m.locations)
            locations.append(
                    core::IntakeCatalog::label(core::IntakeCatalog::headacheLocations(), key));
        if (!locations.isEmpty())
            rows += row(translate("Where"), esc(locations.join(QStringLiteral(", "))));
        if (!m.physicianDiagnosis.trimmed().isEmpty())
            rows += row(translate("Physician's diagnosis, as the client reported it"),
                        esc(m.physicianDiagnosis));
        QStringList acute;
        for (const core::AcuteMedication &medication : m.acuteMedications)
            acute.append(medication.daysPerMonth ? translate("%1 (%2 days a month)")
                                                           .arg(medication.name)
                                                           .arg(*medication.daysPerMonth)
                                                 : medication.name);
        rows += row(translate("Acute medication"),
                    esc(acute.isEmpty() ? QStringLiteral("—") : acute.join(QStringLiteral("; "))));
        QStringList preventive;
        for (const core::Medication &medication : m.preventiveMedications)
            preventive.append(medication.dose.isEmpty() ? medication.name
                                                        : QStringLiteral("%1 %2").arg(
                                                                medication.name, medication.dose));
        rows += row(translate("Preventive medication"),
                    esc(preventive.isEmpty() ? QStringLiteral("—")
                                             : preventive.join(QStringLiteral("; "))));
        html += table(rows);
    }

    // Red flags and how they were handled.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("Red flags and alerts")));
    const QStringList raised = intake ? intake->redFlagsRaised() : QStringList();
    if (raised.isEmpty() && alerts.value().isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(esc(intake ? translate("No red flag was reported at the latest "
                                                    "intake.")
                                        : translate("No red flags recorded.")));
    } else {
        QString rows =
                header({ translate("Reported"), translate("Recorded"), translate("Follow-up") });
        for (const core::RedFlagAlert &alert : alerts.value()) {
            QStringList flags;
            for (const QString &key : alert.flags) {
                const core::RedFlagItem *item = core::IntakeCatalog::redFlag(key);
                flags.append(item ? item->label : key);
            }
            const QString state = alert.isBlocking()
                    ? translate("Open: treatment waits for a reason to proceed")
                    : translate("Cleared %1 by %2: %3")
                              .arg(day(alert.clearedAtUtc.toLocalTime().date()), alert.clearedBy,
                                   alert.clearReason);
            rows += cells({ flags.join(QStringLiteral("; ")),
                            day(alert.raisedAtUtc.toLocalTime().date()), state });
        }
        html += table(rows);
    }
    if (progress.medicationOveruse.level != core::MedicationOveruseLevel::None)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(translate("Acute medication:")),
                             esc(progress.medicationOveruse.message));

    // The diary before and after.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("Before and after care")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(beforeAfterText(progress)));
    if (progress.beforeAfter) {
        const core::BeforeAfter &change = *progress.beforeAfter;
        QString rows = header({ translate("Diary figure"),
                                translate("Before care (%1 – %2)")
                                        .arg(day(change.before.from), day(change.before.to)),
                                translate("Last 28 days (%1 – %2)")
                                        .arg(day(change.after.from), day(change.after.to)) });
        const auto pair = [&rows](const QString &label, const core::DiaryFigure &before,
                                  const core::DiaryFigure &after) {
            rows += cells({ label, number(before.value), number(after.value) });
        };
        pair(translate("Headache days per 28 days"), change.before.headacheDaysPer28,
             change.after.headacheDaysPer28);
        pair(translate("Mean intensity (0–10)"), change.before.meanPeakIntensity,
             change.after.meanPeakIntensity);
        pair(translate("Mean attack duration (hours)"), change.before.meanDurationHours,
             change.after.meanDurationHours);
        pair(translate("Acute medication days per 28 days"), change.before.acuteMedicationDaysPer28,
             change.after.acuteMedicationDaysPer28);
        rows += cells({ translate("Recorded days"), QString::number(change.before.recordedDays),
                        QString::number(change.after.recordedDays) });
        html += table(rows);
    }
    html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(translate("Diary over the period (%1 – %2)")
                                     .arg(day(progress.period.from), day(progress.period.to))));
    if (!progress.enoughData())
        html += QStringLiteral("<p>%1</p>").arg(esc(progress.notEnoughData));
    else
        html += table(periodRows(progress.period));

    // The charts, drawn as on the page.
    std::vector<ProgressChart> charts = ProgressCharts::make(progress);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("Charts")));
    for (ProgressChart &chart : charts) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(chart.title));
        if (!chart.hasChart()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(chart.emptyText));
            continue;
        }
        const QString name = QStringLiteral("chart-%1").arg(chart.id);
        output.images.insert(name, ProgressCharts::render(*chart.chart, QSize(640, 250)));
        html += QStringLiteral("<p><img src=\"%1\" width=\"640\" height=\"250\"></p>").arg(name);
    }

    // Questionnaires over time.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("MIDAS and HIT-6")));
    if (progress.midas.isEmpty() && progress.hit6.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(translate("No scored questionnaires.")));
    } else {
        QString rows = header({ translate("Date"), translate("Questionnaire"), translate("Total"),
                                translate("Grade") });
        QList<std::pair<QString, core::ScorePoint>> all;
        for (const core::ScorePoint &point : progress.midas)
            all.append({ QStringLiteral("MIDAS"), point });
        for (const core::ScorePoint &point : progress.hit6)
            all.append({ QStringLiteral("HIT-6"), point });
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.second.date < b.second.date;
        });
        for (const auto &[name, point] : all) {
            const QString grade = point.grade.isEmpty()
                    ? point.gradeLabel
                    : QStringLiteral("%1 (%2)").arg(point.grade, point.gradeLabel);
            rows += cells({ day(point.date), name, QString::number(point.total), grade });
        }
        html += table(rows);
    }

    // The treatment given, from the signed notes.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(translate("Treatment given")));
    const QList<core::SessionNote> &signedNotes = notes.value();
    if (signedNotes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(translate("No signed session notes yet.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                        .arg(esc((signedNotes.size() == 1
                                          ? translate("One signed session, on %1.")
                                                    .arg(day(signedNotes.first().sessionDate))
                                          : translate("%1 signed sessions from %2 to %3.")
                                                    .arg(signedNotes.size())
                                                    .arg(day(signedNotes.first().sessionDate),
                                                         day(signedNotes.last().sessionDate)))));
        QMap<QString, int> minutes;
        QMap<QString, int> sessionsWith;
        QStringList areas;
        QSet<QString> seenAreas;
        for (const core::SessionNote &note : signedNotes) {
            QSet<QString> inNote;
            for (const core::TechniqueUse &use : note.content.objective.techniques) {
                const QString label = techniqueLabels.value(use.technique, use.technique);
                minutes[label] += use.minutes;
                inNote.insert(label);
                const QString area = use.area.trimmed();
                if (!area.isEmpty() && !seenAreas.contains(area.toLower())) {
                    seenAreas.insert(area.toLower());
                    areas.append(area);
                }
            }
            for (const QString &label : std::as_const(inNote))
                ++sessionsWith[label];
        }
        if (!minutes.isEmpty()) {
            QList<std::pair<QString, int>> ordered;
            for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
                ordered.append({ it.key(), it.value() });
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            QString rows = header(
                    { translate("Technique"), translate("Sessions"), translate("Total minutes") });
            for (const auto &[label, total] : ordered)
                rows += cells({ label, QString::number(sessionsWith.value(label)),
                                QString::number(total) });
            html += table(rows);
        }
        if (!areas.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(esc(translate("Areas treated:")),
                                 esc(areas.join(QStringLiteral("; "))));
        const core::Plan &plan = signedNotes.last().content.plan;
        html += QStringLiteral("<h2>%1</h2>")
                        .arg(esc(translate("Current plan (session of %1)")
                                         .arg(day(signedNotes.last().sessionDate))));
        QString rows;
        if (!plan.frequency.trimmed().isEmpty())
            rows += row(translate("Frequency"), esc(plan.frequency));
        if (!plan.focus.trimmed().isEmpty())
            rows += row(translate("Focus"), esc(plan.focus));
        if (!plan.homeCare.trimmed().isEmpty())
            rows += row(translate("Home care"), esc(plan.homeCare));
        if (!plan.referrals.trimmed().isEmpty())
            rows += row(translate("Referrals"), esc(plan.referrals));
        if (plan.nextVisit)
            rows += row(translate("Next visit"), esc(day(*plan.nextVisit)));
        html += rows.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(esc(translate("No plan recorded.")))
                : table(rows);
    }

    output.document.title = translate("Progress report");
    output.document.html = html;
    output.document.footer = translate("%1 · Progress report %2").arg(clientName, day(today));
    output.document.fileName =
            translate("%1 - progress report %2.pdf").arg(clientName, today.toString(Qt::ISODate));
    return output;
}

} // namespace stillpoint::ui
