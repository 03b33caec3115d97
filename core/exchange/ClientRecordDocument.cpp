// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assess/QuestionnaireLoader.h"
#include "core/exchange/ClientRecordExport.h"
#include "core/exchange/ExportJson.h"
#include "core/intake/IntakeCatalog.h"
#include "core/intake/IntakeDocument.h"
#include "core/notes/NoteDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace stillpoint::core::ClientRecordDocument {

namespace {

const QString NotAnswered = QStringLiteral("—");
const QString TableStart =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
const QString TableEnd = QStringLiteral("</table>\n");

QString escaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? NotAnswered : trimmed;
}

// "3 March 2026", whatever the system locale, so the printout is the same everywhere.
QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"))
                          : NotAnswered;
}

// An instant on the practice's wall clock: "3 March 2026, 09:05".
QString when(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return NotAnswered;
    const QDateTime local = instant.toTimeZone(zone);
    return longDate(local.date()) + QStringLiteral(", ")
            + local.time().toString(QStringLiteral("HH:mm"));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" width=\"30%\">") + escaped(label)
            + QStringLiteral("</th><td valign=\"top\">") + escaped(text(value))
            + QStringLiteral("</td></tr>\n");
}

// A table with a bold header row (DocumentPrinter repeats it on every page it runs onto).
QString tableHeader(const QStringList &labels)
{
    QString html = TableStart + QStringLiteral("<tr>");
    for (const QString &label : labels)
        html += QStringLiteral("<td><b>") + escaped(label) + QStringLiteral("</b></td>");
    return html + QStringLiteral("</tr>\n");
}

QString tableRow(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td valign=\"top\">") + escaped(text(cell))
                + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>\n");
}

QString heading(int level, const QString &title)
{
    return QStringLiteral("<h%1>").arg(level) + escaped(title)
            + QStringLiteral("</h%1>\n").arg(level);
}

QString paragraph(const QString &value, bool bold = false)
{
    return bold ? QStringLiteral("<p><b>") + escaped(value) + QStringLiteral("</b></p>\n")
                : QStringLiteral("<p>") + escaped(value) + QStringLiteral("</p>\n");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString contactHtml(const Client &c, const QTimeZone &zone)
{
    QStringList consent;
    if (c.consent.phone)
        consent << QStringLiteral("phone");
    if (c.consent.sms)
        consent << QStringLiteral("SMS");
    if (c.consent.email)
        consent << QStringLiteral("email");
    const auto joined = [](const QStringList &parts) {
        QStringList given;
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                given << part.trimmed();
        }
        return given.join(QStringLiteral(", "));
    };
    QString html = heading(2, QStringLiteral("Contact details")) + TableStart
            + row(QStringLiteral("Client number"), QString::number(c.id))
            + row(QStringLiteral("Given name"), c.givenName)
            + row(QStringLiteral("Family name"), c.familyName)
            + row(QStringLiteral("Preferred name"), c.preferredName)
            + row(QStringLiteral("Pronouns"), c.pronouns)
            + row(QStringLiteral("Date of birth"),
                  c.dateOfBirth.isValid() ? longDate(c.dateOfBirth) : QString())
            + row(QStringLiteral("Mobile phone"), c.mobilePhone)
            + row(QStringLiteral("Home phone"), c.homePhone)
            + row(QStringLiteral("Work phone"), c.workPhone) + row(QStringLiteral("Email"), c.email)
            + row(QStringLiteral("Address"), c.address.singleLine())
            + row(QStringLiteral("Emergency contact"),
                  joined({ c.emergencyContact.name, c.emergencyContact.relation,
                           c.emergencyContact.phone }))
            + row(QStringLiteral("Physician"),
                  joined({ c.physician.name, c.physician.practice, c.physician.phone }))
            + row(QStringLiteral("May be contacted by"),
                  consent.isEmpty() ? QStringLiteral("None given")
                                    : consent.join(QStringLiteral(", ")))
            + row(QStringLiteral("Front desk notes"), c.frontDeskNotes)
            + row(QStringLiteral("Record archived"), yesNo(c.archived))
            + row(QStringLiteral("Record created"), when(c.createdAt, zone))
            + row(QStringLiteral("Last changed"), when(c.updatedAt, zone)) + TableEnd;
    html += heading(3, QStringLiteral("Alerts"));
    if (c.alerts.isEmpty())
        return html + paragraph(QStringLiteral("No alerts."));
    html += tableHeader({ QStringLiteral("Alert"), QStringLiteral("Seen by") });
    for (const ClientAlert &alert : c.alerts)
        html += tableRow({ alert.text,
                           alert.frontDeskVisible ? QStringLiteral("Everyone, front desk included")
                                                  : QStringLiteral("Therapists only") });
    return html + TableEnd;
}

