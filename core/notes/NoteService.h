// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/notes/SessionNote.h"
#include "core/security/Session.h"

#include <QList>
#include <optional>

namespace stillpoint::core {

class Database;

// Session notes, their addenda, templates and the practice's technique list, as the signed-in
// user may see and change them. Clinical reads and writes need ClinicalRead / ClinicalWrite
// (therapist, owner), checked in core (refusals audited) and written to the audit trail (record
// types "note", "note-addendum", "note-template", "technique") in the same transaction, never
// with clinical content in the detail. The front desk may only ask onFile().
//
// A note is a draft until signed; a signed note is locked (core refuses, and database triggers
// refuse UPDATE of a signed note's content and DELETE of any note or addendum). While the client
// has a blocking red-flag alert (IntakeService::blockingAlert) no note can be started or saved:
// the therapist records a reason to proceed first (Denied with field "red_flag_alert").
class NoteService
{
public:
    explicit NoteService(Database &database, const Clock &clock = SystemClock::instance());

    // Front desk and up (ScheduleRead or ClinicalRead): for each appointment, whether a note
    // exists and is signed. Appointments without a note are returned with exists = false.
    Result<QList<NoteOnFile>> onFile(const Session &session,
                                     const QList<qint64> &appointmentIds) const;

    // Every note of the client, newest session first (discarded drafts included).
    Result<QList<NoteSummary>> history(const Session &session, qint64 clientId) const;
    // One note with its addenda, audited as a clinical read.
    Result<SessionNote> find(const Session &session, qint64 noteId) const;
    // Signed notes (with addenda) with a session date in [from, to], oldest first, for printing.
    Result<QList<SessionNote>> notesBetween(const Session &session, qint64 clientId,
                                            const QDate &from, const QDate &to) const;
    // The client's open draft, if any; a client has at most one open draft per appointment and
    // at most one without an appointment.
    Result<std::optional<SessionNote>> draftFor(const Session &session, qint64 clientId,
                                                qint64 appointmentId = 0) const;
    // The last signed note before `sessionDate` (for faded marks and carry-forward), if any.
    Result<std::optional<SessionNote>> previousSigned(const Session &session, qint64 clientId,
                                                      const QDate &sessionDate) const;

    // Starts (and first saves) a draft for the appointment's client and date, with today's
    // contraindication re-check list from the last signed intake; with carryForward, the plan
    // and marks of the last signed note. Returns the open draft if the visit already has one.
    Result<SessionNote> startFromAppointment(const Session &session, qint64 appointmentId,
                                             bool carryForward);
    // The same without a visit.
    Result<SessionNote> startForClient(const Session &session, qint64 clientId,
                                       const QDate &sessionDate, bool carryForward);
    // Saves a draft as it is (no range checks, so an autosave never loses typing). Conflict on a
    // stale rowVersion; refused for a signed or discarded note.
    Result<SessionNote> saveDraft(const Session &session, const SessionNote &note);
    // Saves and signs in one transaction; refused (InvalidInput with the field) when
    // NoteValidator::problemsForSigning finds anything.
    Result<SessionNote> sign(const Session &session, const SessionNote &note);
    // Sets a draft aside (kept as discarded).
    Result<SessionNote> discard(const Session &session, qint64 noteId, int expectedRowVersion);
    // Adds a correction to a signed note: reason 3..500 and text 1..20000 characters.
    Result<NoteAddendum> addAddendum(const Session &session, qint64 noteId, const QString &reason,
                                     const QString &text);

    // Templates, by name.
    Result<QList<NoteTemplate>> templates(const Session &session) const;
    // Inserts (id 0) or updates a template; names are unique.
    Result<NoteTemplate> saveTemplate(const Session &session, const NoteTemplate &noteTemplate);
    Status deleteTemplate(const Session &session, qint64 templateId);

    // The seeded techniques followed by the practice's own, by label.
    Result<QList<Technique>> techniques(const Session &session) const;
    Result<Technique> addTechnique(const Session &session, const QString &label);

private:
    // Writes a new draft once the checks are done: the plan and marks carried forward when asked,
    // and the contraindication re-check list from the last signed intake.
    Result<SessionNote> startDraft(const Session &session, qint64 clientId, qint64 appointmentId,
                                   const QDate &sessionDate, bool carryForward);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
