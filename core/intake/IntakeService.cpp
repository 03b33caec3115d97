// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeService.h"

#include "core/intake/IntakeRepository.h"
#include "core/intake/IntakeValidator.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"

namespace stillpoint::core {

namespace {

IntakeRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                        const Session &session, Operation operation,
                                        qint64 clientId, const QString &recordType,
                                        const QString &detail)
{
    return [&database, &clock, session, operation, clientId, recordType,
            detail](const Transaction &transaction, qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        auditEvent(session, operation, clientId, recordType, recordId, detail));
    };
}

IntakeAuthor authorOf(const Session &session)
{
    return IntakeAuthor{ session.userId,
                         session.displayName.isEmpty() ? session.username : session.displayName };
}

const QString intakeRecord = QStringLiteral("intake");

// The clinical-write check plus: the intake really belongs to the client it says.
Status requireWriteOf(Database &database, const Clock &clock, const Session &session,
                      const Intake &intake, const QString &notDone)
{
    if (Status allowed = AccessControl(database, clock).require(session, Operation::ClinicalWrite);
        !allowed)
        return allowed;
    auto clientId = IntakeRepository(database, clock).clientOf(intake.id);
    if (!clientId)
        return clientId.error();
    if (clientId.value() != intake.clientId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This intake belongs to another client; it was not %1.")
                                 .arg(notDone));
    return Status::success();
}

// A clinical read, written to the audit trail on its own.
Status auditRead(Database &database, const Clock &clock, const Session &session, qint64 clientId,
                 const QString &recordType, qint64 recordId, const QString &detail)
{
    return AuditTrail(database, clock)
            .record(auditEvent(session, Operation::ClinicalRead, clientId, recordType, recordId,
                               detail));
}

} // namespace

IntakeService::IntakeService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<IntakeOnFile> IntakeService::onFile(const Session &session, qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClientReadContact, clientId);
        !allowed)
        return allowed.error();
    return IntakeRepository(m_database, m_clock).onFile(clientId);
}

Result<QList<IntakeSummary>> IntakeService::history(const Session &session, qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    return IntakeRepository(m_database, m_clock).history(clientId);
}

Result<Intake> IntakeService::find(const Session &session, qint64 intakeId) const
{
    IntakeRepository repository(m_database, m_clock);
    // The access check comes first; which client the id belongs to is looked up only for the
    // audit row, and a refusal does not reveal whether the intake exists.
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalRead);
        !allowed)
        return allowed.error();
    auto found = repository.find(intakeId);
    if (!found)
        return found;
    if (Status audited = auditRead(m_database, m_clock, session, found->clientId, intakeRecord,
                                   intakeId, QStringLiteral("opened"));
        !audited)
        return audited.error();
    return found;
}

Result<std::optional<Intake>> IntakeService::draft(const Session &session, qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    auto found = IntakeRepository(m_database, m_clock).draftFor(clientId);
    if (!found || !found->has_value())
        return found;
    if (Status audited = auditRead(m_database, m_clock, session, clientId, intakeRecord,
                                   (*found)->id, QStringLiteral("opened"));
        !audited)
        return audited.error();
    return found;
}

Result<Intake> IntakeService::startNew(const Session &session, qint64 clientId,
                                       const QDate &intakeDate)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalWrite, clientId);
        !allowed)
        return allowed.error();
    IntakeRepository repository(m_database, m_clock);
    auto last = repository.lastSigned(clientId);
    if (!last)
        return last.error();
    Intake draft;
    draft.clientId = clientId;
    draft.intakeDate = intakeDate;
    if (last->has_value()) {
        // What stays true from one year to the next is copied; what is asked afresh each time
        // (questionnaires, red-flag screening, consent) starts empty.
        const Intake &previous = **last;
        draft.basedOnId = previous.id;
        draft.health = previous.health;
        draft.contraindications = previous.contraindications;
        draft.migraine = previous.migraine;
        draft.triggers = previous.triggers;
    }
    return repository.createDraft(
            draft, authorOf(session),
            auditing(m_database, m_clock, session, Operation::ClinicalWrite, clientId, intakeRecord,
                     draft.basedOnId ? QStringLiteral("started from version on file")
                                     : QStringLiteral("started")));
}

Result<Intake> IntakeService::saveDraft(const Session &session, const Intake &intake)
{
    if (Status allowed =
                requireWriteOf(m_database, m_clock, session, intake, QStringLiteral("saved"));
        !allowed)
        return allowed.error();
    return IntakeRepository(m_database, m_clock)
            .saveDraft(intake,
                       auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                intake.clientId, intakeRecord, QStringLiteral("draft saved")));
}

