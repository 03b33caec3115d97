// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeRepository.h"
#include "core/storage/SqlValues.h"

#include "core/assess/QuestionnaireLoader.h"
#include "core/intake/IntakeJson.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace stillpoint::core {

namespace {

using sql::dateValue;
using sql::idValue;
using sql::isoUtc;
using sql::queryError;
using sql::textValue;
using sql::utcFrom;

const QString intakeColumns = QStringLiteral(
        "id, client_id, version, based_on_id, status, intake_date, content, signature, created_at, "
        "created_by, updated_at, signed_at, signed_by_user_id, signed_by, row_version");

const QString alertColumns = QStringLiteral(
        "id, client_id, intake_id, flags, raised_at, cleared_at, cleared_by, clear_reason");

const QString administrationColumns = QStringLiteral(
        "id, client_id, intake_id, questionnaire, administered_on, answers, total, band_index, "
        "grade, grade_label, minimum_total, maximum_total, recorded_at, recorded_by");

Result<Intake> intakeFrom(const QSqlQuery &query)
{
    Intake intake;
    intake.id = query.value(0).toLongLong();
    intake.clientId = query.value(1).toLongLong();
    intake.version = query.value(2).toInt();
    intake.basedOnId = query.value(3).toLongLong();
    intake.status =
            IntakeStatuses::fromKey(query.value(4).toString()).value_or(IntakeStatus::Draft);
    intake.intakeDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    if (Status read = IntakeJson::read(query.value(6).toByteArray(), intake); !read)
        return read.error();
    intake.consent.signaturePng = query.value(7).toByteArray();
    intake.createdAtUtc = utcFrom(query.value(8));
    intake.createdBy = query.value(9).toString();
    intake.updatedAtUtc = utcFrom(query.value(10));
    intake.signedAtUtc = utcFrom(query.value(11));
    intake.signedByUserId = query.value(12).toLongLong();
    intake.signedBy = query.value(13).toString();
    intake.rowVersion = query.value(14).toInt();
    return intake;
}

RedFlagAlert alertFrom(const QSqlQuery &query)
{
    RedFlagAlert alert;
    alert.id = query.value(0).toLongLong();
    alert.clientId = query.value(1).toLongLong();
    alert.intakeId = query.value(2).toLongLong();
    alert.flags = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    alert.raisedAtUtc = utcFrom(query.value(4));
    alert.clearedAtUtc = utcFrom(query.value(5));
    alert.clearedBy = query.value(6).toString();
    alert.clearReason = query.value(7).toString();
    return alert;
}

Result<QuestionnaireAdministration> administrationFrom(const QSqlQuery &query)
{
    QuestionnaireAdministration given;
    given.id = query.value(0).toLongLong();
    given.clientId = query.value(1).toLongLong();
    given.intakeId = query.value(2).toLongLong();
    given.questionnaireId = query.value(3).toString();
    given.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    auto answers = IntakeJson::readAnswers(query.value(5).toByteArray());
    if (!answers)
        return answers.error();
    given.answers = answers.value();
    if (!query.value(6).isNull()) {
        QuestionnaireScore score;
        score.total = query.value(6).toInt();
        score.bandIndex = query.value(7).toInt();
        score.grade = query.value(8).toString();
        score.gradeLabel = query.value(9).toString();
        score.minimumPossible = query.value(10).toInt();
        score.maximumPossible = query.value(11).toInt();
        given.score = score;
    }
    given.recordedAtUtc = utcFrom(query.value(12));
    given.recordedBy = query.value(13).toString();
    return given;
}

// Runs the caller's hook and commits.
Status finish(Transaction &transaction, const IntakeRepository::BeforeCommit &beforeCommit,
              qint64 recordId)
{
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, recordId); !status)
            return status;
    }
    return transaction.commit();
}

QString administrationInsertSql()
{
    return QStringLiteral(
            "INSERT INTO questionnaire_administrations (client_id, intake_id, questionnaire, "
            "definition_version, administered_on, answers, total, band_index, grade, grade_label, "
            "minimum_total, maximum_total, recorded_at, recorded_by_user_id, recorded_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Error notFound(qint64 intakeId)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("Intake %1 does not exist; it may belong to another practice "
                                    "file.")
                             .arg(intakeId));
}

} // namespace

