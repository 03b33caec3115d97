// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExportJson.h"

#include "core/intake/IntakeJson.h"
#include "core/notes/NoteJson.h"
#include "core/security/Role.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace stillpoint::core::ExportJson {

namespace {

QJsonValue minutesText(const QTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonArray texts(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

} // namespace

QJsonValue instant(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue id(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QJsonObject user(const UserAccount &account)
{
    return { { QStringLiteral("id"), account.id },
             { QStringLiteral("username"), account.username },
             { QStringLiteral("displayName"), account.displayName },
             { QStringLiteral("role"), Roles::key(account.role) },
             { QStringLiteral("active"), account.active },
             { QStringLiteral("createdAt"), instant(account.createdAt) } };
}

QJsonObject client(const Client &c)
{
    QJsonArray alerts;
    for (const ClientAlert &alert : c.alerts)
        alerts.append(
                QJsonObject{ { QStringLiteral("id"), alert.id },
                             { QStringLiteral("text"), alert.text },
                             { QStringLiteral("frontDeskVisible"), alert.frontDeskVisible } });
    return {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("givenName"), c.givenName },
        { QStringLiteral("familyName"), c.familyName },
        { QStringLiteral("preferredName"), c.preferredName },
        { QStringLiteral("pronouns"), c.pronouns },
        { QStringLiteral("dateOfBirth"), date(c.dateOfBirth) },
        { QStringLiteral("mobilePhone"), c.mobilePhone },
        { QStringLiteral("homePhone"), c.homePhone },
        { QStringLiteral("workPhone"), c.workPhone },
        { QStringLiteral("email"), c.email },
        { QStringLiteral("address"),
          QJsonObject{ { QStringLiteral("line1"), c.address.line1 },
                       { QStringLiteral("line2"), c.address.line2 },
                       { QStringLiteral("city"), c.address.city },
                       { QStringLiteral("region"), c.address.region },
                       { QStringLiteral("postalCode"), c.address.postalCode },
                       { QStringLiteral("country"), c.address.country } } },
        { QStringLiteral("emergencyContact"),
          QJsonObject{ { QStringLiteral("name"), c.emergencyContact.name },
                       { QStringLiteral("relation"), c.emergencyContact.relation },
                       { QStringLiteral("phone"), c.emergencyContact.phone } } },
        { QStringLiteral("physician"),
          QJsonObject{ { QStringLiteral("name"), c.physician.name },
                       { QStringLiteral("practice"), c.physician.practice },
                       { QStringLiteral("phone"), c.physician.phone } } },
        { QStringLiteral("consent"),
          QJsonObject{ { QStringLiteral("phone"), c.consent.phone },
                       { QStringLiteral("sms"), c.consent.sms },
                       { QStringLiteral("email"), c.consent.email } } },
        { QStringLiteral("alerts"), alerts },
        { QStringLiteral("frontDeskNotes"), c.frontDeskNotes },
        { QStringLiteral("archived"), c.archived },
        { QStringLiteral("createdAt"), instant(c.createdAt) },
        { QStringLiteral("updatedAt"), instant(c.updatedAt) },
    };
}

QJsonObject intake(const Intake &intake)
{
    // The content exactly as stored, so a reader of the export reads what Stillpoint reads.
    const QJsonObject content = QJsonDocument::fromJson(IntakeJson::write(intake)).object();
    return {
        { QStringLiteral("id"), intake.id },
        { QStringLiteral("clientId"), intake.clientId },
        { QStringLiteral("version"), intake.version },
        { QStringLiteral("basedOnId"), id(intake.basedOnId) },
        { QStringLiteral("status"), IntakeStatuses::key(intake.status) },
        { QStringLiteral("intakeDate"), date(intake.intakeDate) },
        { QStringLiteral("createdAt"), instant(intake.createdAtUtc) },
        { QStringLiteral("createdBy"), intake.createdBy },
        { QStringLiteral("updatedAt"), instant(intake.updatedAtUtc) },
        { QStringLiteral("signedAt"), instant(intake.signedAtUtc) },
        { QStringLiteral("signedBy"), intake.signedBy },
        { QStringLiteral("content"), content },
        { QStringLiteral("signaturePng"),
          intake.consent.signaturePng.isEmpty()
                  ? QJsonValue()
                  : QJsonValue(QString::fromLatin1(intake.consent.signaturePng.toBase64())) },
    };
}

QJsonObject administration(const QuestionnaireAdministration &given)
{
    QJsonObject answers;
    for (auto it = given.answers.cbegin(); it != given.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonValue score;
    if (given.score)
        score = QJsonObject{ { QStringLiteral("total"), given.score->total },
                             { QStringLiteral("grade"), given.score->grade },
                             { QStringLiteral("gradeLabel"), given.score->gradeLabel },
                             { QStringLiteral("minimumPossible"), given.score->minimumPossible },
                             { QStringLiteral("maximumPossible"), given.score->maximumPossible } };
    return { { QStringLiteral("id"), given.id },
             { QStringLiteral("clientId"), given.clientId },
             { QStringLiteral("intakeId"), id(given.intakeId) },
             { QStringLiteral("questionnaire"), given.questionnaireId },
             { QStringLiteral("date"), date(given.date) },
             { QStringLiteral("answers"), answers },
             { QStringLiteral("score"), score },
             { QStringLiteral("recordedAt"), instant(given.recordedAtUtc) },
             { QStringLiteral("recordedBy"), given.recordedBy } };
}

QJsonObject redFlagAlert(const RedFlagAlert &alert)
{
    return { { QStringLiteral("id"), alert.id },
             { QStringLiteral("clientId"), alert.clientId },
             { QStringLiteral("intakeId"), id(alert.intakeId) },
             { QStringLiteral("flags"), texts(alert.flags) },
             { QStringLiteral("raisedAt"), instant(alert.raisedAtUtc) },
             { QStringLiteral("blocking"), alert.isBlocking() },
             { QStringLiteral("clearedAt"), instant(alert.clearedAtUtc) },
             { QStringLiteral("clearedBy"), alert.clearedBy },
             { QStringLiteral("reasonToProceed"), alert.clearReason } };
}

QJsonObject therapist(const Therapist &therapist, const QList<WorkingInterval> &hours)
{
    QJsonArray week;
    for (const WorkingInterval &interval : hours)
        week.append(QJsonObject{ { QStringLiteral("weekday"), interval.weekday },
                                 { QStringLiteral("start"), minutesText(interval.startTime()) },
                                 // 1440 minutes: until midnight, which "00:00" would not say.
                                 { QStringLiteral("end"),
                                   interval.endMinute >= 1440 ? QStringLiteral("24:00")
                                                              : interval.endTime().toString(
                                                                      QStringLiteral("HH:mm")) } });
    return { { QStringLiteral("id"), therapist.id },
             { QStringLiteral("userId"), therapist.userId },
             { QStringLiteral("displayName"), therapist.displayName },
             { QStringLiteral("active"), therapist.active },
             { QStringLiteral("workingHours"), week } };
}

QJsonObject timeOff(const TimeOff &timeOff)
{
    return { { QStringLiteral("id"), timeOff.id },
             { QStringLiteral("therapistId"), timeOff.therapistId },
             { QStringLiteral("start"), instant(timeOff.startUtc) },
             { QStringLiteral("end"), instant(timeOff.endUtc) },
             { QStringLiteral("reason"), timeOff.reason } };
}

QJsonObject room(const Room &room)
{
    return { { QStringLiteral("id"), room.id },
             { QStringLiteral("name"), room.name },
             { QStringLiteral("notes"), room.notes },
             { QStringLiteral("active"), room.active } };
}

QJsonObject appointmentType(const AppointmentType &type)
{
    return { { QStringLiteral("id"), type.id },
             { QStringLiteral("name"), type.name },
             { QStringLiteral("defaultMinutes"), type.defaultMinutes },
             { QStringLiteral("bufferMinutes"), type.bufferMinutes },
             { QStringLiteral("colour"), type.colour },
             { QStringLiteral("priceCents"), type.priceCents },
             { QStringLiteral("active"), type.active } };
}

QJsonObject appointment(const Appointment &a)
{
    QTimeZone zone(a.timeZoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const bool cancelled = a.status == AppointmentStatus::Cancelled;
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("clientId"), a.clientId },
        { QStringLiteral("therapistId"), a.therapistId },
        { QStringLiteral("roomId"), a.roomId },
        { QStringLiteral("typeId"), a.typeId },
        { QStringLiteral("start"), instant(a.startUtc) },
        { QStringLiteral("end"), instant(a.endUtc) },
        { QStringLiteral("bufferEnd"), instant(a.bufferEndUtc) },
        { QStringLiteral("timeZone"), a.timeZoneId },
        { QStringLiteral("localDate"), date(a.localDate) },
        { QStringLiteral("localStart"), minutesText(a.localTime) },
        { QStringLiteral("localEnd"), minutesText(a.endUtc.toTimeZone(zone).time()) },
        { QStringLiteral("status"), AppointmentStatuses::key(a.status) },
        { QStringLiteral("cancelledAt"), instant(a.cancelledAtUtc) },
        { QStringLiteral("cancelledBy"),
          cancelled ? QJsonValue(a.cancelledBy == CancelledBy::Practice ? QStringLiteral("practice")
                                                                        : QStringLiteral("client"))
                    : QJsonValue() },
        { QStringLiteral("cancelReason"), a.cancelReason },
        { QStringLiteral("lateCancellation"), a.lateCancellation },
        { QStringLiteral("arrivedAt"), instant(a.arrivedAtUtc) },
        { QStringLiteral("deskNotes"), a.deskNotes },
        { QStringLiteral("priceCents"), a.priceCents },
        { QStringLiteral("seriesId"), id(a.seriesId) },
        { QStringLiteral("occurrence"),
          a.occurrenceIndex > 0 ? QJsonValue(a.occurrenceIndex) : QJsonValue() },
        { QStringLiteral("createdAt"), instant(a.createdAtUtc) },
        { QStringLiteral("createdBy"), a.createdBy },
        { QStringLiteral("changedAt"), instant(a.changedAtUtc) },
        { QStringLiteral("changedBy"), a.changedBy },
    };
}

QJsonObject appointment(const ExportedAppointment &exported)
{
    QJsonObject object = appointment(exported.appointment);
    object.insert(QStringLiteral("therapist"), exported.therapistName);
    object.insert(QStringLiteral("room"), exported.roomName);
    object.insert(QStringLiteral("type"), exported.typeName);
    return object;
}

QJsonObject series(const RecurringSeries &s)
{
    return { { QStringLiteral("id"), s.id },
             { QStringLiteral("clientId"), s.clientId },
             { QStringLiteral("therapistId"), s.therapistId },
             { QStringLiteral("roomId"), s.roomId },
             { QStringLiteral("typeId"), s.typeId },
             { QStringLiteral("intervalWeeks"), s.rule.intervalWeeks },
             { QStringLiteral("firstDate"), date(s.rule.firstDate) },
             { QStringLiteral("localTime"), minutesText(s.rule.localTime) },
             { QStringLiteral("untilDate"), date(s.rule.untilDate) },
             { QStringLiteral("count"),
               s.rule.count > 0 ? QJsonValue(s.rule.count) : QJsonValue() },
             { QStringLiteral("durationMinutes"), s.durationMinutes },
             { QStringLiteral("timeZone"), s.timeZoneId },
             { QStringLiteral("createdAt"), instant(s.createdAtUtc) },
             { QStringLiteral("createdBy"), s.createdBy } };
}

QJsonObject waitlistEntry(const WaitlistItem &item)
{
    const WaitlistEntry &e = item.entry;
    QJsonArray weekdays;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (e.wantsWeekday(day))
            weekdays.append(day);
    }
    QJsonArray parts;
    for (const auto &[part, key] : { std::pair{ PartOfDay::Morning, "morning" },
                                     std::pair{ PartOfDay::Afternoon, "afternoon" },
                                     std::pair{ PartOfDay::Evening, "evening" } }) {
        if (e.wantsPartOfDay(part))
            parts.append(QLatin1String(key));
    }
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("clientId"), e.clientId },
             { QStringLiteral("therapistId"), id(e.therapistId) },
             { QStringLiteral("typeId"), e.typeId },
             { QStringLiteral("weekdays"), weekdays },
             { QStringLiteral("partsOfDay"), parts },
             { QStringLiteral("notes"), e.notes },
             { QStringLiteral("addedOn"), date(e.addedOn) },
             { QStringLiteral("expiresOn"), date(e.expiresOn) },
             { QStringLiteral("status"), WaitlistStatuses::key(e.status) } };
}

