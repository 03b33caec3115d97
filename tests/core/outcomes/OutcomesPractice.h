// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryEntry.h"
#include "core/outcomes/DiaryService.h"
#include "core/outcomes/ProgressService.h"
#include "core/schedule/Appointment.h"
#include "core/security/AuditTrail.h"
#include "tests/core/schedule/SchedulePractice.h"

#include <QDate>
#include <QList>

namespace stillpoint::test {

// The schedule tests' small practice (owner, therapist, front desk; Theo, Room 1; clients Ines,
// Jamal and Kai; Monday 2 March 2026, Europe/London) with the outcome services and helpers that
// write visits, notes and diary rows directly.
class OutcomesPractice : public SchedulePractice
{
public:
    OutcomesPractice();

    // A past appointment of Theo's in Room 1 at `time` on `date`, in `status`; a cancelled one
    // is cancelled by the client (late or not) or by the practice.
    qint64 addVisit(qint64 clientId, const QDate &date,
                    core::AppointmentStatus status = core::AppointmentStatus::Completed,
                    const QTime &time = QTime(10, 0), bool late = false, bool byPractice = false);
    // A signed note of a session on `date` with the pain scores.
    void addSignedNote(qint64 clientId, const QDate &date, std::optional<int> painBefore,
                       std::optional<int> painAfter);
    // A headache-free row, or a headache row at 08:00 with `intensity`.
    static core::DiaryEntry day(qint64 clientId, const QDate &date, bool headache = false,
                                int intensity = 6);
    // Stores rows directly (no audit).
    void store(const QList<core::DiaryEntry> &rows);
    // Audit rows of the record type for the client, oldest first.
    QList<core::AuditEntry> audit(const QString &recordType, qint64 clientId = 0);

    core::DiaryService diary;
    core::ProgressService progress;
};

} // namespace stillpoint::test
