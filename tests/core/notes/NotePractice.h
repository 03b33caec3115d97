// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"
#include "core/notes/NoteService.h"
#include "core/security/AuditTrail.h"
#include "tests/core/schedule/SchedulePractice.h"

namespace stillpoint::test {

// The schedule tests' small practice (owner, therapist Theo, front desk; clients Inés, Jamal and
// Kai; the clock at 07:00 on Monday 2 March 2026, Europe/London) with the note and intake
// services, for session-note tests.
class NotePractice : public SchedulePractice
{
public:
    NotePractice();

    // Books the client with Theo at 10:00 on `date` (after the clock), moves the clock past the
    // visit and gives it `status`.
    core::Appointment visit(qint64 clientId, const QDate &date,
                            core::AppointmentStatus status = core::AppointmentStatus::Completed);
    // A signed intake for the client from DemoIntakes' profile (1 lists a contraindication,
    // 4 raises red flags).
    core::Intake signIntake(qint64 clientId, int profile, const QDate &date);
    // A note with every section written and three marks.
    static core::NoteContent sampleContent();
    // Starts a note for the client's visit on `date`, fills it with `content` and signs it.
    core::SessionNote signedNote(qint64 clientId, const QDate &date,
                                 const core::NoteContent &content = sampleContent());

    // The session_notes row's columns as stored, joined, and its content column's bytes.
    QString rawRow(qint64 noteId);
    QByteArray rawContent(qint64 noteId);
    // Runs SQL straight on the file, behind core's back.
    bool execRaw(const QString &sql, QString *error = nullptr);
    // Audit rows about the client, optionally of one record type.
    QList<core::AuditEntry> audit(qint64 clientId, const QString &recordType = {});

    core::NoteService notes;
    core::IntakeService intakes;
};

} // namespace stillpoint::test