QJsonObject note(const SessionNote &note)
{
    QJsonArray addenda;
    for (const NoteAddendum &addendum : note.addenda)
        addenda.append(QJsonObject{ { QStringLiteral("id"), addendum.id },
                                    { QStringLiteral("author"), addendum.author },
                                    { QStringLiteral("createdAt"), instant(addendum.createdAtUtc) },
                                    { QStringLiteral("reason"), addendum.reason },
                                    { QStringLiteral("text"), addendum.text } });
    return {
        { QStringLiteral("id"), note.id },
        { QStringLiteral("clientId"), note.clientId },
        { QStringLiteral("appointmentId"), id(note.appointmentId) },
        { QStringLiteral("sessionDate"), date(note.sessionDate) },
        { QStringLiteral("status"), NoteStatuses::key(note.status) },
        { QStringLiteral("createdAt"), instant(note.createdAtUtc) },
        { QStringLiteral("createdBy"), note.createdBy },
        { QStringLiteral("updatedAt"), instant(note.updatedAtUtc) },
        { QStringLiteral("signedAt"), instant(note.signedAtUtc) },
        { QStringLiteral("signedBy"), note.signedBy },
        { QStringLiteral("carriedForwardFrom"), id(note.carriedForwardFrom) },
        { QStringLiteral("content"),
          QJsonDocument::fromJson(NoteJson::write(note.content)).object() },
        { QStringLiteral("addenda"), addenda },
    };
}