QString intakeStatus(const Intake &intake, const QTimeZone &zone)
{
    switch (intake.status) {
    case IntakeStatus::Signed:
        return QStringLiteral("Signed by %1 on %2")
                .arg(text(intake.signedBy), when(intake.signedAtUtc, zone));
    case IntakeStatus::Discarded:
        return QStringLiteral("Discarded draft, never signed");
    case IntakeStatus::Draft:
        break;
    }
    return QStringLiteral("Draft, not signed yet");
}

QString intakesHtml(const QList<Intake> &intakes, const QTimeZone &zone)
{
    QString html = heading(2, QStringLiteral("Intakes"));
    if (intakes.isEmpty())
        return html + paragraph(QStringLiteral("No intake on file."));
    for (const Intake &intake : intakes) {
        html += heading(3,
                        QStringLiteral("Intake version %1, %2")
                                .arg(intake.version)
                                .arg(longDate(intake.intakeDate)));
        html += paragraph(intakeStatus(intake, zone), intake.status != IntakeStatus::Signed);
        QString section;
        for (const IntakeLine &line : IntakeDocument::lines(intake)) {
            if (line.section != section) {
                if (!section.isEmpty())
                    html += TableEnd;
                section = line.section;
                html += heading(4, section) + TableStart;
            }
            // A red flag answered Yes must not be missed on paper.
            if (line.value.startsWith(QLatin1String("Yes"))
                && line.section == QLatin1String("Red flags"))
                html += QStringLiteral("<tr><th align=\"left\" valign=\"top\" width=\"30%\">")
                        + escaped(line.label) + QStringLiteral("</th><td valign=\"top\"><b>")
                        + escaped(line.value) + QStringLiteral("</b></td></tr>\n");
            else
                html += row(line.label, line.value);
        }
        if (!section.isEmpty())
            html += TableEnd;
    }
    return html;
}

QString questionnaireTitle(const QString &id)
{
    const auto definition = QuestionnaireLoader::builtIn(id);
    return definition ? definition->title : id;
}

QString questionnairesHtml(const QList<QuestionnaireAdministration> &given)
{
    QString html = heading(2, QStringLiteral("Questionnaire scores"));
    if (given.isEmpty())
        return html + paragraph(QStringLiteral("No questionnaires given."));
    html += tableHeader({ QStringLiteral("Date"), QStringLiteral("Questionnaire"),
                          QStringLiteral("Score"), QStringLiteral("Grade") });
    for (const QuestionnaireAdministration &one : given) {
        QString score = QStringLiteral("Incomplete");
        QString grade;
        if (one.score) {
            score = QStringLiteral("%1 (%2–%3)")
                            .arg(one.score->total)
                            .arg(one.score->minimumPossible)
                            .arg(one.score->maximumPossible);
            grade = one.score->grade.isEmpty()
                    ? one.score->gradeLabel
                    : one.score->grade + QStringLiteral(": ") + one.score->gradeLabel;
        }
        html += tableRow(
                { longDate(one.date), questionnaireTitle(one.questionnaireId), score, grade });
    }
    return html + TableEnd;
}

QString redFlagsHtml(const QList<RedFlagAlert> &alerts, const QTimeZone &zone)
{
    QString html = heading(2, QStringLiteral("Red-flag alerts"));
    if (alerts.isEmpty())
        return html + paragraph(QStringLiteral("No red-flag alerts."));
    html += tableHeader({ QStringLiteral("Raised"), QStringLiteral("Red flags reported"),
                          QStringLiteral("Status"), QStringLiteral("Reason to proceed") });
    for (const RedFlagAlert &alert : alerts) {
        QStringList flags;
        for (const QString &key : alert.flags) {
            const RedFlagItem *item = IntakeCatalog::redFlag(key);
            flags << (item ? item->label : key);
        }
        html += tableRow(
                { when(alert.raisedAtUtc, zone), flags.join(QStringLiteral("; ")),
                  alert.isBlocking()
                          ? QStringLiteral("Open: treatment waits for a reason to proceed")
                          : QStringLiteral("Cleared by %1 on %2")
                                    .arg(text(alert.clearedBy), when(alert.clearedAtUtc, zone)),
                  alert.clearReason });
    }
    return html + TableEnd;
}

