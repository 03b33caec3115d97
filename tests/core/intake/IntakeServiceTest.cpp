// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeService.h"
#include "core/clients/ClientService.h"
#include "core/demo/DemoIntakes.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "core/security/Operation.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct Practice
{
    test::TestDatabase t;
    FixedClock clock{ QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    Authenticator auth{ t.db(), clock };
    ClientService clients{ t.db(), clock };
    IntakeService intakes{ t.db(), clock };
    Session owner;
    Session therapist;
    Session desk;
    qint64 clientId = 0;

    Practice()
    {
        owner = auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("UTC"),
                                        QStringLiteral("maria"), QStringLiteral("Maria Owner"),
                                        QStringLiteral("owner password"))
                        .value();
        REQUIRE(auth.addUser(owner, QStringLiteral("theo"), QStringLiteral("Theo Therapist"),
                             Role::Therapist, QStringLiteral("therapist password"))
                        .ok());
        REQUIRE(auth.addUser(owner, QStringLiteral("desk"), QString(), Role::FrontDesk,
                             QStringLiteral("desk password"))
                        .ok());
        therapist =
                auth.signIn(QStringLiteral("theo"), QStringLiteral("therapist password")).value();
        desk = auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password")).value();
        Client client;
        client.givenName = QStringLiteral("Ines");
        client.familyName = QStringLiteral("Duarte");
        clientId = clients.create(owner, client).value().id;
    }

    // A draft filled with a complete demo history, saved.
    Intake filledDraft(int profile = 0)
    {
        Intake draft = intakes.startNew(therapist, clientId, QDate(2026, 11, 20)).value();
        Intake filled = DemoIntakes::sample(profile, clientId, QDate(2026, 11, 20));
        filled.id = draft.id;
        filled.version = draft.version;
        filled.rowVersion = draft.rowVersion;
        return intakes.saveDraft(therapist, filled).value();
    }

    QList<AuditEntry> audit(const QString &recordType = {})
    {
        AuditFilter filter;
        filter.clientId = clientId;
        filter.limit = 1000;
        QList<AuditEntry> entries;
        for (const AuditEntry &entry : AuditTrail(t.db(), clock).entries(filter).value()) {
            if (recordType.isEmpty() || entry.event.recordType == recordType)
                entries << entry;
        }
        return entries;
    }

    QString rawContent(qint64 intakeId)
    {
        QSqlQuery query(t.db().connection());
        query.prepare(
                QStringLiteral("SELECT content, status, row_version FROM intakes WHERE id = ?"));
        query.addBindValue(intakeId);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString() + QLatin1Char('|') + query.value(1).toString()
                + QLatin1Char('|') + query.value(2).toString();
    }
};

bool execRaw(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db.connection());
    const bool ok = query.exec(sql);
    if (error)
        *error = query.lastError().databaseText();
    return ok;
}

} // namespace

TEST_CASE("A new intake starts as a numbered draft and only one draft is open at a time",
          "[intake]")
{
    Practice p;
    auto first = p.intakes.startNew(p.therapist, p.clientId, QDate(2026, 11, 20));
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    CHECK(first->status == IntakeStatus::Draft);
    CHECK(first->createdBy == QStringLiteral("Theo Therapist"));

    auto second = p.intakes.startNew(p.therapist, p.clientId, QDate(2026, 11, 21));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("already has an intake draft")));

    auto draft = p.intakes.draft(p.therapist, p.clientId);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->id == first->id);
}

TEST_CASE("A draft keeps whatever was typed, but signing refuses a problem and names its field",
          "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft();
    draft.migraine.peakIntensity = 11;
    auto saved = p.intakes.saveDraft(p.therapist, draft);
    REQUIRE(saved.ok());
    CHECK(saved->migraine.peakIntensity == std::optional<int>(11));

    auto signedIntake = p.intakes.sign(p.therapist, saved.value());
    REQUIRE_FALSE(signedIntake.ok());
    CHECK(signedIntake.error().field == QStringLiteral("migraine.peakIntensity"));
    CHECK(p.intakes.find(p.therapist, draft.id)->status == IntakeStatus::Draft);
}

TEST_CASE("A stale draft is a conflict, never a silent overwrite", "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft();
    Intake elsewhere = draft;
    elsewhere.health.notes = QStringLiteral("typed in another window");
    REQUIRE(p.intakes.saveDraft(p.therapist, elsewhere).ok());
    draft.health.notes = QStringLiteral("typed here");
    auto stale = p.intakes.saveDraft(p.therapist, draft);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(p.intakes.find(p.therapist, draft.id)->health.notes
          == QStringLiteral("typed in another window"));
}

