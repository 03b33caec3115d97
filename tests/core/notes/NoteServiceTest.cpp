// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteService.h"
#include "core/notes/NoteRepository.h"
#include "core/security/Operation.h"
#include "tests/core/notes/NotePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QDate tuesday(2026, 3, 3);

QString messageOf(const Error &error)
{
    return error.message + QStringLiteral(" [") + error.field + QLatin1Char(']');
}

} // namespace

TEST_CASE("a note started from a visit takes its client and date and the intake's "
          "contraindications to re-check",
          "[notes]")
{
    test::NotePractice p;
    p.signIntake(p.ines, 1, QDate(2026, 3, 2)); // lists varicose veins
    const Appointment visit = p.visit(p.ines, tuesday, AppointmentStatus::Arrived);

    auto draft = p.notes.startFromAppointment(p.therapist, visit.id, false);
    INFO(messageOf(draft.ok() ? Error{} : draft.error()).toStdString());
    REQUIRE(draft.ok());
    CHECK(draft->status == NoteStatus::Draft);
    CHECK(draft->clientId == p.ines);
    CHECK(draft->appointmentId == visit.id);
    CHECK(draft->sessionDate == tuesday);
    CHECK(draft->createdBy == QStringLiteral("Theo Therapist"));
    CHECK(draft->carriedForwardFrom == 0);
    REQUIRE(draft->content.subjective.contraindicationChecks.size() == 1);
    CHECK(draft->content.subjective.contraindicationChecks.constFirst().key
          == QStringLiteral("varicose-veins"));
    CHECK(draft->content.subjective.contraindicationChecks.constFirst().stillApplies
          == Answer::Unknown);

    // Starting again (a second click on "Write note") opens the same draft.
    auto again = p.notes.startFromAppointment(p.therapist, visit.id, true);
    REQUIRE(again.ok());
    CHECK(again->id == draft->id);

    auto open = p.notes.draftFor(p.therapist, p.ines, visit.id);
    REQUIRE(open.ok());
    REQUIRE(open->has_value());
    CHECK((*open)->id == draft->id);
    CHECK_FALSE(p.notes.draftFor(p.therapist, p.ines)->has_value());
}

TEST_CASE("a note can be started for a booked, confirmed or completed visit but not a cancelled "
          "one or a no-show",
          "[notes]")
{
    test::NotePractice p;
    QDate day = tuesday;
    for (AppointmentStatus status : { AppointmentStatus::Booked, AppointmentStatus::Confirmed,
                                      AppointmentStatus::Completed }) {
        const Appointment visit = p.visit(p.ines, day, status);
        day = day.addDays(1);
        CHECK(p.notes.startFromAppointment(p.therapist, visit.id, false).ok());
    }
    day = QDate(2026, 3, 9);
    for (AppointmentStatus status : { AppointmentStatus::Cancelled, AppointmentStatus::NoShow }) {
        const Appointment visit = p.visit(p.jamal, day, status);
        day = day.addDays(1);
        auto refused = p.notes.startFromAppointment(p.therapist, visit.id, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("appointment"));
    }
    CHECK(p.notes.startFromAppointment(p.therapist, 999999, false).error().code
          == ErrorCode::NotFound);
}

TEST_CASE("a signed note refuses every change through core", "[notes]")
{
    test::NotePractice p;
    const SessionNote note = p.signedNote(p.ines, tuesday);
    CHECK(note.status == NoteStatus::Signed);
    CHECK(note.signedBy == QStringLiteral("Theo Therapist"));
    CHECK(note.signedAtUtc.isValid());
    const QString before = p.rawRow(note.id);

    SessionNote changed = note;
    changed.content.assessment.painAfter = 1;
    changed.content.marks.clear();
    auto saved = p.notes.saveDraft(p.therapist, changed);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Conflict);
    CHECK(saved.error().message.contains(QStringLiteral("addendum")));

    auto signedAgain = p.notes.sign(p.therapist, changed);
    REQUIRE_FALSE(signedAgain.ok());
    CHECK(signedAgain.error().code == ErrorCode::Conflict);

    auto discarded = p.notes.discard(p.therapist, note.id, note.rowVersion);
    REQUIRE_FALSE(discarded.ok());
    CHECK(discarded.error().code == ErrorCode::Conflict);

    // The owner cannot either.
    CHECK_FALSE(p.notes.saveDraft(p.owner, changed).ok());
    CHECK(p.rawRow(note.id) == before);
    CHECK(p.notes.find(p.therapist, note.id)->content == test::NotePractice::sampleContent());
}

