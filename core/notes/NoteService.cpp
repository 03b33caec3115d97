// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteService.h"

#include "core/intake/IntakeRepository.h"
#include "core/notes/NoteDiarySummary.h"
#include "core/notes/NoteRepository.h"
#include "core/notes/NoteValidator.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/schedule/AppointmentRepository.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/Permissions.h"

namespace stillpoint::core {

namespace {

const QString noteRecord = QStringLiteral("note");
const QString addendumRecord = QStringLiteral("note-addendum");
const QString templateRecord = QStringLiteral("note-template");
const QString techniqueRecord = QStringLiteral("technique");

NoteRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                      const Session &session, Operation operation, qint64 clientId,
                                      const QString &recordType, const QString &detail)
{
    return [&database, &clock, session, operation, clientId, recordType,
            detail](const Transaction &transaction, qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        auditEvent(session, operation, clientId, recordType, recordId, detail));
    };
}

NoteAuthor authorOf(const Session &session)
{
    return NoteAuthor{ session.userId,
                       session.displayName.isEmpty() ? session.username : session.displayName };
}

// A clinical read, written to the audit trail on its own.
Status auditRead(Database &database, const Clock &clock, const Session &session, qint64 clientId,
                 const QString &recordType, qint64 recordId, const QString &detail)
{
    return AuditTrail(database, clock)
            .record(auditEvent(session, Operation::ClinicalRead, clientId, recordType, recordId,
                               detail));
}

Status requireRead(Database &database, const Clock &clock, const Session &session,
                   qint64 clientId = 0)
{
    return AccessControl(database, clock).require(session, Operation::ClinicalRead, clientId);
}

Status requireWrite(Database &database, const Clock &clock, const Session &session,
                    qint64 clientId = 0)
{
    return AccessControl(database, clock).require(session, Operation::ClinicalWrite, clientId);
}

// No note is started or saved while the client's intake reported a red flag that nobody has
// recorded a reason to proceed for (DOMAIN.md "Red flags: refer before treating").
Status requireNoBlockingAlert(Database &database, const Clock &clock, qint64 clientId)
{
    auto alert = IntakeRepository(database, clock).blockingAlert(clientId);
    if (!alert)
        return alert.error();
    if (!alert->has_value())
        return Status::success();
    return makeError(ErrorCode::Denied,
                     QStringLiteral("This client's intake reports a red flag. Record a reason to "
                                    "proceed on the red-flag alert (for example \"Cleared by Dr "
                                    "Okafor on 3 March\") before writing a session note."),
                     QStringLiteral("red_flag_alert"));
}

// The clinical-write check for a note the caller holds: it exists, it belongs to the client it
// says, and no red flag blocks the client.
Status requireWriteOf(Database &database, const Clock &clock, const Session &session,
                      const SessionNote &note, const QString &notDone)
{
    if (Status allowed = requireWrite(database, clock, session); !allowed)
        return allowed;
    auto clientId = NoteRepository(database, clock).clientOf(note.id);
    if (!clientId)
        return clientId.error();
    if (clientId.value() != note.clientId)
        return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("This note belongs to another client; it was not %1.").arg(notDone));
    return requireNoBlockingAlert(database, clock, note.clientId);
}

} // namespace

NoteService::NoteService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QList<NoteOnFile>> NoteService::onFile(const Session &session,
                                              const QList<qint64> &appointmentIds) const
{
    // The desk may know a note exists (ScheduleRead); clinical staff may anyway.
    const bool clinical =
            session.userId > 0 && Permissions::allows(session.role, Operation::ClinicalRead);
    if (!clinical) {
        if (Status allowed =
                    AccessControl(m_database, m_clock).require(session, Operation::ScheduleRead);
            !allowed)
            return allowed.error();
    }
    return NoteRepository(m_database, m_clock).onFile(appointmentIds);
}

Result<QList<NoteSummary>> NoteService::history(const Session &session, qint64 clientId) const
{
    if (Status allowed = requireRead(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    auto list = NoteRepository(m_database, m_clock).history(clientId);
    if (!list)
        return list;
    if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord, 0,
                                   QStringLiteral("listed"));
        !audited)
        return audited.error();
    return list;
}

Result<SessionNote> NoteService::find(const Session &session, qint64 noteId) const
{
    // The access check comes first, so a refusal does not reveal whether the note exists.
    if (Status allowed = requireRead(m_database, m_clock, session); !allowed)
        return allowed.error();
    auto found = NoteRepository(m_database, m_clock).find(noteId);
    if (!found)
        return found;
    if (Status audited = auditRead(m_database, m_clock, session, found->clientId, noteRecord,
                                   noteId, QStringLiteral("opened"));
        !audited)
        return audited.error();
    return found;
}

Result<QList<SessionNote>> NoteService::notesBetween(const Session &session, qint64 clientId,
                                                     const QDate &from, const QDate &to) const
{
    if (Status allowed = requireRead(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a date range whose end is on or after its "
                                        "start."),
                         QStringLiteral("to"));
    auto list = NoteRepository(m_database, m_clock).signedBetween(clientId, from, to);
    if (!list)
        return list;
    if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord, 0,
                                   QStringLiteral("%1 notes read for printing").arg(list->size()));
        !audited)
        return audited.error();
    return list;
}