QString diaryHtml(const QList<DiaryEntry> &diary)
{
    QString html = heading(2, QStringLiteral("Headache diary"));
    if (diary.isEmpty())
        return html + paragraph(QStringLiteral("No diary entries."));
    const auto answer = [](Answer value) {
        return value == Answer::Yes ? QStringLiteral("yes")
                                    : (value == Answer::No ? QStringLiteral("no") : QString());
    };
    html += tableHeader({ QStringLiteral("Date"), QStringLiteral("Headache"),
                          QStringLiteral("Time"), QStringLiteral("Peak"),
                          QStringLiteral("Nausea / light / sound"),
                          QStringLiteral("Acute medication"), QStringLiteral("Triggers"),
                          QStringLiteral("Missed") });
    for (const DiaryEntry &entry : diary) {
        QStringList medications;
        for (const DiaryMedication &medication : entry.medications)
            medications << QString(medication.name + QLatin1Char(' ') + medication.dose).trimmed();
        QString time;
        if (entry.start)
            time = entry.start->toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                    + (entry.end ? entry.end->toString(QStringLiteral("HH:mm")) : QString());
        html += tableRow({ longDate(entry.date),
                           entry.headache ? QStringLiteral("yes") : QStringLiteral("no"), time,
                           entry.peakIntensity ? QString::number(*entry.peakIntensity) : QString(),
                           QStringList{ answer(entry.nausea), answer(entry.lightSensitivity),
                                        answer(entry.soundSensitivity) }
                                   .join(QStringLiteral(" / ")),
                           medications.join(QStringLiteral(", ")),
                           entry.triggers.join(QStringLiteral(", ")), answer(entry.dayMissed) });
    }
    return html + TableEnd;
}

