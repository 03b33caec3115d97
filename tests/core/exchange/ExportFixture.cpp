// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/exchange/ExportFixture.h"

#include "core/demo/DemoIntakes.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <algorithm>

namespace stillpoint::test {

using namespace core;

const QString ExportFixture::deskFormula = QStringLiteral("=cmd|' /C calc'!A0");
const QString ExportFixture::clearReason = QStringLiteral("Cleared by Dr Ahn on 21 Feb");
const QString ExportFixture::cancelReason = QStringLiteral("Car broke down");
const QString ExportFixture::inesNoteText = QStringLiteral("Left temple throbbing since Tuesday");
const QString ExportFixture::jamalNoteText = QStringLiteral("Jaw tension after the dentist");
const QString ExportFixture::addendumText = QStringLiteral("Pain before was 7, not 6");

namespace {

const QDate friday(2026, 2, 27); // before the practice's clock (Monday 2 March, 07:00)
const QDate monday(2026, 3, 2);

// A past appointment, booked after the fact (the desk acknowledges the warning).
Appointment bookPast(SchedulePractice &p, qint64 clientId, const Therapist &therapist,
                     const Room &room, const AppointmentType &type, const QTime &time)
{
    BookingRequest request = p.request(clientId, therapist, room, type, p.at(friday, time));
    request.acknowledgeWarnings = true;
    auto booked = p.appointments.book(p.desk, request);
    REQUIRE(booked.ok());
    REQUIRE(booked->saved);
    return booked->appointment;
}

SessionNote signedNote(SchedulePractice &p, qint64 clientId, const QString &report)
{
    NoteService notes(p.t.db(), p.clock);
    auto draft = notes.startForClient(p.therapist, clientId, friday, false);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    SessionNote note = draft.value();
    note.content.subjective.clientReport = report;
    note.content.subjective.painBefore = 6;
    note.content.objective.techniques = { TechniqueUse{ QStringLiteral("trigger_point_therapy"),
                                                        QStringLiteral("left upper trapezius"), 20,
                                                        Pressure::Firm } };
    BodyMark mark;
    mark.type = MarkType::TriggerPoint;
    mark.intensity = 7;
    mark.muscle = QStringLiteral("upper_trapezius");
    mark.side = BodySide::Left;
    note.content.marks = { mark };
    note.content.assessment.painAfter = 3;
    auto done = notes.sign(p.therapist, note);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    return done.value();
}

} // namespace

ExportFixture::ExportFixture()
{
    IntakeService intakes(p.t.db(), p.clock);
    const QDate intakeDate(2026, 2, 20);
    Intake draft = intakes.startNew(p.therapist, p.ines, intakeDate).value();
    Intake filled = DemoIntakes::sample(5, p.ines, intakeDate); // head or neck injury: a red flag
    filled.id = draft.id;
    filled.version = draft.version;
    filled.rowVersion = draft.rowVersion;
    filled = intakes.saveDraft(p.therapist, filled).value();
    auto signedIntake = intakes.sign(p.therapist, filled);
    REQUIRE(signedIntake.ok());
    inesIntake = signedIntake.value();
    auto alert = intakes.blockingAlert(p.therapist, p.ines);
    REQUIRE(alert.ok());
    REQUIRE(alert->has_value());
    REQUIRE(intakes.recordReasonToProceed(p.therapist, (*alert)->id, clearReason).ok());

    inesCompleted = bookPast(p, p.ines, p.theo, p.room1, p.treatment60, QTime(10, 0));
    auto completed = p.appointments.setStatus(p.desk, inesCompleted.id, inesCompleted.rowVersion,
                                              AppointmentStatus::Completed);
    REQUIRE(completed.ok());
    inesCompleted = completed.value();

    // Today at 15:00, called off at 07:00: less notice than a day, so late.
    const Appointment toCancel =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(15, 0)));
    auto cancelled = p.appointments.cancel(p.desk, toCancel.id, toCancel.rowVersion,
                                           CancelRequest{ cancelReason, CancelledBy::Client });
    REQUIRE(cancelled.ok());
    inesCancelled = cancelled->appointment;
    REQUIRE(inesCancelled.lateCancellation);

    BookingRequest withNote = p.request(p.ines, p.olivia, p.room2, p.followUp30,
                                        p.at(monday.addDays(2), QTime(11, 0)));
    withNote.deskNotes = deskFormula;
    auto booked = p.appointments.book(p.desk, withNote);
    REQUIRE(booked.ok());
    REQUIRE(booked->saved);
    inesWithDeskNote = booked->appointment;

    jamalBooked = bookPast(p, p.jamal, p.olivia, p.room2, p.followUp30, QTime(9, 0));
    auto missed = p.appointments.setStatus(p.desk, jamalBooked.id, jamalBooked.rowVersion,
                                           AppointmentStatus::NoShow);
    REQUIRE(missed.ok());
    jamalBooked = missed.value();

    inesNote = signedNote(p, p.ines, inesNoteText);
    auto addendum = NoteService(p.t.db(), p.clock)
                            .addAddendum(p.therapist, inesNote.id,
                                         QStringLiteral("Pain score mistyped"), addendumText);
    REQUIRE(addendum.ok());
    inesNote.addenda << addendum.value();
    jamalNote = signedNote(p, p.jamal, jamalNoteText);
}

QString ExportFixture::path(const QString &name) const
{
    return QDir(p.t.dirPath()).filePath(name);
}

QByteArray ExportFixture::contents(const QString &file) const
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

QList<AuditEntry> ExportFixture::audit(const QString &operation)
{
    AuditFilter filter;
    filter.operation = operation;
    filter.limit = 10000;
    QList<AuditEntry> entries = AuditTrail(p.t.db(), p.clock).entries(filter).value();
    std::reverse(entries.begin(), entries.end());
    return entries;
}

ClientRecordExport::PdfWriter FakePdfWriter::writer()
{
    return [this](const ClientRecordPrintout &printout, const QString &file) -> Status {
        printed << printout;
        if (fail)
            return makeError(ErrorCode::Io, QStringLiteral("The printer ran out of paper."));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, out.errorString());
        out.write("%PDF-1.4 stand-in\n");
        out.write(printout.html.toUtf8());
        return {};
    };
}

} // namespace stillpoint::test
