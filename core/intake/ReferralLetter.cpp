// SPDX-License-Identifier: GPL-3.0-or-later
// ReferralLetter::html, declared in IntakeDocument.h: the letter to a client's physician when the
// intake reports a red flag. Everything in it is reported history; the wording never classifies
// or names a condition, which is the physician's part.
#include "core/intake/IntakeDocument.h"

#include "core/assess/HeadacheHistoryChecklist.h"
#include "core/assess/QuestionnaireLoader.h"
#include "core/intake/IntakeCatalog.h"

#include <QHash>
#include <QLocale>

namespace stillpoint::core {

namespace {

const QString NotAnswered = QStringLiteral("not answered");
const QString TableStart =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
const QString TableEnd = QStringLiteral("</table>\n");

// "3 March 2026", whatever the system locale.
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("date not recorded");
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString escaped(const QString &value)
{
    return value.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString paragraph(const QString &plainText)
{
    return QStringLiteral("<p>") + escaped(plainText) + QStringLiteral("</p>\n");
}

QString cell(const QString &plainText, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<") + tag + QStringLiteral(" align=\"left\" valign=\"top\">")
            + escaped(plainText) + QStringLiteral("</") + tag + QStringLiteral(">");
}

QString tableRow(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &text : cells)
        html += cell(text, header);
    return html + QStringLiteral("</tr>\n");
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : NotAnswered;
}

QString clientName(const Client &client)
{
    const QString name = client.displayName().trimmed();
    return name.isEmpty() ? QStringLiteral("the client") : name;
}

QString redFlagsHtml(const Intake &intake)
{
    const QStringList raised = intake.redFlagsRaised();
    QString html = QStringLiteral("<h2>Red flags reported</h2>\n");
    if (raised.isEmpty())
        return html
                + paragraph(QStringLiteral("No red-flag question was answered yes at this "
                                           "intake."));
    html += TableStart
            + tableRow({ QStringLiteral("Red flag"), QStringLiteral("What the question covers"),
                         QStringLiteral("Therapist's note") },
                       true);
    for (const RedFlagAnswer &flag : intake.redFlags) {
        if (flag.answer != Answer::Yes)
            continue;
        const RedFlagItem *item = IntakeCatalog::redFlag(flag.key);
        const QString note = flag.note.trimmed().isEmpty() ? QStringLiteral("—") : flag.note;
        html += tableRow({ item ? item->label : flag.key, item ? item->hint : QString(), note });
    }
    return html + TableEnd;
}

QString auraText(const MigraineHistory &history)
{
    switch (history.auraReported) {
    case Answer::No:
        return QStringLiteral("No");
    case Answer::Unknown:
        return NotAnswered;
    case Answer::Yes:
        break;
    }
    QStringList types;
    for (const QString &type : history.auraTypes)
        types << IntakeCatalog::label(IntakeCatalog::auraTypes(), type).toLower();
    QString text = QStringLiteral("Yes");
    if (!types.isEmpty())
        text += QStringLiteral(": ") + types.join(QStringLiteral(", "));
    if (history.auraDurationMinutes)
        text += QStringLiteral(", about %1 minutes").arg(*history.auraDurationMinutes);
    return text;
}

QString migraineHtml(const MigraineHistory &history)
{
    QStringList acute;
    for (const AcuteMedication &medication : history.acuteMedications) {
        const QString days = medication.daysPerMonth
                ? QStringLiteral("%1 days a month").arg(*medication.daysPerMonth)
                : QStringLiteral("days a month not answered");
        acute << QStringLiteral("%1 (%2): %3")
                         .arg(medication.name.trimmed(),
                              IntakeCatalog::acuteKindLabel(medication.kind).toLower(), days);
    }
    const auto row = [](const QString &label, const QString &value) {
        return tableRow({ label, value });
    };
    return QStringLiteral("<h2>Migraine history as reported by the client</h2>\n") + TableStart
            + row(QStringLiteral("Age at first onset"), number(history.onsetAge))
            + row(QStringLiteral("Attacks per month"), number(history.attacksPerMonth))
            + row(QStringLiteral("Headache days per month"), number(history.headacheDaysPerMonth))
            + row(QStringLiteral("Typical duration"),
                  history.typicalDurationHours
                          ? QStringLiteral("%1 hours").arg(*history.typicalDurationHours)
                          : NotAnswered)
            + row(QStringLiteral("Typical peak intensity"),
                  history.peakIntensity ? QStringLiteral("%1 of 10").arg(*history.peakIntensity)
                                        : NotAnswered)
            + row(QStringLiteral("Aura"), auraText(history))
            + row(QStringLiteral("Acute medication"),
                  acute.isEmpty() ? QStringLiteral("None reported")
                                  : acute.join(QStringLiteral("; ")))
            + TableEnd;
}

QString scoresHtml(const QList<QuestionnaireAdministration> &scores)
{
    QString html = QStringLiteral("<h2>MIDAS and HIT-6</h2>\n");
    if (scores.isEmpty())
        return html + paragraph(QStringLiteral("No questionnaire results on file."));
    QHash<QString, QString> titles;
    html += TableStart
            + tableRow({ QStringLiteral("Date"), QStringLiteral("Questionnaire"),
                         QStringLiteral("Total"), QStringLiteral("Grade") },
                       true);
    for (const QuestionnaireAdministration &administration : scores) {
        const QString &id = administration.questionnaireId;
        if (!titles.contains(id)) {
            const auto definition = QuestionnaireLoader::builtIn(id);
            titles.insert(id,
                          definition ? definition->title.section(QStringLiteral(" ("), 0, 0)
                                     : id.toUpper());
        }
        QString total = QStringLiteral("incomplete");
        QString grade = QStringLiteral("—");
        if (const auto &score = administration.score) {
            total = QStringLiteral("%1 (possible %2 to %3)")
                            .arg(score->total)
                            .arg(score->minimumPossible)
                            .arg(score->maximumPossible);
            grade = score->grade.isEmpty()
                    ? score->gradeLabel
                    : QStringLiteral("Grade %1: %2").arg(score->grade, score->gradeLabel);
        }
        html += tableRow({ longDate(administration.date), titles.value(id), total, grade });
    }
    return html + TableEnd;
}

QString checklistHtml(const MigraineHistory &history)
{
    QString html = QStringLiteral("<h2>Headache history checklist (ICHD-3)</h2>\n")
            + paragraph(HeadacheHistoryChecklist::disclaimer());
    for (const CriteriaSetResult &set : HeadacheHistoryChecklist::evaluate(history).sets)
        html += QStringLiteral("<p><b>")
                + escaped(set.code + QLatin1Char(' ') + set.title + QStringLiteral(": ")
                          + HeadacheHistoryChecklist::outcomeLabel(set.outcome))
                + QStringLiteral(".</b> ") + escaped(set.summary) + QStringLiteral("</p>\n");
    return html;
}

} // namespace