TEST_CASE("A signed intake refuses every change through core", "[intake]")
{
    Practice p;
    Intake signedIntake = p.intakes.sign(p.therapist, p.filledDraft()).value();
    CHECK(signedIntake.status == IntakeStatus::Signed);
    CHECK(signedIntake.signedBy == QStringLiteral("Theo Therapist"));
    CHECK(signedIntake.signedAtUtc == p.clock.nowUtc());
    CHECK_FALSE(signedIntake.consent.signaturePng.isEmpty());
    const QString before = p.rawContent(signedIntake.id);

    Intake edited = signedIntake;
    edited.migraine.peakIntensity = 2;
    auto saved = p.intakes.saveDraft(p.therapist, edited);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("can no longer be changed")));
    CHECK_FALSE(p.intakes.sign(p.owner, edited).ok());
    CHECK_FALSE(p.intakes.discard(p.owner, signedIntake.id, signedIntake.rowVersion).ok());
    CHECK(p.rawContent(signedIntake.id) == before);
}

TEST_CASE("A signed intake refuses every change through raw SQL", "[intake]")
{
    Practice p;
    const Intake signedIntake = p.intakes.sign(p.therapist, p.filledDraft()).value();
    const QString before = p.rawContent(signedIntake.id);
    const QString id = QString::number(signedIntake.id);
    const QStringList statements{
        QStringLiteral("UPDATE intakes SET content = '{\"format\":1}' WHERE id = ") + id,
        QStringLiteral("UPDATE intakes SET status = 'draft', signed_at = NULL WHERE id = ") + id,
        QStringLiteral("UPDATE intakes SET signature = x'00' WHERE id = ") + id,
        QStringLiteral("UPDATE intakes SET row_version = row_version + 1 WHERE id = ") + id,
        QStringLiteral("DELETE FROM intakes WHERE id = ") + id,
    };
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        QString error;
        CHECK_FALSE(execRaw(p.t.db(), sql, &error));
        CHECK((error.contains(QStringLiteral("locked"))
               || error.contains(QStringLiteral("never"))));
    }
    CHECK(p.rawContent(signedIntake.id) == before);
    // A draft cannot be inserted as signed without a signer and a signature either.
    CHECK_FALSE(execRaw(p.t.db(),
                        QStringLiteral("INSERT INTO intakes (client_id, version, status, "
                                       "intake_date, content, created_at, updated_at, signed_at) "
                                       "VALUES (%1, 9, 'signed', '2026-11-20', '{}', 'x', 'x', "
                                       "'x')")
                                .arg(p.clientId)));
}

TEST_CASE("A new intake copies the last signed one but asks the screening and consent afresh",
          "[intake]")
{
    Practice p;
    const Intake first = p.intakes.sign(p.therapist, p.filledDraft(2)).value();
    const QString firstStored = p.rawContent(first.id);
    auto next = p.intakes.startNew(p.therapist, p.clientId, QDate(2026, 11, 24));
    REQUIRE(next.ok());
    CHECK(next->version == 2);
    CHECK(next->basedOnId == first.id);
    CHECK(next->status == IntakeStatus::Draft);
    CHECK(next->health == first.health);
    CHECK(next->contraindications == first.contraindications);
    CHECK(next->migraine == first.migraine);
    CHECK(next->triggers == first.triggers);
    CHECK(next->questionnaires.isEmpty());
    CHECK(next->redFlags.isEmpty());
    CHECK(next->consent == Consent{});
    CHECK(next->intakeDate == QDate(2026, 11, 24));
    CHECK(p.rawContent(first.id) == firstStored);

    auto history = p.intakes.history(p.therapist, p.clientId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).version == 2);
    CHECK(history->at(1).status == IntakeStatus::Signed);
}

TEST_CASE("A set-aside draft is kept and a new one may start", "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft();
    auto discarded = p.intakes.discard(p.therapist, draft.id, draft.rowVersion);
    REQUIRE(discarded.ok());
    CHECK(discarded->status == IntakeStatus::Discarded);
    CHECK(discarded->isLocked());
    CHECK(p.intakes.startNew(p.therapist, p.clientId, QDate(2026, 11, 24)).ok());
    CHECK(p.intakes.history(p.therapist, p.clientId)->size() == 2);
}

