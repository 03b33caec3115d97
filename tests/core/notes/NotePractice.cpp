// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/notes/NotePractice.h"

#include "core/demo/DemoIntakes.h"
#include "core/schedule/AppointmentRepository.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace stillpoint::test {

using namespace core;

NotePractice::NotePractice() : notes(t.db(), clock), intakes(t.db(), clock) { }

Appointment NotePractice::visit(qint64 clientId, const QDate &date, AppointmentStatus status)
{
    Appointment booked = book(clientId, theo, room1, treatment60, at(date, QTime(10, 0)));
    const QDateTime after = at(date, QTime(11, 30));
    if (clock.nowUtc() < after)
        clock.setNowUtc(after);
    if (status == AppointmentStatus::Booked)
        return booked;
    if (status == AppointmentStatus::Cancelled) {
        CancelRequest request;
        request.reason = QStringLiteral("Car broke down");
        // Cancelled before the visit: the clock goes back to book time for this one call.
        const QDateTime now = clock.nowUtc();
        clock.setNowUtc(at(date, QTime(8, 0)));
        auto cancelled = appointments.cancel(desk, booked.id, booked.rowVersion, request);
        clock.setNowUtc(now);
        REQUIRE(cancelled.ok());
        return AppointmentRepository(t.db(), clock).find(booked.id).value();
    }
    auto changed = appointments.setStatus(desk, booked.id, booked.rowVersion, status);
    INFO((changed.ok() ? QString() : changed.error().message).toStdString());
    REQUIRE(changed.ok());
    return changed.value();
}

Intake NotePractice::signIntake(qint64 clientId, int profile, const QDate &date)
{
    auto draft = intakes.startNew(therapist, clientId, date);
    REQUIRE(draft.ok());
    Intake filled = DemoIntakes::sample(profile, clientId, date);
    filled.id = draft->id;
    filled.version = draft->version;
    filled.rowVersion = draft->rowVersion;
    auto signedIntake = intakes.sign(therapist, filled);
    INFO((signedIntake.ok() ? QString() : signedIntake.error().message).toStdString());
    REQUIRE(signedIntake.ok());
    return signedIntake.value();
}

NoteContent NotePractice::sampleContent()
{
    NoteContent c;
    c.subjective.clientReport = QStringLiteral("Two migraines this week, both after long days at "
                                               "the screen.");
    c.subjective.headachesSinceLastVisit = QStringLiteral("Three headache days, one migraine");
    c.subjective.headacheDaysSinceLastVisit = 3;
    c.subjective.painBefore = 6;
    c.subjective.medicationChanges = QStringLiteral("None");
    c.objective.palpation = QStringLiteral("Tight suboccipitals, active trigger point in the "
                                           "right upper trapezius");
    c.objective.posture = QStringLiteral("Forward head posture");
    c.objective.rangeOfMotion = { RangeOfMotion{ CervicalMotion::RotationLeft, 62 },
                                  RangeOfMotion{ CervicalMotion::RotationRight, 55 } };
    c.objective.techniques = {
        TechniqueUse{ QStringLiteral("trigger_point_therapy"),
                      QStringLiteral("right upper trapezius"), 15, Pressure::Firm },
        TechniqueUse{ QStringLiteral("myofascial_release"), QStringLiteral("suboccipitals"), 20,
                      Pressure::Moderate },
    };
    c.objective.position = ClientPosition::Supine;
    c.assessment.response = QStringLiteral("Relaxed well");
    c.assessment.painAfter = 3;
    c.assessment.released = QStringLiteral("Suboccipitals");
    c.assessment.resisted = QStringLiteral("Right levator scapulae");
    c.assessment.progress = QStringLiteral("Rotation better than last time");
    c.plan.nextVisit = QDate(2026, 3, 16);
    c.plan.frequency = QStringLiteral("Every two weeks");
    c.plan.focus = QStringLiteral("Suboccipitals and upper trapezius");
    c.plan.homeCare = QStringLiteral("Chin tucks twice a day; heat on the neck");
    c.plan.referrals = QString();
    BodyMark trigger;
    trigger.view = BodyView::HeadNeckBack;
    trigger.x = 0.123456789;
    trigger.y = 0.3;
    trigger.type = MarkType::TriggerPoint;
    trigger.intensity = 7;
    trigger.muscle = QStringLiteral("upper_trapezius");
    trigger.side = BodySide::Right;
    trigger.pressurePainThreshold = 2.35;
    trigger.note = QStringLiteral("Refers to the temple");
    BodyMark referred;
    referred.view = BodyView::HeadSide;
    referred.x = 1.0 / 3.0;
    referred.y = 0.2;
    referred.type = MarkType::ReferredPain;
    referred.intensity = 5;
    referred.muscle = QStringLiteral("temporalis");
    referred.side = BodySide::Right;
    referred.directionDegrees = 45;
    BodyMark tender;
    tender.view = BodyView::HeadNeckBack;
    tender.x = 0.5;
    tender.y = 0.25;
    tender.type = MarkType::TenderPoint;
    tender.intensity = 4;
    tender.muscle = QStringLiteral("suboccipitals");
    tender.side = BodySide::Both;
    c.marks = { trigger, referred, tender };
    return c;
}

SessionNote NotePractice::signedNote(qint64 clientId, const QDate &date, const NoteContent &content)
{
    const Appointment appointment = visit(clientId, date);
    auto draft = notes.startFromAppointment(therapist, appointment.id, false);
    INFO((draft.ok() ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    SessionNote note = draft.value();
    note.content = content;
    // The sample plan's next visit must not come before this session.
    if (note.content.plan.nextVisit && *note.content.plan.nextVisit < date)
        note.content.plan.nextVisit = date.addDays(14);
    auto signedNote = notes.sign(therapist, note);
    INFO((signedNote.ok() ? QString() : signedNote.error().message).toStdString());
    REQUIRE(signedNote.ok());
    return signedNote.value();
}

QString NotePractice::rawRow(qint64 noteId)
{
    QSqlQuery query(t.db().connection());
    query.prepare(QStringLiteral("SELECT * FROM session_notes WHERE id = ?"));
    query.addBindValue(noteId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    QStringList values;
    for (int i = 0; i < query.record().count(); ++i)
        values << query.value(i).toString();
    return values.join(QLatin1Char('|'));
}

QByteArray NotePractice::rawContent(qint64 noteId)
{
    QSqlQuery query(t.db().connection());
    query.prepare(QStringLiteral("SELECT CAST(content AS BLOB) FROM session_notes WHERE id = ?"));
    query.addBindValue(noteId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

bool NotePractice::execRaw(const QString &sql, QString *error)
{
    QSqlQuery query(t.db().connection());
    const bool ok = query.exec(sql);
    if (error)
        *error = query.lastError().databaseText();
    return ok;
}

QList<AuditEntry> NotePractice::audit(qint64 clientId, const QString &recordType)
{
    AuditFilter filter;
    filter.clientId = clientId;
    filter.limit = 10000;
    QList<AuditEntry> entries;
    for (const AuditEntry &entry : AuditTrail(t.db(), clock).entries(filter).value()) {
        if (recordType.isEmpty() || entry.event.recordType == recordType)
            entries << entry;
    }
    return entries;
}

} // namespace stillpoint::test