IntakeRepository::IntakeRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<Intake> IntakeRepository::createDraft(const Intake &draft, const IntakeAuthor &author,
                                             const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version, updated_at FROM intakes WHERE client_id = ? "
                                 "AND status = 'draft'"));
    query.addBindValue(draft.clientId);
    if (!query.exec())
        return queryError(QStringLiteral("look for an open intake draft"), query);
    if (query.next())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This client already has an intake draft (version %1); "
                                        "continue it or set it aside before starting another.")
                                 .arg(query.value(0).toInt()));
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM intakes "
                                 "WHERE client_id = ?"));
    query.addBindValue(draft.clientId);
    if (!query.exec() || !query.next())
        return queryError(QStringLiteral("number the new intake"), query);
    const int version = query.value(0).toInt();

    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
            "INSERT INTO intakes (client_id, version, based_on_id, status, intake_date, content, "
            "signature, red_flag_count, created_at, created_by_user_id, created_by, updated_at, "
            "row_version) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    insert.addBindValue(draft.clientId);
    insert.addBindValue(version);
    insert.addBindValue(idValue(draft.basedOnId));
    insert.addBindValue(dateValue(draft.intakeDate));
    insert.addBindValue(QString::fromUtf8(IntakeJson::write(draft)));
    insert.addBindValue(draft.consent.signaturePng.isEmpty()
                                ? QVariant(QMetaType(QMetaType::QByteArray))
                                : QVariant(draft.consent.signaturePng));
    insert.addBindValue(static_cast<int>(draft.redFlagsRaised().size()));
    insert.addBindValue(now);
    insert.addBindValue(idValue(author.userId));
    insert.addBindValue(textValue(author.name));
    insert.addBindValue(now);
    if (!insert.exec())
        return queryError(QStringLiteral("save the new intake"), insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return find(id);
}

Result<Intake> IntakeRepository::saveDraft(const Intake &intake, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (Status written = writeDraft(intake); !written)
        return written.error();
    if (Status done = finish(transaction, beforeCommit, intake.id); !done)
        return done.error();
    return find(intake.id);
}

Status IntakeRepository::writeDraft(const Intake &intake)
{
    auto stored = find(intake.id);
    if (!stored)
        return stored.error();
    if (stored->status != IntakeStatus::Draft)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Intake version %1 is %2 and can no longer be changed; "
                                        "start a new intake to record changes.")
                                 .arg(stored->version)
                                 .arg(stored->status == IntakeStatus::Signed
                                              ? QStringLiteral("signed")
                                              : QStringLiteral("set aside")));
    if (stored->rowVersion != intake.rowVersion)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This intake draft was changed elsewhere (perhaps in "
                                        "another window) since it was opened. Reopen it to see "
                                        "the latest version; your changes here were not saved."));
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
            "UPDATE intakes SET intake_date = ?, content = ?, signature = ?, red_flag_count = ?, "
            "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    update.addBindValue(dateValue(intake.intakeDate));
    update.addBindValue(QString::fromUtf8(IntakeJson::write(intake)));
    update.addBindValue(intake.consent.signaturePng.isEmpty()
                                ? QVariant(QMetaType(QMetaType::QByteArray))
                                : QVariant(intake.consent.signaturePng));
    update.addBindValue(static_cast<int>(intake.redFlagsRaised().size()));
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(intake.id);
    update.addBindValue(intake.rowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("save the intake draft"), update);
    return Status::success();
}