TEST_CASE("Signing stores each questionnaire with its date and score", "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft(0);
    // MIDAS 2+4+3+2+3 = 14: grade III. HIT-6: leave item 6 unanswered.
    draft.questionnaires[QStringLiteral("hit6")].remove(QStringLiteral("6"));
    const Intake signedIntake = p.intakes.sign(p.therapist, draft).value();

    auto midas = p.intakes.questionnaireHistory(p.therapist, p.clientId, QStringLiteral("midas"));
    REQUIRE(midas.ok());
    REQUIRE(midas->size() == 1);
    CHECK(midas->at(0).date == QDate(2026, 11, 20));
    CHECK(midas->at(0).intakeId == signedIntake.id);
    REQUIRE(midas->at(0).score.has_value());
    CHECK(midas->at(0).score->total == 14);
    CHECK(midas->at(0).score->grade == QStringLiteral("III"));

    auto hit6 = p.intakes.questionnaireHistory(p.therapist, p.clientId, QStringLiteral("hit6"));
    REQUIRE(hit6->size() == 1);
    CHECK_FALSE(hit6->at(0).score.has_value()); // incomplete: no score, never a partial one
    CHECK(hit6->at(0).answers.size() == 5);
}

TEST_CASE("A follow-up questionnaire is dated and trends in date order", "[intake]")
{
    Practice p;
    QuestionnaireAnswers allNever;
    for (int item = 1; item <= 6; ++item)
        allNever.insert(QString::number(item), 0);
    QuestionnaireAnswers allAlways = allNever;
    for (auto it = allAlways.begin(); it != allAlways.end(); ++it)
        it.value() = 4;
    REQUIRE(p.intakes
                    .recordQuestionnaire(p.therapist, p.clientId, QStringLiteral("hit6"),
                                         QDate(2026, 10, 1), allNever)
                    .ok());
    auto always = p.intakes.recordQuestionnaire(p.therapist, p.clientId, QStringLiteral("hit6"),
                                                QDate(2026, 6, 1), allAlways);
    REQUIRE(always.ok());
    CHECK(always->score->total == 78);
    auto list = p.intakes.questionnaireHistory(p.therapist, p.clientId).value();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).score->total == 78);
    CHECK(list.at(1).score->total == 36);

    allNever[QStringLiteral("3")] = 5;
    auto outOfRange = p.intakes.recordQuestionnaire(p.therapist, p.clientId, QStringLiteral("hit6"),
                                                    QDate(2026, 11, 1), allNever);
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().field == QStringLiteral("3"));
    CHECK(p.intakes.questionnaireHistory(p.therapist, p.clientId)->size() == 2);
    CHECK_FALSE(execRaw(p.t.db(),
                        QStringLiteral("UPDATE questionnaire_administrations SET "
                                       "total = 40")));
}

TEST_CASE("A red flag raises a blocking alert that only a recorded reason clears", "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft(5); // head or neck injury
    REQUIRE(p.intakes.blockingAlert(p.therapist, p.clientId)->has_value() == false);
    const Intake signedIntake = p.intakes.sign(p.therapist, draft).value();

    auto blocking = p.intakes.blockingAlert(p.therapist, p.clientId);
    REQUIRE(blocking.ok());
    REQUIRE(blocking->has_value());
    const RedFlagAlert alert = **blocking;
    CHECK(alert.flags == QStringList{ QStringLiteral("head-neck-injury") });
    CHECK(alert.intakeId == signedIntake.id);
    CHECK(alert.isBlocking());

    auto tooShort = p.intakes.recordReasonToProceed(p.therapist, alert.id, QStringLiteral(" ok "));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QStringLiteral("reason"));
    CHECK(p.intakes.blockingAlert(p.therapist, p.clientId)->has_value());

    CHECK_FALSE(p.intakes
                        .recordReasonToProceed(p.desk, alert.id,
                                               QStringLiteral("Cleared by Dr Ahn on 21 Nov"))
                        .ok());
    auto cleared = p.intakes.recordReasonToProceed(p.therapist, alert.id,
                                                   QStringLiteral("Cleared by Dr Ahn on 21 Nov"));
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->isBlocking());
    CHECK(cleared->clearedBy == QStringLiteral("Theo Therapist"));
    CHECK(cleared->clearReason == QStringLiteral("Cleared by Dr Ahn on 21 Nov"));
    CHECK_FALSE(p.intakes.blockingAlert(p.therapist, p.clientId)->has_value());
    CHECK(p.intakes.redFlagAlerts(p.therapist, p.clientId)->size() == 1);

    // Cleared once; neither core nor raw SQL changes the record afterwards.
    CHECK_FALSE(p.intakes.recordReasonToProceed(p.owner, alert.id, QStringLiteral("Another reason"))
                        .ok());
    CHECK_FALSE(execRaw(p.t.db(), QStringLiteral("UPDATE red_flag_alerts SET clear_reason = 'x'")));
    CHECK_FALSE(execRaw(p.t.db(), QStringLiteral("DELETE FROM red_flag_alerts")));

    // The reason is audited, but what it says (clinical) is not copied into the trail.
    const QList<AuditEntry> entries = p.audit(QStringLiteral("red-flag-alert"));
    bool found = false;
    for (const AuditEntry &entry : entries) {
        CHECK_FALSE(entry.event.detail.contains(QStringLiteral("Dr Ahn")));
        found = found
                || (entry.event.detail == QStringLiteral("reason to proceed recorded")
                    && entry.event.username == QStringLiteral("theo"));
    }
    CHECK(found);
}