TEST_CASE("carry-forward copies the plan and the marks, never the signature or S, O and A",
          "[notes]")
{
    test::NotePractice p;
    const SessionNote first = p.signedNote(p.ines, tuesday);
    const Appointment next = p.visit(p.ines, QDate(2026, 3, 17), AppointmentStatus::Arrived);

    auto carried = p.notes.startFromAppointment(p.therapist, next.id, true);
    REQUIRE(carried.ok());
    CHECK(carried->carriedForwardFrom == first.id);
    CHECK(carried->content.plan == first.content.plan);
    CHECK(carried->content.marks == first.content.marks);
    CHECK(carried->content.subjective == Subjective{});
    CHECK(carried->content.objective == Objective{});
    CHECK(carried->content.assessment == Assessment{});
    CHECK(carried->status == NoteStatus::Draft);
    CHECK(carried->signedBy.isEmpty());
    CHECK_FALSE(carried->signedAtUtc.isValid());
    CHECK(carried->sessionDate == QDate(2026, 3, 17));

    // Without carry-forward the new note starts empty.
    const Appointment third = p.visit(p.ines, QDate(2026, 3, 24), AppointmentStatus::Arrived);
    auto fresh = p.notes.startFromAppointment(p.therapist, third.id, false);
    REQUIRE(fresh.ok());
    CHECK(fresh->carriedForwardFrom == 0);
    CHECK(fresh->content == NoteContent{});

    // previousSigned is the last signed note before the date, for the faded marks.
    auto previous = p.notes.previousSigned(p.therapist, p.ines, QDate(2026, 3, 24));
    REQUIRE(previous.ok());
    REQUIRE(previous->has_value());
    CHECK((*previous)->id == first.id);
    CHECK_FALSE(p.notes.previousSigned(p.therapist, p.ines, tuesday)->has_value());
}

TEST_CASE("body-chart marks round-trip exactly through the database", "[notes]")
{
    test::NotePractice p;
    NoteContent content;
    content.subjective.clientReport = QStringLiteral("Marks everywhere");
    int i = 0;
    for (BodyView view : BodyChartCatalog::views()) {
        for (MarkType type : BodyChartCatalog::markTypes()) {
            for (BodySide side : BodyChartCatalog::sides()) {
                BodyMark mark;
                mark.view = view;
                mark.type = type;
                mark.side = side;
                mark.x = 0.123456789 + i * 1e-4;
                mark.y = 1.0 - 1.0 / (3.0 + i);
                mark.intensity = i % 11;
                mark.muscle =
                        BodyChartCatalog::muscles().at(i % BodyChartCatalog::muscles().size()).key;
                if (type == MarkType::ReferredPain)
                    mark.directionDegrees = (i * 37) % 360;
                if (i % 3 == 0)
                    mark.pressurePainThreshold = 0.1 + (i % 100) / 7.0;
                if (i % 2 == 0)
                    mark.note = QStringLiteral("note %1 — «ü»").arg(i);
                content.marks << mark;
                ++i;
            }
        }
    }
    const Appointment visit = p.visit(p.ines, tuesday, AppointmentStatus::Arrived);
    SessionNote draft = p.notes.startFromAppointment(p.therapist, visit.id, false).value();
    draft.content = content;
    auto saved = p.notes.saveDraft(p.therapist, draft);
    REQUIRE(saved.ok());
    CHECK(saved->content.marks == content.marks);
    CHECK(p.notes.find(p.therapist, draft.id)->content == content);

    auto signedNote = p.notes.sign(p.therapist, saved.value());
    INFO(messageOf(signedNote.ok() ? Error{} : signedNote.error()).toStdString());
    REQUIRE(signedNote.ok());
    const SessionNote stored = p.notes.find(p.therapist, draft.id).value();
    REQUIRE(stored.content.marks.size() == content.marks.size());
    for (qsizetype m = 0; m < content.marks.size(); ++m) {
        INFO("mark " << m);
        const BodyMark &a = content.marks.at(m);
        const BodyMark &b = stored.content.marks.at(m);
        CHECK(a.view == b.view);
        CHECK(a.type == b.type);
        CHECK(a.side == b.side);
        CHECK(a.intensity == b.intensity);
        CHECK(a.muscle == b.muscle);
        CHECK(a.directionDegrees == b.directionDegrees);
        CHECK(a.pressurePainThreshold == b.pressurePainThreshold);
        CHECK(a.note == b.note);
        // Exactly, not approximately.
        CHECK(a.x == b.x);
        CHECK(a.y == b.y);
    }
    CHECK(stored.content == content);
}