Result<Intake> IntakeRepository::sign(const Intake &intake, const IntakeAuthor &signer,
                                      const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    // Save the content first (same checks as a draft save), then lock it.
    if (Status written = writeDraft(intake); !written)
        return written.error();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
            "UPDATE intakes SET status = 'signed', signed_at = ?, signed_by_user_id = ?, "
            "signed_by = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND status = 'draft'"));
    update.addBindValue(now);
    update.addBindValue(idValue(signer.userId));
    update.addBindValue(textValue(signer.name));
    update.addBindValue(now);
    update.addBindValue(intake.id);
    if (!update.exec())
        return queryError(QStringLiteral("sign the intake"), update);

    const IntakeAuthor author = signer;
    for (auto it = intake.questionnaires.cbegin(); it != intake.questionnaires.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QuestionnaireAdministration given;
        given.clientId = intake.clientId;
        given.intakeId = intake.id;
        given.questionnaireId = it.key();
        given.date = intake.intakeDate;
        given.answers = it.value();
        auto added = insertAdministration(given, author);
        if (!added)
            return added.error();
    }

    const QStringList raised = intake.redFlagsRaised();
    if (!raised.isEmpty()) {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO red_flag_alerts (client_id, intake_id, flags, "
                                      "raised_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(intake.clientId);
        insert.addBindValue(intake.id);
        insert.addBindValue(raised.join(QLatin1Char(',')));
        insert.addBindValue(now);
        if (!insert.exec())
            return queryError(QStringLiteral("raise the red-flag alert"), insert);
    }
    if (Status done = finish(transaction, beforeCommit, intake.id); !done)
        return done.error();
    return find(intake.id);
}

Result<Intake> IntakeRepository::discard(qint64 intakeId, int expectedRowVersion,
                                         const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = find(intakeId);
    if (!stored)
        return stored.error();
    if (stored->status != IntakeStatus::Draft)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Only a draft can be set aside; intake version %1 is "
                                        "already %2.")
                                 .arg(stored->version)
                                 .arg(IntakeStatuses::key(stored->status)));
    QSqlQuery update(m_database.connection());
    update.prepare(
            QStringLiteral("UPDATE intakes SET status = 'discarded', updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(intakeId);
    update.addBindValue(expectedRowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("set the intake draft aside"), update);
    if (update.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This intake draft was changed elsewhere since it was "
                                        "opened; reopen it and try again."));
    if (Status done = finish(transaction, beforeCommit, intakeId); !done)
        return done.error();
    return find(intakeId);
}

Result<Intake> IntakeRepository::find(qint64 intakeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + intakeColumns
                  + QStringLiteral(" FROM intakes WHERE id = ?"));
    query.addBindValue(intakeId);
    if (!query.exec())
        return queryError(QStringLiteral("read the intake"), query);
    if (!query.next())
        return notFound(intakeId);
    return intakeFrom(query);
}

Result<QList<IntakeSummary>> IntakeRepository::history(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, version, status, intake_date, updated_at, signed_at, "
                                 "signed_by, red_flag_count FROM intakes WHERE client_id = ? "
                                 "ORDER BY version DESC"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("list the client's intakes"), query);
    QList<IntakeSummary> list;
    while (query.next()) {
        IntakeSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.version = query.value(1).toInt();
        summary.status =
                IntakeStatuses::fromKey(query.value(2).toString()).value_or(IntakeStatus::Draft);
        summary.intakeDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        summary.updatedAtUtc = utcFrom(query.value(4));
        summary.signedAtUtc = utcFrom(query.value(5));
        summary.signedBy = query.value(6).toString();
        summary.redFlagCount = query.value(7).toInt();
        list << summary;
    }
    return list;
}

Result<std::optional<Intake>> IntakeRepository::draftFor(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + intakeColumns
                  + QStringLiteral(" FROM intakes WHERE client_id = ? AND status = 'draft'"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("look for an intake draft"), query);
    if (!query.next())
        return std::optional<Intake>();
    auto intake = intakeFrom(query);
    if (!intake)
        return intake.error();
    return std::optional<Intake>(intake.value());
}

Result<std::optional<Intake>> IntakeRepository::lastSigned(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + intakeColumns
                  + QStringLiteral(" FROM intakes WHERE client_id = ? AND status = 'signed' "
                                   "ORDER BY version DESC LIMIT 1"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("read the last signed intake"), query);
    if (!query.next())
        return std::optional<Intake>();
    auto intake = intakeFrom(query);
    if (!intake)
        return intake.error();
    return std::optional<Intake>(intake.value());
}