TEST_CASE("A screening with every answer No raises no alert", "[intake]")
{
    Practice p;
    REQUIRE(p.intakes.sign(p.therapist, p.filledDraft(1)).ok());
    CHECK(p.intakes.redFlagAlerts(p.therapist, p.clientId)->isEmpty());
}

TEST_CASE("The front desk learns only whether an intake is on file", "[intake]")
{
    Practice p;
    auto none = p.intakes.onFile(p.desk, p.clientId);
    REQUIRE(none.ok());
    CHECK_FALSE(none->onFile);

    const Intake signedIntake = p.intakes.sign(p.therapist, p.filledDraft()).value();
    auto onFile = p.intakes.onFile(p.desk, p.clientId);
    REQUIRE(onFile.ok());
    CHECK(onFile->onFile);
    CHECK(onFile->lastSignedDate == QDate(2026, 11, 20));

    CHECK(p.intakes.find(p.desk, signedIntake.id).error().code == ErrorCode::Denied);
    CHECK(p.intakes.history(p.desk, p.clientId).error().code == ErrorCode::Denied);
    CHECK(p.intakes.draft(p.desk, p.clientId).error().code == ErrorCode::Denied);
    CHECK_FALSE(p.intakes.startNew(p.desk, p.clientId, QDate(2026, 11, 24)).ok());
    CHECK_FALSE(p.intakes.blockingAlert(p.desk, p.clientId).ok());
    CHECK_FALSE(p.intakes.questionnaireHistory(p.desk, p.clientId).ok());
    CHECK_FALSE(p.intakes.practiceTriggers(p.desk).ok());

    int denials = 0;
    AuditFilter filter;
    filter.userId = p.desk.userId;
    for (const AuditEntry &entry : AuditTrail(p.t.db(), p.clock).entries(filter).value()) {
        if (entry.event.outcome == AuditOutcome::Denied)
            ++denials;
    }
    CHECK(denials == 7);
}

TEST_CASE("Opening an intake is audited without its content", "[intake]")
{
    Practice p;
    const Intake signedIntake = p.intakes.sign(p.therapist, p.filledDraft(2)).value();
    REQUIRE(p.intakes.find(p.owner, signedIntake.id).ok());
    const QList<AuditEntry> entries = p.audit(QStringLiteral("intake"));
    REQUIRE_FALSE(entries.isEmpty());
    const AuditEntry &last = entries.constLast().id > entries.constFirst().id
            ? entries.constLast()
            : entries.constFirst();
    CHECK(last.event.operation == Operations::key(Operation::ClinicalRead));
    CHECK(last.event.username == QStringLiteral("maria"));
    CHECK(last.event.recordId == signedIntake.id);
    for (const AuditEntry &entry : entries) {
        CHECK_FALSE(entry.event.detail.contains(QStringLiteral("Rizatriptan")));
        CHECK_FALSE(entry.event.detail.contains(QStringLiteral("migraine"), Qt::CaseInsensitive));
    }
    CHECK(AuditTrail(p.t.db(), p.clock).verify()->ok());
}

TEST_CASE("An autosaved draft survives the program dying before it closes the file", "[intake]")
{
    Practice p;
    Intake draft = p.filledDraft();
    draft.health.notes = QStringLiteral("typed just before the power cut");
    REQUIRE(p.intakes.saveDraft(p.therapist, draft).ok());
    // A second connection sees what was committed, as a restarted program would.
    auto reopened = Database::open(p.t.path(), Database::OpenMode::ExistingOnly);
    REQUIRE(reopened.ok());
    IntakeService other(*reopened.value(), p.clock);
    auto found = other.draft(p.therapist, p.clientId);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->health.notes == QStringLiteral("typed just before the power cut"));
}

TEST_CASE("The practice's own triggers are added once each", "[intake]")
{
    Practice p;
    auto added = p.intakes.addPracticeTrigger(p.therapist, QStringLiteral("  Cold wind  "));
    REQUIRE(added.ok());
    CHECK(added->label == QStringLiteral("Cold wind"));
    CHECK(added->key() == QStringLiteral("practice:%1").arg(added->id));
    auto again = p.intakes.addPracticeTrigger(p.owner, QStringLiteral("cold WIND"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK_FALSE(p.intakes.addPracticeTrigger(p.therapist, QStringLiteral("   ")).ok());
    CHECK(p.intakes.practiceTriggers(p.therapist)->size() == 1);
}