QString appointmentsHtml(const QList<ExportedAppointment> &appointments)
{
    QString html = heading(2, QStringLiteral("Appointments"));
    if (appointments.isEmpty())
        return html + paragraph(QStringLiteral("No appointments."));
    html += tableHeader({ QStringLiteral("Date"), QStringLiteral("Time"), QStringLiteral("Type"),
                          QStringLiteral("Therapist"), QStringLiteral("Room"),
                          QStringLiteral("Status"), QStringLiteral("Notes") });
    for (const ExportedAppointment &exported : appointments) {
        const Appointment &a = exported.appointment;
        QTimeZone zone(a.timeZoneId.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        QStringList notes;
        if (a.status == AppointmentStatus::Cancelled) {
            notes << (a.cancelledBy == CancelledBy::Practice
                              ? QStringLiteral("Cancelled by the practice")
                              : (a.lateCancellation ? QStringLiteral("Cancelled late by the client")
                                                    : QStringLiteral("Cancelled by the client")));
            if (!a.cancelReason.trimmed().isEmpty())
                notes << a.cancelReason.trimmed();
        }
        if (!a.deskNotes.trimmed().isEmpty())
            notes << a.deskNotes.trimmed();
        html += tableRow(
                { longDate(a.localDate),
                  a.localTime.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                          + a.endUtc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")),
                  exported.typeName, exported.therapistName, exported.roomName,
                  AppointmentStatuses::label(a.status), notes.join(QStringLiteral(". ")) });
    }
    return html + TableEnd;
}

QString optionalNumber(const std::optional<int> &value, const QString &unit = {})
{
    return value ? QString::number(*value) + unit : QString();
}

QString noteStatus(const SessionNote &note, const QTimeZone &zone)
{
    switch (note.status) {
    case NoteStatus::Signed:
        return QStringLiteral("Signed by %1 on %2")
                .arg(text(note.signedBy), when(note.signedAtUtc, zone));
    case NoteStatus::Discarded:
        return QStringLiteral("Discarded draft, never signed");
    case NoteStatus::Draft:
        break;
    }
    return QStringLiteral("Draft, not signed yet");
}

QString noteHtml(const SessionNote &note, const QList<Technique> &practiceTechniques,
                 const QTimeZone &zone)
{
    const NoteContent &c = note.content;
    QString html = heading(3, QStringLiteral("Session note, %1").arg(longDate(note.sessionDate)));
    html += paragraph(noteStatus(note, zone), note.status != NoteStatus::Signed);

    QStringList checks;
    for (const ContraindicationCheck &check : c.subjective.contraindicationChecks) {
        const ContraindicationItem *item = IntakeCatalog::contraindication(check.key);
        QString line = (item ? item->label : check.key) + QStringLiteral(": ")
                + IntakeCatalog::answerLabel(check.stillApplies);
        if (!check.note.trimmed().isEmpty())
            line += QStringLiteral(" (") + check.note.trimmed() + QLatin1Char(')');
        checks << line;
    }
    html += heading(4, QStringLiteral("Subjective")) + TableStart
            + row(QStringLiteral("Client's report"), c.subjective.clientReport)
            + row(QStringLiteral("Headaches since the last visit"),
                  c.subjective.headachesSinceLastVisit)
            + row(QStringLiteral("Headache days since the last visit"),
                  optionalNumber(c.subjective.headacheDaysSinceLastVisit))
            + row(QStringLiteral("Pain before (0–10)"), optionalNumber(c.subjective.painBefore))
            + row(QStringLiteral("Medication changes"), c.subjective.medicationChanges)
            + row(QStringLiteral("Contraindications checked"), checks.join(QStringLiteral("\n")))
            + TableEnd;

    QStringList motion;
    for (const RangeOfMotion &range : c.objective.rangeOfMotion)
        motion << NoteCatalog::motionLabel(range.motion)
                        + QStringLiteral(": %1°").arg(range.degrees);
    QStringList techniques;
    for (const TechniqueUse &use : c.objective.techniques)
        techniques << QStringLiteral("%1, %2, %3 min, %4 pressure")
                              .arg(NoteDocument::techniqueLabel(use.technique, practiceTechniques),
                                   text(use.area))
                              .arg(use.minutes)
                              .arg(NoteCatalog::pressureLabel(use.pressure).toLower());
    html += heading(4, QStringLiteral("Objective")) + TableStart
            + row(QStringLiteral("Palpation"), c.objective.palpation)
            + row(QStringLiteral("Posture"), c.objective.posture)
            + row(QStringLiteral("Cervical range of motion"), motion.join(QStringLiteral("\n")))
            + row(QStringLiteral("Techniques"), techniques.join(QStringLiteral("\n")))
            + row(QStringLiteral("Position"),
                  c.objective.position == ClientPosition::NotRecorded
                          ? QString()
                          : NoteCatalog::positionLabel(c.objective.position))
            + TableEnd;

    html += heading(4, QStringLiteral("Assessment")) + TableStart
            + row(QStringLiteral("Response to treatment"), c.assessment.response)
            + row(QStringLiteral("Pain after (0–10)"), optionalNumber(c.assessment.painAfter))
            + row(QStringLiteral("Released"), c.assessment.released)
            + row(QStringLiteral("Resisted"), c.assessment.resisted)
            + row(QStringLiteral("Progress"), c.assessment.progress) + TableEnd;

    html += heading(4, QStringLiteral("Plan")) + TableStart
            + row(QStringLiteral("Next visit"),
                  c.plan.nextVisit ? longDate(*c.plan.nextVisit) : QString())
            + row(QStringLiteral("Frequency"), c.plan.frequency)
            + row(QStringLiteral("Focus"), c.plan.focus)
            + row(QStringLiteral("Home care"), c.plan.homeCare)
            + row(QStringLiteral("Referrals"), c.plan.referrals) + TableEnd;

    if (!c.marks.isEmpty()) {
        html += heading(4, QStringLiteral("Body chart"))
                + tableHeader({ QStringLiteral("View"), QStringLiteral("Mark"),
                                QStringLiteral("Intensity"), QStringLiteral("Muscle"),
                                QStringLiteral("Side"), QStringLiteral("Note") });
        for (const BodyMark &mark : c.marks) {
            QString type = BodyChartCatalog::markTypeLabel(mark.type);
            if (mark.directionDegrees)
                type += QStringLiteral(", towards %1°").arg(*mark.directionDegrees);
            QString markNote = mark.note;
            if (mark.pressurePainThreshold)
                markNote = QStringLiteral("Pressure-pain threshold %1 kg/cm². ")
                                   .arg(*mark.pressurePainThreshold)
                        + markNote;
            html += tableRow({ BodyChartCatalog::viewLabel(mark.view), type,
                               QString::number(mark.intensity),
                               mark.muscle.isEmpty() ? QString()
                                                     : BodyChartCatalog::muscleLabel(mark.muscle),
                               BodyChartCatalog::sideLabel(mark.side), markNote.trimmed() });
        }
        html += TableEnd;
    }

    for (const NoteAddendum &addendum : note.addenda) {
        html += heading(4,
                        QStringLiteral("Addendum by %1, %2")
                                .arg(text(addendum.author), when(addendum.createdAtUtc, zone)))
                + TableStart + row(QStringLiteral("Why"), addendum.reason)
                + row(QStringLiteral("Addendum"), addendum.text) + TableEnd;
    }
    return html;
}

QString notesHtml(const QList<SessionNote> &notes, const QList<Technique> &practiceTechniques,
                  const QTimeZone &zone)
{
    QString html = heading(2, QStringLiteral("Session notes"));
    if (notes.isEmpty())
        return html + paragraph(QStringLiteral("No session notes."));
    for (const SessionNote &note : notes)
        html += noteHtml(note, practiceTechniques, zone);
    return html;
}

QTimeZone practiceZone(const ClientRecord &record)
{
    const QTimeZone zone(record.timeZoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

QByteArray json(const ClientRecord &record)
{
    QJsonArray intakes;
    for (const Intake &intake : record.intakes)
        intakes.append(ExportJson::intake(intake));
    QJsonArray questionnaires;
    for (const QuestionnaireAdministration &given : record.questionnaires)
        questionnaires.append(ExportJson::administration(given));
    QJsonArray alerts;
    for (const RedFlagAlert &alert : record.redFlagAlerts)
        alerts.append(ExportJson::redFlagAlert(alert));
    QJsonArray appointments;
    for (const ExportedAppointment &appointment : record.appointments)
        appointments.append(ExportJson::appointment(appointment));
    QJsonArray notes;
    for (const SessionNote &note : record.notes)
        notes.append(ExportJson::note(note));
    QJsonArray diary;
    for (const DiaryEntry &entry : record.diary)
        diary.append(ExportJson::diaryEntry(entry));
    const QJsonObject root{
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("formatVersion"), FormatVersion },
        { QStringLiteral("practice"), record.practiceName },
        { QStringLiteral("timeZone"), record.timeZoneId },
        { QStringLiteral("exportedAt"), ExportJson::instant(record.exportedAtUtc) },
        { QStringLiteral("exportedBy"), record.exportedBy },
        { QStringLiteral("client"), ExportJson::client(record.client) },
        { QStringLiteral("intakes"), intakes },
        { QStringLiteral("questionnaireAdministrations"), questionnaires },
        { QStringLiteral("redFlagAlerts"), alerts },
        { QStringLiteral("appointments"), appointments },
        { QStringLiteral("sessionNotes"), notes },
        { QStringLiteral("diary"), diary },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString html(const ClientRecord &record)
{
    const QTimeZone zone = practiceZone(record);
    const QString name = text(record.client.displayName());
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>Client record: ")
            + escaped(name) + QStringLiteral("</title></head><body>\n")
            + heading(1, QStringLiteral("Client record: ") + name) + paragraph(record.practiceName)
            + paragraph(QStringLiteral("Everything %1 keeps about this client, as of %2, prepared "
                                       "by %3.")
                                .arg(record.practiceName.isEmpty() ? QStringLiteral("the practice")
                                                                   : record.practiceName,
                                     when(record.exportedAtUtc, zone), text(record.exportedBy)));
    html += contactHtml(record.client, zone);
    html += intakesHtml(record.intakes, zone);
    html += questionnairesHtml(record.questionnaires);
    html += redFlagsHtml(record.redFlagAlerts, zone);
    html += appointmentsHtml(record.appointments);
    html += notesHtml(record.notes, record.practiceTechniques, zone);
    html += diaryHtml(record.diary);
    return html + QStringLiteral("</body></html>\n");
}

ClientRecordPrintout printout(const ClientRecord &record)
{
    const QString name = text(record.client.displayName());
    return { QStringLiteral("Client record"), html(record),
             QStringLiteral("%1 · client record · %2")
                     .arg(name,
                          longDate(record.exportedAtUtc.toTimeZone(practiceZone(record)).date())) };
}

} // namespace stillpoint::core::ClientRecordDocument