Result<std::optional<SessionNote>> NoteService::draftFor(const Session &session, qint64 clientId,
                                                         qint64 appointmentId) const
{
    if (Status allowed = requireRead(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    auto found = NoteRepository(m_database, m_clock).draftFor(clientId, appointmentId);
    if (!found || !found->has_value())
        return found;
    if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord, (*found)->id,
                                   QStringLiteral("opened"));
        !audited)
        return audited.error();
    return found;
}

Result<std::optional<SessionNote>>
NoteService::previousSigned(const Session &session, qint64 clientId, const QDate &sessionDate) const
{
    if (Status allowed = requireRead(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    auto found = NoteRepository(m_database, m_clock).lastSignedBefore(clientId, sessionDate);
    if (!found || !found->has_value())
        return found;
    if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord, (*found)->id,
                                   QStringLiteral("opened for comparison"));
        !audited)
        return audited.error();
    return found;
}

Result<SessionNote> NoteService::startFromAppointment(const Session &session, qint64 appointmentId,
                                                      bool carryForward)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed.error();
    auto appointment = AppointmentRepository(m_database, m_clock).find(appointmentId);
    if (!appointment)
        return appointment.error();
    switch (appointment->status) {
    case AppointmentStatus::Cancelled:
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This appointment was cancelled, so it has no session "
                                        "to write up; start the note from the client instead."),
                         QStringLiteral("appointment"));
    case AppointmentStatus::NoShow:
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This appointment is marked as a no-show, so it has no "
                                        "session to write up."),
                         QStringLiteral("appointment"));
    case AppointmentStatus::Booked:
    case AppointmentStatus::Confirmed:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Completed:
        break;
    }
    const qint64 clientId = appointment->clientId;
    if (Status clear = requireNoBlockingAlert(m_database, m_clock, clientId); !clear)
        return clear.error();
    NoteRepository repository(m_database, m_clock);
    auto open = repository.draftFor(clientId, appointmentId);
    if (!open)
        return open.error();
    if (open->has_value()) {
        if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord,
                                       (*open)->id, QStringLiteral("opened"));
            !audited)
            return audited.error();
        return **open;
    }
    auto signedNote = repository.signedForVisit(appointmentId);
    if (!signedNote)
        return signedNote.error();
    if (signedNote->has_value())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This visit's note was signed by %1; add an addendum to "
                                        "it instead of starting another.")
                                 .arg((*signedNote)->signedBy),
                         QStringLiteral("appointment"));
    return startDraft(session, clientId, appointmentId, appointment->localDate, carryForward);
}

Result<SessionNote> NoteService::startForClient(const Session &session, qint64 clientId,
                                                const QDate &sessionDate, bool carryForward)
{
    if (Status allowed = requireWrite(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    if (Status clear = requireNoBlockingAlert(m_database, m_clock, clientId); !clear)
        return clear.error();
    auto open = NoteRepository(m_database, m_clock).draftFor(clientId, 0);
    if (!open)
        return open.error();
    if (open->has_value()) {
        if (Status audited = auditRead(m_database, m_clock, session, clientId, noteRecord,
                                       (*open)->id, QStringLiteral("opened"));
            !audited)
            return audited.error();
        return **open;
    }
    return startDraft(session, clientId, 0, sessionDate, carryForward);
}

Result<SessionNote> NoteService::startDraft(const Session &session, qint64 clientId,
                                            qint64 appointmentId, const QDate &sessionDate,
                                            bool carryForward)
{
    NoteRepository repository(m_database, m_clock);
    SessionNote draft;
    draft.clientId = clientId;
    draft.appointmentId = appointmentId;
    draft.sessionDate = sessionDate;
    auto previous = repository.lastSignedBefore(clientId, sessionDate);
    if (!previous)
        return previous.error();
    if (carryForward && previous->has_value()) {
        draft.content = NoteContents::carriedForward((*previous)->content);
        draft.carriedForwardFrom = (*previous)->id;
    }
    // Headaches since the last visit start from the diary, when the client keeps one.
    auto diary = DiaryRepository(m_database, m_clock).entries(clientId, {}, sessionDate);
    if (!diary)
        return diary.error();
    const NoteDiarySummary summary = NoteDiarySummary::compute(
            *diary, previous->has_value() ? (*previous)->sessionDate : QDate(), sessionDate);
    if (!summary.text.isEmpty()) {
        draft.content.subjective.headachesSinceLastVisit = summary.text;
        draft.content.subjective.headacheDaysSinceLastVisit = summary.headacheDays;
    }
    // Today's re-check starts from what the last signed intake lists.
    auto intake = IntakeRepository(m_database, m_clock).lastSigned(clientId);
    if (!intake)
        return intake.error();
    if (intake->has_value())
        draft.content.subjective.contraindicationChecks = NoteContents::checksFromIntake(**intake);
    QString detail = draft.carriedForwardFrom > 0
            ? QStringLiteral("started, plan and marks carried forward")
            : QStringLiteral("started");
    if (!summary.text.isEmpty())
        detail += QStringLiteral(", headaches summarised from the diary");
    return repository.createDraft(draft, authorOf(session),
                                  auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                           clientId, noteRecord, detail));
}

Result<SessionNote> NoteService::saveDraft(const Session &session, const SessionNote &note)
{
    if (Status allowed =
                requireWriteOf(m_database, m_clock, session, note, QStringLiteral("saved"));
        !allowed)
        return allowed.error();
    return NoteRepository(m_database, m_clock)
            .saveDraft(note,
                       auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                note.clientId, noteRecord, QStringLiteral("draft saved")));
}