namespace {

QJsonValue answer(Answer value)
{
    switch (value) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QJsonValue clockTime(const std::optional<QTime> &time)
{
    return time ? QJsonValue(time->toString(QStringLiteral("HH:mm"))) : QJsonValue::Null;
}

QString medicationKind(AcuteMedicationKind kind)
{
    switch (kind) {
    case AcuteMedicationKind::Triptan:
        return QStringLiteral("triptan");
    case AcuteMedicationKind::SimpleAnalgesic:
        return QStringLiteral("simple-analgesic");
    case AcuteMedicationKind::Combination:
        return QStringLiteral("combination");
    case AcuteMedicationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace

QJsonObject diaryEntry(const DiaryEntry &entry)
{
    QJsonArray medications;
    for (const DiaryMedication &medication : entry.medications)
        medications.append(QJsonObject{ { QStringLiteral("name"), medication.name },
                                        { QStringLiteral("dose"), medication.dose },
                                        { QStringLiteral("time"), clockTime(medication.time) },
                                        { QStringLiteral("kind"), medicationKind(medication.kind) },
                                        { QStringLiteral("helped"), answer(medication.helped) } });
    return {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("clientId"), entry.clientId },
        { QStringLiteral("date"), date(entry.date) },
        { QStringLiteral("headache"), entry.headache },
        { QStringLiteral("start"), clockTime(entry.start) },
        { QStringLiteral("end"), clockTime(entry.end) },
        { QStringLiteral("peakIntensity"),
          entry.peakIntensity ? QJsonValue(*entry.peakIntensity) : QJsonValue::Null },
        { QStringLiteral("location"), entry.location },
        { QStringLiteral("aura"), answer(entry.aura) },
        { QStringLiteral("nausea"), answer(entry.nausea) },
        { QStringLiteral("lightSensitivity"), answer(entry.lightSensitivity) },
        { QStringLiteral("soundSensitivity"), answer(entry.soundSensitivity) },
        { QStringLiteral("medications"), medications },
        { QStringLiteral("triggers"), QJsonArray::fromStringList(entry.triggers) },
        { QStringLiteral("menstruation"), answer(entry.menstruation) },
        { QStringLiteral("sleepHours"),
          entry.sleepHours ? QJsonValue(*entry.sleepHours) : QJsonValue::Null },
        { QStringLiteral("stress"), entry.stress ? QJsonValue(*entry.stress) : QJsonValue::Null },
        { QStringLiteral("whatHelped"), entry.whatHelped },
        { QStringLiteral("dayMissed"), answer(entry.dayMissed) },
    };
}

QJsonObject noteTemplate(const NoteTemplate &noteTemplate)
{
    return { { QStringLiteral("id"), noteTemplate.id },
             { QStringLiteral("name"), noteTemplate.name },
             { QStringLiteral("content"),
               QJsonDocument::fromJson(NoteJson::write(noteTemplate.content)).object() } };
}

QJsonObject technique(const Technique &technique)
{
    return { { QStringLiteral("key"), technique.key },
             { QStringLiteral("label"), technique.label } };
}

} // namespace stillpoint::core::ExportJson