TEST_CASE("the front desk learns only whether a visit has a note, and every other request is "
          "refused and audited",
          "[notes][access]")
{
    test::NotePractice p;
    const SessionNote note = p.signedNote(p.ines, tuesday);
    const Appointment open = p.visit(p.ines, QDate(2026, 3, 10), AppointmentStatus::Arrived);
    REQUIRE(p.notes.startFromAppointment(p.therapist, open.id, false).ok());
    const Appointment none = p.visit(p.jamal, QDate(2026, 3, 11), AppointmentStatus::Arrived);

    auto onFile = p.notes.onFile(p.desk, { note.appointmentId, open.id, none.id });
    REQUIRE(onFile.ok());
    REQUIRE(onFile->size() == 3);
    CHECK(onFile->at(0).appointmentId == note.appointmentId);
    CHECK(onFile->at(0).exists);
    CHECK(onFile->at(0).isSigned);
    CHECK(onFile->at(1).exists);
    CHECK_FALSE(onFile->at(1).isSigned);
    CHECK_FALSE(onFile->at(2).exists);
    CHECK(p.notes.onFile(p.therapist, { note.appointmentId }).ok());

    const int deniedBefore = p.auditRows(Operations::key(Operation::ClinicalRead), true)
            + p.auditRows(Operations::key(Operation::ClinicalWrite), true);
    const auto denied = [](const Error &error) { return error.code == ErrorCode::Denied; };
    CHECK(denied(p.notes.find(p.desk, note.id).error()));
    CHECK(denied(p.notes.history(p.desk, p.ines).error()));
    CHECK(denied(p.notes.notesBetween(p.desk, p.ines, tuesday, tuesday).error()));
    CHECK(denied(p.notes.draftFor(p.desk, p.ines, open.id).error()));
    CHECK(denied(p.notes.previousSigned(p.desk, p.ines, QDate(2026, 4, 1)).error()));
    CHECK(denied(p.notes.startFromAppointment(p.desk, none.id, false).error()));
    CHECK(denied(p.notes.startForClient(p.desk, p.jamal, QDate(2026, 3, 11), false).error()));
    CHECK(denied(p.notes.saveDraft(p.desk, note).error()));
    CHECK(denied(p.notes.sign(p.desk, note).error()));
    CHECK(denied(p.notes.discard(p.desk, note.id, note.rowVersion).error()));
    CHECK(denied(
            p.notes.addAddendum(p.desk, note.id, QStringLiteral("Because"), QStringLiteral("Text"))
                    .error()));
    CHECK(denied(p.notes.templates(p.desk).error()));
    CHECK(denied(
            p.notes.saveTemplate(p.desk, NoteTemplate{ 0, QStringLiteral("X"), {}, 1 }).error()));
    CHECK(denied(p.notes.deleteTemplate(p.desk, 1).error()));
    CHECK(denied(p.notes.techniques(p.desk).error()));
    CHECK(denied(p.notes.addTechnique(p.desk, QStringLiteral("Cupping")).error()));
    const int deniedAfter = p.auditRows(Operations::key(Operation::ClinicalRead), true)
            + p.auditRows(Operations::key(Operation::ClinicalWrite), true);
    CHECK(deniedAfter - deniedBefore == 16);

    // Someone signed out (no session) may not even ask whether a note exists.
    auto nobody = p.notes.onFile(Session{}, { note.appointmentId });
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::Denied);
}

