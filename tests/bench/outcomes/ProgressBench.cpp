// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/intake/IntakeRepository.h"
#include "core/intake/IntakeService.h"
#include "core/notes/NoteRepository.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/ProgressService.h"
#include "core/schedule/ScheduleLoader.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "core/security/Operation.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

constexpr int DiaryDays = 730; // two years, a row every day
constexpr int Sessions = 50;
constexpr int OtherClients = 100; // with diaries of their own, so the index has work to do

QList<DiaryEntry> twoYears(qint64 clientId, const QDate &today, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<DiaryEntry> rows;
    for (int day = DiaryDays - 1; day >= 0; --day) {
        DiaryEntry row;
        row.clientId = clientId;
        row.date = today.addDays(-day);
        row.headache = random.bounded(100) < 30;
        row.sleepHours = 6.0 + 0.5 * random.bounded(5);
        row.stress = static_cast<int>(random.bounded(8));
        if (row.headache) {
            row.start = QTime(7 + static_cast<int>(random.bounded(12)), 15);
            row.end = row.start->addSecs(3600 * (2 + static_cast<int>(random.bounded(10))));
            row.peakIntensity = 3 + static_cast<int>(random.bounded(7));
            row.nausea = random.bounded(2) ? Answer::Yes : Answer::No;
            row.lightSensitivity = Answer::Yes;
            row.soundSensitivity = random.bounded(2) ? Answer::Yes : Answer::No;
            row.location = QStringLiteral("one-side");
            if (random.bounded(2))
                row.medications << DiaryMedication{ QStringLiteral("Sumatriptan"),
                                                    QStringLiteral("50 mg"), row.start,
                                                    AcuteMedicationKind::Triptan, Answer::Yes };
            row.triggers << QStringLiteral("stress");
            if (random.bounded(3) == 0)
                row.triggers << QStringLiteral("weather");
        }
        rows << row;
    }
    return rows;
}

} // namespace