Result<SessionNote> NoteService::sign(const Session &session, const SessionNote &note)
{
    if (Status allowed =
                requireWriteOf(m_database, m_clock, session, note, QStringLiteral("signed"));
        !allowed)
        return allowed.error();
    const QList<Error> problems = NoteValidator::problemsForSigning(note);
    if (!problems.isEmpty()) {
        Error first = problems.constFirst();
        if (problems.size() > 1)
            first.message +=
                    QStringLiteral(" (%1 more to fix before signing.)").arg(problems.size() - 1);
        return first;
    }
    return NoteRepository(m_database, m_clock)
            .sign(note, authorOf(session),
                  auditing(m_database, m_clock, session, Operation::ClinicalWrite, note.clientId,
                           noteRecord, QStringLiteral("signed")));
}

Result<SessionNote> NoteService::discard(const Session &session, qint64 noteId,
                                         int expectedRowVersion)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed.error();
    NoteRepository repository(m_database, m_clock);
    auto clientId = repository.clientOf(noteId);
    if (!clientId)
        return clientId.error();
    return repository.discard(noteId, expectedRowVersion,
                              auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                       clientId.value(), noteRecord,
                                       QStringLiteral("draft set aside")));
}

Result<NoteAddendum> NoteService::addAddendum(const Session &session, qint64 noteId,
                                              const QString &reason, const QString &text)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.size() < 3 || why.size() > 500)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Say why the addendum is needed in 3 to 500 characters, "
                                        "for example \"Pain score after the session was "
                                        "mistyped\"."),
                         QStringLiteral("reason"));
    const QString what = text.trimmed();
    if (what.isEmpty() || what.size() > 20000)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Write the addendum in 1 to 20,000 characters."),
                         QStringLiteral("text"));
    NoteRepository repository(m_database, m_clock);
    auto clientId = repository.clientOf(noteId);
    if (!clientId)
        return clientId.error();
    return repository.addAddendum(noteId, authorOf(session), why, what,
                                  auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                           clientId.value(), addendumRecord,
                                           QStringLiteral("addendum added")));
}

Result<QList<NoteTemplate>> NoteService::templates(const Session &session) const
{
    if (Status allowed = requireRead(m_database, m_clock, session); !allowed)
        return allowed.error();
    return NoteRepository(m_database, m_clock).templates();
}

Result<NoteTemplate> NoteService::saveTemplate(const Session &session,
                                               const NoteTemplate &noteTemplate)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed.error();
    // A template is a starting point for anyone: the numbers measured on the day, the
    // contraindication re-check and the next visit's date are never part of it.
    NoteTemplate cleaned = noteTemplate;
    cleaned.content.subjective.painBefore.reset();
    cleaned.content.subjective.headacheDaysSinceLastVisit.reset();
    cleaned.content.subjective.contraindicationChecks.clear();
    cleaned.content.assessment.painAfter.reset();
    cleaned.content.objective.rangeOfMotion.clear();
    cleaned.content.plan.nextVisit.reset();
    return NoteRepository(m_database, m_clock)
            .saveTemplate(cleaned,
                          auditing(m_database, m_clock, session, Operation::ClinicalWrite, 0,
                                   templateRecord,
                                   noteTemplate.id == 0 ? QStringLiteral("added")
                                                        : QStringLiteral("changed")));
}

Status NoteService::deleteTemplate(const Session &session, qint64 templateId)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed;
    return NoteRepository(m_database, m_clock)
            .deleteTemplate(templateId,
                            auditing(m_database, m_clock, session, Operation::ClinicalWrite, 0,
                                     templateRecord, QStringLiteral("deleted")));
}

Result<QList<Technique>> NoteService::techniques(const Session &session) const
{
    if (Status allowed = requireRead(m_database, m_clock, session); !allowed)
        return allowed.error();
    auto own = NoteRepository(m_database, m_clock).practiceTechniques();
    if (!own)
        return own;
    return NoteCatalog::seededTechniques() + own.value();
}

Result<Technique> NoteService::addTechnique(const Session &session, const QString &label)
{
    if (Status allowed = requireWrite(m_database, m_clock, session); !allowed)
        return allowed.error();
    return NoteRepository(m_database, m_clock)
            .addTechnique(label,
                          auditing(m_database, m_clock, session, Operation::ClinicalWrite, 0,
                                   techniqueRecord, QStringLiteral("added")));
}

} // namespace stillpoint::core