TEST_CASE("while a red flag blocks the client no note is started, saved or signed until a reason "
          "to proceed is recorded",
          "[notes][redflag]")
{
    test::NotePractice p;
    // A draft begun before the red flag was known.
    const Appointment first = p.visit(p.ines, tuesday, AppointmentStatus::Arrived);
    SessionNote draft = p.notes.startFromAppointment(p.therapist, first.id, false).value();
    draft.content = test::NotePractice::sampleContent();

    p.signIntake(p.ines, 4, tuesday); // onset after 50, pattern change
    const auto alert = p.intakes.blockingAlert(p.therapist, p.ines).value();
    REQUIRE(alert.has_value());

    const Appointment second = p.visit(p.ines, QDate(2026, 3, 10), AppointmentStatus::Arrived);
    const auto blocked = [](const Error &error) {
        return error.code == ErrorCode::Denied && error.field == QStringLiteral("red_flag_alert")
                && error.message.contains(QStringLiteral("reason to proceed"));
    };
    CHECK(blocked(p.notes.startFromAppointment(p.therapist, second.id, false).error()));
    CHECK(blocked(p.notes.startForClient(p.therapist, p.ines, QDate(2026, 3, 10), false).error()));
    CHECK(blocked(p.notes.saveDraft(p.therapist, draft).error()));
    CHECK(blocked(p.notes.sign(p.therapist, draft).error()));
    // Other clients are not affected.
    CHECK(p.notes.startForClient(p.therapist, p.jamal, QDate(2026, 3, 10), false).ok());

    REQUIRE(p.intakes
                    .recordReasonToProceed(p.therapist, alert->id,
                                           QStringLiteral("Cleared by Dr Okafor on 9 March"))
                    .ok());
    auto saved = p.notes.saveDraft(p.therapist, draft);
    REQUIRE(saved.ok());
    CHECK(p.notes.sign(p.therapist, saved.value()).ok());
    CHECK(p.notes.startFromAppointment(p.therapist, second.id, false).ok());
}

TEST_CASE("a client has at most one open draft per visit and one without a visit", "[notes]")
{
    test::NotePractice p;
    auto loose = p.notes.startForClient(p.therapist, p.ines, tuesday, false);
    REQUIRE(loose.ok());
    CHECK(loose->appointmentId == 0);
    auto again = p.notes.startForClient(p.therapist, p.ines, QDate(2026, 3, 4), false);
    REQUIRE(again.ok());
    CHECK(again->id == loose->id);
    CHECK(again->sessionDate == tuesday);

    // The repository refuses a second one outright.
    SessionNote second;
    second.clientId = p.ines;
    second.sessionDate = tuesday;
    auto refused = NoteRepository(p.t.db(), p.clock).createDraft(second, NoteAuthor{ 0, {} });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);

    // A visit's draft is separate from the loose one.
    const Appointment visit = p.visit(p.ines, QDate(2026, 3, 10), AppointmentStatus::Arrived);
    auto visitDraft = p.notes.startFromAppointment(p.therapist, visit.id, false);
    REQUIRE(visitDraft.ok());
    CHECK(visitDraft->id != loose->id);

    // Setting the loose draft aside makes room for a new one; the old one stays on file.
    auto discarded = p.notes.discard(p.therapist, loose->id, loose->rowVersion);
    REQUIRE(discarded.ok());
    CHECK(discarded->status == NoteStatus::Discarded);
    auto fresh = p.notes.startForClient(p.therapist, p.ines, QDate(2026, 3, 12), false);
    REQUIRE(fresh.ok());
    CHECK(fresh->id != loose->id);
    CHECK(p.notes.history(p.therapist, p.ines)->size() == 3);

    // A visit with a signed note gets no second note.
    SessionNote filled = visitDraft.value();
    filled.content = test::NotePractice::sampleContent();
    REQUIRE(p.notes.sign(p.therapist, filled).ok());
    auto secondForVisit = p.notes.startFromAppointment(p.therapist, visit.id, false);
    REQUIRE_FALSE(secondForVisit.ok());
    CHECK(secondForVisit.error().code == ErrorCode::Conflict);
    CHECK(secondForVisit.error().message.contains(QStringLiteral("addendum")));
}