namespace ReferralLetter {

QString html(const ReferralLetterData &data)
{
    const QString name = clientName(data.client);
    const Physician &physician = data.client.physician;

    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>Referral: ")
            + escaped(name) + QStringLiteral("</title></head><body>\n<p><b>")
            + escaped(data.practiceName) + QStringLiteral("</b></p>\n")
            + paragraph(longDate(data.date));

    QStringList addressee;
    for (const QString &part : { physician.name, physician.practice }) {
        if (!part.trimmed().isEmpty())
            addressee << escaped(part);
    }
    if (!physician.phone.trimmed().isEmpty())
        addressee << QStringLiteral("Phone: ") + escaped(physician.phone);
    if (addressee.isEmpty())
        addressee << QStringLiteral("The client's physician");
    html += QStringLiteral("<p>") + addressee.join(QStringLiteral("<br>"))
            + QStringLiteral("</p>\n");

    html += QStringLiteral("<h1>Request for assessment before massage treatment</h1>\n")
            + QStringLiteral("<p><b>Client:</b> ") + escaped(name) + QStringLiteral(", born ")
            + escaped(longDate(data.client.dateOfBirth)) + QStringLiteral("</p>\n")
            + paragraph(physician.name.trimmed().isEmpty()
                                ? QStringLiteral("Dear Doctor,")
                                : QStringLiteral("Dear %1,").arg(physician.name.trimmed()))
            + paragraph(QStringLiteral("%1 has come to %2 for massage treatment of migraine.")
                                .arg(name,
                                     data.practiceName.trimmed().isEmpty()
                                             ? QStringLiteral("our practice")
                                             : data.practiceName.trimmed()))
            + paragraph(data.intake.redFlagsRaised().isEmpty()
                                ? QStringLiteral("This summary of the intake of %1 is sent for "
                                                 "your information.")
                                          .arg(longDate(data.intake.intakeDate))
                                : QStringLiteral("In the intake of %1, %2 answered yes to the "
                                                 "red-flag questions below, which we ask a "
                                                 "physician to look at before massage treatment "
                                                 "continues.")
                                          .arg(longDate(data.intake.intakeDate), name));

    html += redFlagsHtml(data.intake) + migraineHtml(data.intake.migraine) + scoresHtml(data.scores)
            + checklistHtml(data.intake.migraine);

    html += paragraph(QStringLiteral("I would be grateful if you could assess %1 before massage "
                                     "treatment continues, and let me know whether treatment "
                                     "may go ahead and any precautions you would like me to "
                                     "take.")
                              .arg(name))
            + paragraph(QStringLiteral("Yours sincerely,")) + QStringLiteral("<p>")
            + escaped(data.therapistName) + QStringLiteral("<br>") + escaped(data.practiceName)
            + QStringLiteral("</p>\n</body></html>\n");
    return html;
}

} // namespace ReferralLetter

} // namespace stillpoint::core