Result<Intake> IntakeService::sign(const Session &session, const Intake &intake)
{
    if (Status allowed =
                requireWriteOf(m_database, m_clock, session, intake, QStringLiteral("signed"));
        !allowed)
        return allowed.error();
    const QList<Error> problems = IntakeValidator::problemsForSigning(intake);
    if (!problems.isEmpty()) {
        Error first = problems.constFirst();
        if (problems.size() > 1)
            first.message +=
                    QStringLiteral(" (%1 more to fix before signing.)").arg(problems.size() - 1);
        return first;
    }
    return IntakeRepository(m_database, m_clock)
            .sign(intake, authorOf(session),
                  auditing(m_database, m_clock, session, Operation::ClinicalWrite, intake.clientId,
                           intakeRecord, QStringLiteral("signed")));
}

Result<Intake> IntakeService::discard(const Session &session, qint64 intakeId,
                                      int expectedRowVersion)
{
    IntakeRepository repository(m_database, m_clock);
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalWrite);
        !allowed)
        return allowed.error();
    auto clientId = repository.clientOf(intakeId);
    if (!clientId)
        return clientId.error();
    return repository.discard(intakeId, expectedRowVersion,
                              auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                       clientId.value(), intakeRecord,
                                       QStringLiteral("draft set aside")));
}

Result<QList<RedFlagAlert>> IntakeService::redFlagAlerts(const Session &session,
                                                         qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    auto alerts = IntakeRepository(m_database, m_clock).alerts(clientId);
    if (!alerts)
        return alerts;
    if (Status audited = auditRead(m_database, m_clock, session, clientId,
                                   QStringLiteral("red-flag-alert"), 0, QStringLiteral("listed"));
        !audited)
        return audited.error();
    return alerts;
}

Result<std::optional<RedFlagAlert>> IntakeService::blockingAlert(const Session &session,
                                                                 qint64 clientId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    auto alert = IntakeRepository(m_database, m_clock).blockingAlert(clientId);
    if (!alert || !alert->has_value())
        return alert;
    if (Status audited =
                auditRead(m_database, m_clock, session, clientId, QStringLiteral("red-flag-alert"),
                          (*alert)->id, QStringLiteral("shown"));
        !audited)
        return audited.error();
    return alert;
}

Result<RedFlagAlert> IntakeService::recordReasonToProceed(const Session &session, qint64 alertId,
                                                          const QString &reason)
{
    IntakeRepository repository(m_database, m_clock);
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalWrite);
        !allowed)
        return allowed.error();
    const QString trimmed = reason.trimmed();
    if (trimmed.size() < 5 || trimmed.size() > 500)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Write the reason to proceed in 5 to 500 characters, for "
                                        "example \"Cleared by Dr Okafor on 3 March\"."),
                         QStringLiteral("reason"));
    auto alert = repository.findAlert(alertId);
    if (!alert)
        return alert.error();
    return repository.clearAlert(alertId, authorOf(session), trimmed,
                                 auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                          alert->clientId, QStringLiteral("red-flag-alert"),
                                          QStringLiteral("reason to proceed recorded")));
}

Result<QuestionnaireAdministration>
IntakeService::recordQuestionnaire(const Session &session, qint64 clientId,
                                   const QString &questionnaireId, const QDate &date,
                                   const QuestionnaireAnswers &answers)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalWrite, clientId);
        !allowed)
        return allowed.error();
    QuestionnaireAdministration given;
    given.clientId = clientId;
    given.questionnaireId = questionnaireId;
    given.date = date;
    given.answers = answers;
    return IntakeRepository(m_database, m_clock)
            .addAdministration(given, authorOf(session),
                               auditing(m_database, m_clock, session, Operation::ClinicalWrite,
                                        clientId, QStringLiteral("questionnaire"),
                                        QStringLiteral("recorded")));
}

Result<QList<QuestionnaireAdministration>>
IntakeService::questionnaireHistory(const Session &session, qint64 clientId,
                                    const QString &questionnaireId) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    auto list = IntakeRepository(m_database, m_clock).administrations(clientId, questionnaireId);
    if (!list)
        return list;
    if (Status audited = auditRead(m_database, m_clock, session, clientId,
                                   QStringLiteral("questionnaire"), 0, QStringLiteral("listed"));
        !audited)
        return audited.error();
    return list;
}

Result<QList<PracticeTrigger>> IntakeService::practiceTriggers(const Session &session) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalRead);
        !allowed)
        return allowed.error();
    return IntakeRepository(m_database, m_clock).practiceTriggers();
}

Result<PracticeTrigger> IntakeService::addPracticeTrigger(const Session &session,
                                                          const QString &label)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalWrite);
        !allowed)
        return allowed.error();
    return IntakeRepository(m_database, m_clock)
            .addPracticeTrigger(label,
                                auditing(m_database, m_clock, session, Operation::ClinicalWrite, 0,
                                         QStringLiteral("practice-trigger"),
                                         QStringLiteral("added")));
}

} // namespace stillpoint::core