TEST_CASE("a draft saved from a stale copy is refused as a conflict", "[notes]")
{
    test::NotePractice p;
    SessionNote draft = p.notes.startForClient(p.therapist, p.ines, tuesday, false).value();
    SessionNote otherWindow = draft;
    draft.content.subjective.clientReport = QStringLiteral("First window");
    auto saved = p.notes.saveDraft(p.therapist, draft);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == draft.rowVersion + 1);

    otherWindow.content.subjective.clientReport = QStringLiteral("Second window");
    auto stale = p.notes.saveDraft(p.therapist, otherWindow);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(p.notes.find(p.therapist, draft.id)->content.subjective.clientReport
          == QStringLiteral("First window"));
    CHECK(p.notes.sign(p.therapist, otherWindow).error().code == ErrorCode::Conflict);
    CHECK(p.notes.discard(p.therapist, draft.id, draft.rowVersion).error().code
          == ErrorCode::Conflict);

    // A note that claims another client is refused.
    SessionNote wrongClient = saved.value();
    wrongClient.clientId = p.jamal;
    CHECK(p.notes.saveDraft(p.therapist, wrongClient).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a draft saves whatever it holds but signing names the first problem", "[notes]")
{
    test::NotePractice p;
    SessionNote draft = p.notes.startForClient(p.therapist, p.ines, QDate(), false).value();
    draft.content.subjective.painBefore = 11;
    auto saved = p.notes.saveDraft(p.therapist, draft);
    REQUIRE(saved.ok()); // an autosave never loses typing
    CHECK(saved->content.subjective.painBefore == 11);

    auto refused = p.notes.sign(p.therapist, saved.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("sessionDate"));
    CHECK(refused.error().message.contains(QStringLiteral("more to fix")));

    SessionNote dated = saved.value();
    dated.sessionDate = tuesday;
    refused = p.notes.sign(p.therapist, dated);
    CHECK(refused.error().field == QStringLiteral("subjective.painBefore"));

    dated.content.subjective.painBefore = 10;
    CHECK(p.notes.sign(p.therapist, dated).ok());
}

TEST_CASE("addenda are added to signed notes only, keep author, time and reason, and come back "
          "oldest first under the note",
          "[notes]")
{
    test::NotePractice p;
    SessionNote draft = p.notes.startForClient(p.therapist, p.ines, tuesday, false).value();
    auto onDraft = p.notes.addAddendum(p.therapist, draft.id, QStringLiteral("Correction"),
                                       QStringLiteral("Text"));
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.error().code == ErrorCode::Conflict);

    const SessionNote note = p.signedNote(p.ines, QDate(2026, 3, 10));
    CHECK(p.notes.addAddendum(p.therapist, note.id, QStringLiteral("no"), QStringLiteral("Text"))
                  .error()
                  .field
          == QStringLiteral("reason"));
    CHECK(p.notes.addAddendum(p.therapist, note.id, QStringLiteral("Mistyped"),
                              QStringLiteral("  "))
                  .error()
                  .field
          == QStringLiteral("text"));
    CHECK(p.notes.addAddendum(p.therapist, note.id, QStringLiteral("Mistyped"),
                              QString(20001, QLatin1Char('x')))
                  .error()
                  .field
          == QStringLiteral("text"));

    auto first =
            p.notes.addAddendum(p.therapist, note.id, QStringLiteral("Pain after was mistyped"),
                                QStringLiteral("Pain after the session was 4, not 3."));
    REQUIRE(first.ok());
    CHECK(first->author == QStringLiteral("Theo Therapist"));
    CHECK(first->createdAtUtc == p.clock.nowUtc());
    p.clock.advanceSeconds(3600);
    auto second = p.notes.addAddendum(p.owner, note.id, QStringLiteral("Follow-up call"),
                                      QStringLiteral("Client phoned: no headache since."));
    REQUIRE(second.ok());

    const SessionNote stored = p.notes.find(p.therapist, note.id).value();
    REQUIRE(stored.addenda.size() == 2);
    CHECK(stored.addenda.at(0) == first.value());
    CHECK(stored.addenda.at(1).author == QStringLiteral("Olivia Owner"));
    CHECK(stored.content == note.content);
    CHECK(stored.rowVersion == note.rowVersion);
    const auto history = p.notes.history(p.therapist, p.ines).value();
    CHECK(history.constFirst().id == note.id);
    CHECK(history.constFirst().addendumCount == 2);
}