Result<IntakeOnFile> IntakeRepository::onFile(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT intake_date FROM intakes WHERE client_id = ? AND "
                                 "status = 'signed' ORDER BY version DESC LIMIT 1"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("check for an intake on file"), query);
    IntakeOnFile result;
    if (query.next()) {
        result.onFile = true;
        result.lastSignedDate = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    }
    return result;
}

Result<qint64> IntakeRepository::clientOf(qint64 intakeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT client_id FROM intakes WHERE id = ?"));
    query.addBindValue(intakeId);
    if (!query.exec())
        return queryError(QStringLiteral("read the intake"), query);
    if (!query.next())
        return notFound(intakeId);
    return query.value(0).toLongLong();
}

Result<QList<RedFlagAlert>> IntakeRepository::alerts(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + alertColumns
                  + QStringLiteral(" FROM red_flag_alerts WHERE client_id = ? ORDER BY id DESC"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("read the red-flag alerts"), query);
    QList<RedFlagAlert> list;
    while (query.next())
        list << alertFrom(query);
    return list;
}

Result<std::optional<RedFlagAlert>> IntakeRepository::blockingAlert(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + alertColumns
                  + QStringLiteral(" FROM red_flag_alerts WHERE client_id = ? AND cleared_at IS "
                                   "NULL ORDER BY id DESC LIMIT 1"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("read the red-flag alerts"), query);
    if (!query.next())
        return std::optional<RedFlagAlert>();
    return std::optional<RedFlagAlert>(alertFrom(query));
}

Result<RedFlagAlert> IntakeRepository::findAlert(qint64 alertId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + alertColumns
                  + QStringLiteral(" FROM red_flag_alerts WHERE id = ?"));
    query.addBindValue(alertId);
    if (!query.exec())
        return queryError(QStringLiteral("read the red-flag alert"), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Red-flag alert %1 does not exist.").arg(alertId));
    return alertFrom(query);
}

Result<RedFlagAlert> IntakeRepository::clearAlert(qint64 alertId, const IntakeAuthor &author,
                                                  const QString &reason,
                                                  const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = findAlert(alertId);
    if (!stored)
        return stored.error();
    if (!stored->isBlocking())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This red-flag alert was already cleared by %1.")
                                 .arg(stored->clearedBy));
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE red_flag_alerts SET cleared_at = ?, "
                                  "cleared_by_user_id = ?, cleared_by = ?, clear_reason = ? "
                                  "WHERE id = ? AND cleared_at IS NULL"));
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(idValue(author.userId));
    update.addBindValue(textValue(author.name));
    update.addBindValue(reason);
    update.addBindValue(alertId);
    if (!update.exec())
        return queryError(QStringLiteral("record the reason to proceed"), update);
    if (Status done = finish(transaction, beforeCommit, alertId); !done)
        return done.error();
    return findAlert(alertId);
}

Result<QuestionnaireAdministration>
IntakeRepository::addAdministration(const QuestionnaireAdministration &given,
                                    const IntakeAuthor &author, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto id = insertAdministration(given, author);
    if (!id)
        return id.error();
    if (Status done = finish(transaction, beforeCommit, id.value()); !done)
        return done.error();
    return findAdministration(id.value());
}

