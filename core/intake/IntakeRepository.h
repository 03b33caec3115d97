// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/intake/Intake.h"
#include "core/intake/IntakeService.h"

#include <QList>
#include <functional>
#include <optional>

namespace stillpoint::core {

class Database;
class Transaction;
} // namespace stillpoint::core

class QSqlQuery;

namespace stillpoint::core {

// Who is writing, for the columns that say so (created_by, signed_by …).
struct IntakeAuthor
{
    qint64 userId = 0; // 0 only for demo data written before any user exists
    QString name;
};

// A client's intake as it would stand after some months of care: for bulk loading (the demo
// practice, later imports). `intake` carries its status, dates and signer.
struct IntakeBundle
{
    Intake intake;
    IntakeAuthor author;
    QList<QuestionnaireAdministration> followUps; // given after the intake
    // For an intake with red flags: whether (and why) the therapist already recorded a reason to
    // proceed, and when.
    QString clearReason;
    QDateTime clearedAtUtc;
};

// Storage of intakes, red-flag alerts, questionnaire administrations and practice triggers, with
// no access checks: IntakeService checks and audits; the demo practice writes through here.
// Every write runs in one BEGIN IMMEDIATE transaction and calls `beforeCommit` (the audit row)
// inside it, with the id of the record written.
class IntakeRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;

    explicit IntakeRepository(Database &database, const Clock &clock = SystemClock::instance());

    // A new draft (version = the client's highest + 1). Conflict when the client has a draft.
    Result<Intake> createDraft(const Intake &draft, const IntakeAuthor &author,
                               const BeforeCommit &beforeCommit = {});
    // Stores a draft's sections, date and signature. Conflict on a stale rowVersion; refused when
    // the stored intake is not a draft.
    Result<Intake> saveDraft(const Intake &intake, const BeforeCommit &beforeCommit = {});
    // Stores the content and signs it; writes the questionnaire administrations (scored) and,
    // when any red flag is Yes, a blocking alert. The caller has validated for signing.
    Result<Intake> sign(const Intake &intake, const IntakeAuthor &signer,
                        const BeforeCommit &beforeCommit = {});
    Result<Intake> discard(qint64 intakeId, int expectedRowVersion,
                           const BeforeCommit &beforeCommit = {});

    Result<Intake> find(qint64 intakeId) const;
    Result<QList<IntakeSummary>> history(qint64 clientId) const;
    Result<std::optional<Intake>> draftFor(qint64 clientId) const;
    Result<std::optional<Intake>> lastSigned(qint64 clientId) const;
    Result<IntakeOnFile> onFile(qint64 clientId) const;
    // The client id an intake belongs to (for access checks and audit rows before reading it).
    Result<qint64> clientOf(qint64 intakeId) const;

    Result<QList<RedFlagAlert>> alerts(qint64 clientId) const;
    Result<std::optional<RedFlagAlert>> blockingAlert(qint64 clientId) const;
    Result<RedFlagAlert> findAlert(qint64 alertId) const;
    Result<RedFlagAlert> clearAlert(qint64 alertId, const IntakeAuthor &author,
                                    const QString &reason, const BeforeCommit &beforeCommit = {});

    // Scores the answers (an incomplete set is stored without a score) and stores them.
    Result<QuestionnaireAdministration> addAdministration(const QuestionnaireAdministration &given,
                                                          const IntakeAuthor &author,
                                                          const BeforeCommit &beforeCommit = {});
    Result<QList<QuestionnaireAdministration>>
    administrations(qint64 clientId, const QString &questionnaireId = {}) const;

    // Stores many intakes with their questionnaires and red-flag alerts in one transaction (all or
    // nothing). Signed intakes get the administrations of their own questionnaires too.
    Result<int> insertMany(const QList<IntakeBundle> &bundles,
                           const BeforeCommit &beforeCommit = {});

    Result<QList<PracticeTrigger>> practiceTriggers() const;
    Result<PracticeTrigger> addPracticeTrigger(const QString &label,
                                               const BeforeCommit &beforeCommit = {});

private:
    // The writes without their own transaction, for use inside one.
    Status writeDraft(const Intake &intake);
    // `prepared` (from prepareAdministrationInsert) may be reused across many inserts.
    Result<qint64> insertAdministration(const QuestionnaireAdministration &given,
                                        const IntakeAuthor &author, QSqlQuery *prepared = nullptr);
    Result<QuestionnaireAdministration> findAdministration(qint64 id) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