TEST_CASE("history lists every note newest first with its pain scores, and notesBetween gives "
          "the signed ones in a range oldest first",
          "[notes]")
{
    test::NotePractice p;
    const SessionNote a = p.signedNote(p.ines, tuesday);
    NoteContent lighter = test::NotePractice::sampleContent();
    lighter.subjective.painBefore = 4;
    lighter.assessment.painAfter = 1;
    lighter.marks.removeLast();
    const SessionNote b = p.signedNote(p.ines, QDate(2026, 3, 17), lighter);
    SessionNote draft =
            p.notes.startForClient(p.therapist, p.ines, QDate(2026, 3, 24), false).value();

    const auto history = p.notes.history(p.therapist, p.ines).value();
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).id == draft.id);
    CHECK(history.at(0).status == NoteStatus::Draft);
    CHECK(history.at(1).id == b.id);
    CHECK(history.at(1).painBefore == 4);
    CHECK(history.at(1).painAfter == 1);
    CHECK(history.at(1).markCount == 2);
    CHECK(history.at(1).signedBy == QStringLiteral("Theo Therapist"));
    CHECK(history.at(1).appointmentId == b.appointmentId);
    CHECK(history.at(2).id == a.id);
    CHECK(history.at(2).markCount == 3);

    auto between = p.notes.notesBetween(p.therapist, p.ines, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(between.ok());
    REQUIRE(between->size() == 2);
    CHECK(between->at(0).id == a.id);
    CHECK(between->at(1).id == b.id);
    CHECK(p.notes.notesBetween(p.therapist, p.ines, QDate(2026, 3, 4), QDate(2026, 3, 17))->size()
          == 1);
    CHECK(p.notes.notesBetween(p.therapist, p.ines, QDate(2026, 3, 17), QDate(2026, 3, 4))
                  .error()
                  .code
          == ErrorCode::InvalidInput);
    CHECK(p.notes.history(p.therapist, p.jamal)->isEmpty());
}

TEST_CASE("templates have unique names, never keep the day's numbers and fill only what a note "
          "leaves empty",
          "[notes][templates]")
{
    test::NotePractice p;
    NoteTemplate followUp;
    followUp.name = QStringLiteral("Migraine follow-up 60 min");
    followUp.content = test::NotePractice::sampleContent();
    auto saved = p.notes.saveTemplate(p.therapist, followUp);
    REQUIRE(saved.ok());
    CHECK(saved->id > 0);
    CHECK_FALSE(saved->content.subjective.painBefore.has_value());
    CHECK_FALSE(saved->content.assessment.painAfter.has_value());
    CHECK_FALSE(saved->content.plan.nextVisit.has_value());
    CHECK(saved->content.objective.rangeOfMotion.isEmpty());
    CHECK(saved->content.objective.techniques == followUp.content.objective.techniques);

    NoteTemplate duplicate;
    duplicate.name = QStringLiteral("  migraine FOLLOW-UP 60 min ");
    auto refused = p.notes.saveTemplate(p.therapist, duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().field == QStringLiteral("name"));
    CHECK(p.notes.saveTemplate(p.therapist, NoteTemplate{ 0, QStringLiteral(" "), {}, 1 })
                  .error()
                  .field
          == QStringLiteral("name"));

    NoteTemplate renamed = saved.value();
    renamed.name = QStringLiteral("Follow-up 60 min");
    auto updated = p.notes.saveTemplate(p.owner, renamed);
    REQUIRE(updated.ok());
    CHECK(updated->rowVersion == saved->rowVersion + 1);
    CHECK(p.notes.saveTemplate(p.owner, renamed).error().code == ErrorCode::Conflict); // stale

    auto second = p.notes.saveTemplate(
            p.therapist, NoteTemplate{ 0, QStringLiteral("Initial assessment"), {}, 1 });
    REQUIRE(second.ok());
    const auto list = p.notes.templates(p.therapist).value();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).name == QStringLiteral("Follow-up 60 min"));
    CHECK(list.at(1).name == QStringLiteral("Initial assessment"));

    NoteContent mine;
    mine.subjective.clientReport = QStringLiteral("My own words");
    const NoteContent applied = NoteContents::withTemplate(mine, updated->content);
    CHECK(applied.subjective.clientReport == QStringLiteral("My own words"));
    CHECK(applied.objective.palpation == followUp.content.objective.palpation);
    CHECK(applied.objective.techniques == followUp.content.objective.techniques);
    CHECK(applied.plan.homeCare == followUp.content.plan.homeCare);
    CHECK(applied.marks.isEmpty());

    REQUIRE(p.notes.deleteTemplate(p.owner, second->id).ok());
    CHECK(p.notes.deleteTemplate(p.owner, second->id).error().code == ErrorCode::NotFound);
    CHECK(p.notes.templates(p.therapist)->size() == 1);
}