Result<qint64> IntakeRepository::insertAdministration(const QuestionnaireAdministration &given,
                                                      const IntakeAuthor &author,
                                                      QSqlQuery *prepared)
{
    auto definition = QuestionnaireLoader::builtIn(given.questionnaireId);
    if (!definition)
        return definition.error();
    if (Status checked = QuestionnaireScorer::checkAnswers(definition.value(), given.answers);
        !checked)
        return checked.error();
    if (!given.date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The questionnaire needs the date it was given."),
                         QStringLiteral("date"));
    std::optional<QuestionnaireScore> score;
    if (QuestionnaireScorer::isComplete(definition.value(), given.answers)) {
        auto scored = QuestionnaireScorer::score(definition.value(), given.answers);
        if (!scored)
            return scored.error();
        score = scored.value();
    }

    QSqlQuery local(m_database.connection());
    if (!prepared) {
        local.prepare(administrationInsertSql());
        prepared = &local;
    }
    QSqlQuery &insert = *prepared;
    insert.addBindValue(given.clientId);
    insert.addBindValue(idValue(given.intakeId));
    insert.addBindValue(given.questionnaireId);
    insert.addBindValue(definition->version);
    insert.addBindValue(dateValue(given.date));
    insert.addBindValue(QString::fromUtf8(IntakeJson::writeAnswers(given.answers)));
    const QVariant none{ QMetaType(QMetaType::Int) };
    insert.addBindValue(score ? QVariant(score->total) : none);
    insert.addBindValue(score ? QVariant(score->bandIndex) : none);
    insert.addBindValue(score ? textValue(score->grade) : QVariant());
    insert.addBindValue(score ? textValue(score->gradeLabel) : QVariant());
    insert.addBindValue(score ? QVariant(score->minimumPossible) : none);
    insert.addBindValue(score ? QVariant(score->maximumPossible) : none);
    insert.addBindValue(isoUtc(m_clock.nowUtc()));
    insert.addBindValue(idValue(author.userId));
    insert.addBindValue(textValue(author.name));
    if (!insert.exec())
        return queryError(QStringLiteral("save the questionnaire"), insert);
    return insert.lastInsertId().toLongLong();
}

Result<QuestionnaireAdministration> IntakeRepository::findAdministration(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + administrationColumns
                  + QStringLiteral(" FROM questionnaire_administrations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(QStringLiteral("read the questionnaire"), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Questionnaire record %1 does not exist.").arg(id));
    return administrationFrom(query);
}

Result<QList<QuestionnaireAdministration>>
IntakeRepository::administrations(qint64 clientId, const QString &questionnaireId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + administrationColumns
                  + QStringLiteral(" FROM questionnaire_administrations WHERE client_id = ? AND "
                                   "(? = '' OR questionnaire = ?) ORDER BY administered_on, id"));
    query.addBindValue(clientId);
    query.addBindValue(textValue(questionnaireId));
    query.addBindValue(textValue(questionnaireId));
    if (!query.exec())
        return queryError(QStringLiteral("read the client's questionnaires"), query);
    QList<QuestionnaireAdministration> list;
    while (query.next()) {
        auto given = administrationFrom(query);
        if (!given)
            return given.error();
        list << given.value();
    }
    return list;
}

