// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientRecordExport.h"
#include "core/intake/Intake.h"
#include "core/notes/SessionNote.h"
#include "core/schedule/Appointment.h"
#include "core/security/AuditTrail.h"
#include "tests/core/schedule/SchedulePractice.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stillpoint::test {

// The schedule tests' practice (in Berlin, so wall-clock and UTC times differ) with something of
// every kind for the exports: Inés Duarte has a signed intake that reported a red flag (cleared
// with a reason), its questionnaires, three appointments (one cancelled late with a reason, one
// with a desk note a spreadsheet would run as a formula) and a signed session note with an
// addendum; Jamal Okafor has one appointment and a note of his own; Kai has nothing.
struct ExportFixture
{
    ExportFixture();

    // A file name in the practice's temporary folder.
    QString path(const QString &name) const;
    QByteArray contents(const QString &path) const;
    // Audit rows of one operation ("data.export"), oldest first.
    QList<core::AuditEntry> audit(const QString &operation);

    SchedulePractice p{ QStringLiteral("Europe/Berlin") };
    core::Intake inesIntake;
    core::Appointment inesCompleted;
    core::Appointment inesCancelled;
    core::Appointment inesWithDeskNote;
    core::Appointment jamalBooked;
    core::SessionNote inesNote;
    core::SessionNote jamalNote;

    static const QString deskFormula; // "=cmd|' /C calc'!A0"
    static const QString clearReason;
    static const QString cancelReason;
    static const QString inesNoteText;
    static const QString jamalNoteText;
    static const QString addendumText;
};

// PDF writers for ClientRecordExport: one that writes a stand-in file (and keeps what it was
// given), one that fails.
struct FakePdfWriter
{
    QList<core::ClientRecordPrintout> printed;
    bool fail = false;

    core::ClientRecordExport::PdfWriter writer();
};

} // namespace stillpoint::test