TEST_CASE("the technique list is the seeded one followed by the practice's own", "[notes]")
{
    test::NotePractice p;
    const auto seeded = p.notes.techniques(p.therapist).value();
    REQUIRE(seeded.size() == 7);
    CHECK(seeded.constFirst().key == QStringLiteral("deep_tissue"));

    auto cupping = p.notes.addTechnique(p.therapist, QStringLiteral("  Cupping "));
    REQUIRE(cupping.ok());
    CHECK(cupping->label == QStringLiteral("Cupping"));
    CHECK(cupping->key.startsWith(QStringLiteral("practice:")));
    REQUIRE(p.notes.addTechnique(p.owner, QStringLiteral("Active release")).ok());
    CHECK(p.notes.addTechnique(p.therapist, QStringLiteral("cupping")).error().code
          == ErrorCode::Conflict);
    CHECK(p.notes.addTechnique(p.therapist, QStringLiteral("SWEDISH")).error().code
          == ErrorCode::Conflict);
    CHECK(p.notes.addTechnique(p.therapist, QString()).error().field == QStringLiteral("label"));

    const auto all = p.notes.techniques(p.therapist).value();
    REQUIRE(all.size() == 9);
    CHECK(all.at(7).label == QStringLiteral("Active release"));
    CHECK(all.at(8).key == cupping->key);
}

TEST_CASE("every note operation is audited with a detail that carries no clinical content",
          "[notes][audit]")
{
    test::NotePractice p;
    const SessionNote note = p.signedNote(p.ines, tuesday);
    REQUIRE(p.notes.find(p.therapist, note.id).ok());
    REQUIRE(p.notes.addAddendum(p.therapist, note.id, QStringLiteral("Mistyped pain score"),
                                QStringLiteral("Pain after was 4"))
                    .ok());
    REQUIRE(p.notes.history(p.therapist, p.ines).ok());

    const auto entries = p.audit(p.ines);
    QStringList noteDetails;
    for (const AuditEntry &entry : entries) {
        if (entry.event.recordType == QLatin1String("note")
            || entry.event.recordType == QLatin1String("note-addendum"))
            noteDetails << entry.event.recordType + QLatin1Char(':') + entry.event.detail;
    }
    CHECK(noteDetails.contains(QStringLiteral("note:started")));
    CHECK(noteDetails.contains(QStringLiteral("note:signed")));
    CHECK(noteDetails.contains(QStringLiteral("note:opened")));
    CHECK(noteDetails.contains(QStringLiteral("note-addendum:addendum added")));
    CHECK(noteDetails.contains(QStringLiteral("note:listed")));
    const NoteContent c = test::NotePractice::sampleContent();
    const QStringList clinical{ c.subjective.clientReport,
                                c.objective.palpation,
                                c.assessment.resisted,
                                c.plan.homeCare,
                                c.marks.constFirst().note,
                                QStringLiteral("Mistyped"),
                                QStringLiteral("Pain after was 4"),
                                QStringLiteral("trapezius") };
    for (const AuditEntry &entry : entries) {
        for (const QString &text : clinical) {
            INFO(entry.event.detail.toStdString());
            CHECK_FALSE(entry.event.detail.contains(text, Qt::CaseInsensitive));
        }
    }
    for (const AuditEntry &entry : p.audit(p.ines, QStringLiteral("note"))) {
        if (entry.event.detail == QLatin1String("signed"))
            CHECK(entry.event.recordId == note.id);
    }
}