// What a client's progress page needs: two years of daily diary, 50 sessions with signed notes,
// eight questionnaires, among a hundred other clients' diaries.
TEST_CASE("client progress page data: two years of diary and 50 sessions", "[!benchmark][outcomes]")
{
    test::TestDatabase t;
    const QTimeZone zone("Europe/London");
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    Authenticator auth(t.db(), clock);
    const Session owner =
            auth.initializePractice(QStringLiteral("Bench"), QStringLiteral("Europe/London"),
                                    QStringLiteral("owner"), QStringLiteral("Owner"),
                                    QStringLiteral("owner password"))
                    .value();
    const QDate today = clock.today();

    QList<Client> clients;
    for (int i = 0; i <= OtherClients; ++i) {
        Client client;
        client.givenName = QStringLiteral("Client %1").arg(i);
        clients << client;
    }
    REQUIRE(ClientRepository(t.db(), clock).createMany(clients).ok());
    const qint64 clientId = 1;

    QList<DiaryEntry> diaries;
    for (qint64 id = 1; id <= OtherClients + 1; ++id)
        diaries << twoYears(id, today, static_cast<quint32>(id));
    REQUIRE(DiaryRepository(t.db(), clock)
                    .insertMany(diaries, DiaryAuthor{ 0, QStringLiteral("b") })
                    .ok());

    ScheduleBundle bundle;
    bundle.types << AppointmentType{
        0, QStringLiteral("Treatment 60 min"), 60, 15, QStringLiteral("#26a69a"), 9000, true, 0
    };
    ScheduleBundle::TherapistRecord therapist;
    therapist.therapist = Therapist{ 0, owner.userId, QStringLiteral("Owner"), true, 0 };
    bundle.therapists << therapist;
    bundle.rooms << Room{ 0, QStringLiteral("Room 1"), QString(), true, 0 };
    QList<NoteBundle> notes;
    const QDate firstSession = today.addDays(-(DiaryDays - 60));
    for (int i = 0; i < Sessions; ++i) {
        const QDate date = firstSession.addDays(13 * i);
        ScheduleBundle::AppointmentRecord record;
        Appointment &a = record.appointment;
        a.clientId = clientId;
        a.startUtc = QDateTime(date, QTime(10, 0), zone).toUTC();
        a.endUtc = a.startUtc.addSecs(3600);
        a.bufferEndUtc = a.endUtc.addSecs(900);
        a.timeZoneId = QStringLiteral("Europe/London");
        a.localDate = date;
        a.localTime = QTime(10, 0);
        a.status = AppointmentStatus::Completed;
        bundle.appointments << record;

        NoteBundle note;
        note.note.clientId = clientId;
        note.note.sessionDate = date;
        note.note.status = NoteStatus::Signed;
        note.note.content.subjective.painBefore = 6;
        note.note.content.assessment.painAfter = 3;
        note.note.signedBy = QStringLiteral("Owner");
        note.note.signedAtUtc = a.endUtc;
        note.author = NoteAuthor{ owner.userId, QStringLiteral("Owner") };
        notes << note;
    }
    REQUIRE(ScheduleLoader::load(t.db(), clock, bundle, ScheduleAuthor{ owner.userId, {} }).ok());
    REQUIRE(NoteRepository(t.db(), clock).insertMany(notes).ok());
    IntakeService intakes(t.db(), clock);
    for (int i = 0; i < 4; ++i) {
        const QDate date = firstSession.addDays(120 * i);
        QuestionnaireAnswers midas{ { QStringLiteral("1"), 3 - i / 2 },
                                    { QStringLiteral("2"), 4 },
                                    { QStringLiteral("3"), 2 },
                                    { QStringLiteral("4"), 2 },
                                    { QStringLiteral("5"), 3 } };
        QuestionnaireAnswers hit6;
        for (int item = 1; item <= 6; ++item)
            hit6.insert(QString::number(item), 3 - i / 2);
        REQUIRE(intakes.recordQuestionnaire(owner, clientId, QStringLiteral("midas"), date, midas)
                        .ok());
        REQUIRE(intakes.recordQuestionnaire(owner, clientId, QStringLiteral("hit6"), date, hit6)
                        .ok());
    }

    ProgressService progress(t.db(), clock);
    const auto once = progress.clientProgress(owner, clientId);
    REQUIRE(once.ok());
    REQUIRE(once->diaryRows == DiaryDays);
    REQUIRE(once->sessionDates.size() == Sessions);
    REQUIRE(once->midas.size() == 4);
    REQUIRE(once->windows.size() == 27);
    REQUIRE(once->beforeAfter.has_value());

    BENCHMARK("whole call: access check, reads, figures and the audited read")
    {
        return progress.clientProgress(owner, clientId)->diaryRows;
    };

    ProgressService::ClientData data;
    data.diary = DiaryRepository(t.db(), clock).entries(clientId).value();
    for (const QDate &date : once->sessionDates)
        data.completedSessions << date;
    data.signedNotes = once->sessionPain;
    BENCHMARK("figures only, from data already read")
    {
        return ProgressService::compute(clientId, data, today).windows.size();
    };
    BENCHMARK("diary read only (730 rows)")
    {
        return DiaryRepository(t.db(), clock).entries(clientId)->size();
    };
    BENCHMARK("notes read only (50 signed notes)")
    {
        return NoteRepository(t.db(), clock).history(clientId)->size();
    };
    BENCHMARK("questionnaires read only (8)")
    {
        return IntakeRepository(t.db(), clock).administrations(clientId)->size();
    };
    BENCHMARK("one audit row written (synchronous=FULL)")
    {
        return AuditTrail(t.db(), clock)
                .record(auditEvent(owner, Operation::ClinicalRead, clientId,
                                   QStringLiteral("progress"), 0, QStringLiteral("bench")))
                .ok();
    };
}
