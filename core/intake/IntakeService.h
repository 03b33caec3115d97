// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireScore.h"
#include "core/assess/QuestionnaireScorer.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/intake/Intake.h"
#include "core/security/Session.h"

#include <QList>
#include <optional>

namespace stillpoint::core {

class Database;

// A blocking alert raised when a signed intake reports any red flag. Treatment may go ahead only
// after the therapist records a reason to proceed ("cleared by Dr X on 3 May"), which clears it.
struct RedFlagAlert
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 intakeId = 0;
    QStringList flags; // IntakeCatalog::redFlags() keys
    QDateTime raisedAtUtc;
    QDateTime clearedAtUtc; // null while the alert blocks
    QString clearedBy;
    QString clearReason;

    bool isBlocking() const { return clearedAtUtc.isNull(); }
};

// One completed (or partly completed) questionnaire, dated so scores can be trended.
struct QuestionnaireAdministration
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 intakeId = 0; // 0 when given outside an intake
    QString questionnaireId; // "midas", "hit6"
    QDate date;
    QuestionnaireAnswers answers;
    std::optional<QuestionnaireScore> score; // empty when incomplete
    QDateTime recordedAtUtc;
    QString recordedBy;
};

// A trigger the practice added to the literature's list.
struct PracticeTrigger
{
    qint64 id = 0;
    QString label;
    QString key() const { return QStringLiteral("practice:%1").arg(id); }
};

// Intakes, red-flag alerts and questionnaire administrations as the signed-in user may see and
// change them. Clinical reads and writes need ClinicalRead / ClinicalWrite (therapist, owner);
// each is checked in core (refusals audited) and written to the audit trail (record type
// "intake", "red-flag-alert", "questionnaire"), never with clinical content in the audit detail.
// The front desk may ask only onFile().
class IntakeService
{
public:
    explicit IntakeService(Database &database, const Clock &clock = SystemClock::instance());

    // Front desk and up: whether a signed intake is on file, and its date.
    Result<IntakeOnFile> onFile(const Session &session, qint64 clientId) const;

    // Every version, newest first, discarded drafts included.
    Result<QList<IntakeSummary>> history(const Session &session, qint64 clientId) const;
    // One version, audited as a clinical read.
    Result<Intake> find(const Session &session, qint64 intakeId) const;
    // The client's open draft, if there is one (audited as a read when there is).
    Result<std::optional<Intake>> draft(const Session &session, qint64 clientId) const;

    // Starts a new draft: a copy of the last signed intake (health, contraindications, migraine
    // history, triggers), with questionnaires, red-flag answers and consent left empty for this
    // time; an empty draft when there is none. Refused (Conflict) while a draft is open.
    Result<Intake> startNew(const Session &session, qint64 clientId, const QDate &intakeDate);
    // Saves a draft's content as it is (no range checks: an autosave must keep every keystroke).
    // Conflict when intake.rowVersion is not the stored one; refused for a signed intake.
    Result<Intake> saveDraft(const Session &session, const Intake &intake);
    // Saves and signs in one transaction: refused with the first problem when
    // IntakeValidator::problemsForSigning() finds any. Signing stores the questionnaire
    // administrations and, when a red flag is Yes, raises a blocking RedFlagAlert.
    Result<Intake> sign(const Session &session, const Intake &intake);
    // Sets a draft aside (kept, marked discarded); a signed intake cannot be discarded.
    Result<Intake> discard(const Session &session, qint64 intakeId, int expectedRowVersion);

    // Red-flag alerts, newest first.
    Result<QList<RedFlagAlert>> redFlagAlerts(const Session &session, qint64 clientId) const;
    // The alert that blocks treatment now, if any (audited when there is one).
    Result<std::optional<RedFlagAlert>> blockingAlert(const Session &session,
                                                      qint64 clientId) const;
    // Records the therapist's reason to proceed (required, 5..500 characters) and clears the alert.
    Result<RedFlagAlert> recordReasonToProceed(const Session &session, qint64 alertId,
                                               const QString &reason);

    // A questionnaire given outside an intake (at a follow-up visit).
    Result<QuestionnaireAdministration> recordQuestionnaire(const Session &session, qint64 clientId,
                                                            const QString &questionnaireId,
                                                            const QDate &date,
                                                            const QuestionnaireAnswers &answers);
    // Administrations of one questionnaire (or all when empty), oldest first.
    Result<QList<QuestionnaireAdministration>>
    questionnaireHistory(const Session &session, qint64 clientId,
                         const QString &questionnaireId = {}) const;

    // The practice's own triggers (clinical staff only).
    Result<QList<PracticeTrigger>> practiceTriggers(const Session &session) const;
    Result<PracticeTrigger> addPracticeTrigger(const Session &session, const QString &label);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