Result<int> IntakeRepository::insertMany(const QList<IntakeBundle> &bundles,
                                         const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
            "INSERT INTO intakes (client_id, version, based_on_id, status, intake_date, content, "
            "signature, red_flag_count, created_at, created_by_user_id, created_by, updated_at, "
            "signed_at, signed_by_user_id, signed_by, row_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    QSqlQuery alert(m_database.connection());
    alert.prepare(QStringLiteral(
            "INSERT INTO red_flag_alerts (client_id, intake_id, flags, raised_at, cleared_at, "
            "cleared_by_user_id, cleared_by, clear_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery administration(m_database.connection());
    administration.prepare(administrationInsertSql());
    for (const IntakeBundle &bundle : bundles) {
        const Intake &intake = bundle.intake;
        const bool isSigned = intake.status == IntakeStatus::Signed;
        const QString created =
                isoUtc(intake.createdAtUtc.isValid() ? intake.createdAtUtc : m_clock.nowUtc());
        const QString updated =
                isoUtc(intake.updatedAtUtc.isValid() ? intake.updatedAtUtc : m_clock.nowUtc());
        insert.bindValue(0, intake.clientId);
        insert.bindValue(1, intake.version);
        insert.bindValue(2, idValue(intake.basedOnId));
        insert.bindValue(3, IntakeStatuses::key(intake.status));
        insert.bindValue(4, dateValue(intake.intakeDate));
        insert.bindValue(5, QString::fromUtf8(IntakeJson::write(intake)));
        insert.bindValue(6,
                         intake.consent.signaturePng.isEmpty()
                                 ? QVariant(QMetaType(QMetaType::QByteArray))
                                 : QVariant(intake.consent.signaturePng));
        insert.bindValue(7, static_cast<int>(intake.redFlagsRaised().size()));
        insert.bindValue(8, created);
        insert.bindValue(9, idValue(bundle.author.userId));
        insert.bindValue(10, textValue(bundle.author.name));
        insert.bindValue(11, updated);
        insert.bindValue(12, isSigned ? QVariant(isoUtc(intake.signedAtUtc)) : QVariant());
        insert.bindValue(13, isSigned ? idValue(bundle.author.userId) : QVariant());
        insert.bindValue(14, isSigned ? textValue(bundle.author.name) : QVariant());
        if (!insert.exec())
            return queryError(QStringLiteral("save the intakes"), insert);
        const qint64 intakeId = insert.lastInsertId().toLongLong();
        if (!isSigned)
            continue;
        for (auto it = intake.questionnaires.cbegin(); it != intake.questionnaires.cend(); ++it) {
            QuestionnaireAdministration given;
            given.clientId = intake.clientId;
            given.intakeId = intakeId;
            given.questionnaireId = it.key();
            given.date = intake.intakeDate;
            given.answers = it.value();
            if (auto added = insertAdministration(given, bundle.author, &administration); !added)
                return added.error();
        }
        for (const QuestionnaireAdministration &followUp : bundle.followUps) {
            if (auto added = insertAdministration(followUp, bundle.author, &administration); !added)
                return added.error();
        }
        const QStringList raised = intake.redFlagsRaised();
        if (raised.isEmpty())
            continue;
        const bool cleared = !bundle.clearReason.isEmpty();
        alert.bindValue(0, intake.clientId);
        alert.bindValue(1, intakeId);
        alert.bindValue(2, raised.join(QLatin1Char(',')));
        alert.bindValue(3, isoUtc(intake.signedAtUtc));
        alert.bindValue(4, cleared ? QVariant(isoUtc(bundle.clearedAtUtc)) : QVariant());
        alert.bindValue(5, cleared ? idValue(bundle.author.userId) : QVariant());
        alert.bindValue(6, cleared ? textValue(bundle.author.name) : QVariant());
        alert.bindValue(7, cleared ? QVariant(bundle.clearReason) : QVariant());
        if (!alert.exec())
            return queryError(QStringLiteral("raise the red-flag alerts"), alert);
    }
    if (Status done = finish(transaction, beforeCommit, 0); !done)
        return done.error();
    return static_cast<int>(bundles.size());
}

Result<QList<PracticeTrigger>> IntakeRepository::practiceTriggers() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, label FROM practice_triggers ORDER BY label "
                                   "COLLATE NOCASE")))
        return queryError(QStringLiteral("read the practice's triggers"), query);
    QList<PracticeTrigger> list;
    while (query.next())
        list << PracticeTrigger{ query.value(0).toLongLong(), query.value(1).toString() };
    return list;
}

Result<PracticeTrigger> IntakeRepository::addPracticeTrigger(const QString &label,
                                                             const BeforeCommit &beforeCommit)
{
    const QString trimmed = label.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A trigger needs a description of 1 to 80 characters."),
                         QStringLiteral("label"));
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM practice_triggers WHERE label = ? COLLATE "
                                 "NOCASE"));
    query.addBindValue(trimmed);
    if (!query.exec())
        return queryError(QStringLiteral("read the practice's triggers"), query);
    if (query.next())
        return makeError(
                ErrorCode::Conflict,
                QStringLiteral("\"%1\" is already on the practice's trigger list.").arg(trimmed),
                QStringLiteral("label"));
    query.prepare(
            QStringLiteral("INSERT INTO practice_triggers (label, created_at) VALUES (?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!query.exec())
        return queryError(QStringLiteral("add the trigger"), query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return PracticeTrigger{ id, trimmed };
}

} // namespace stillpoint::core
