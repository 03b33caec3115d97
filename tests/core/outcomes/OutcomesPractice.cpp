// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/outcomes/OutcomesPractice.h"

#include "core/notes/NoteRepository.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/schedule/AppointmentRepository.h"

#include <catch2/catch.hpp>

namespace stillpoint::test {

using namespace core;

OutcomesPractice::OutcomesPractice() : diary(t.db(), clock), progress(t.db(), clock) { }

qint64 OutcomesPractice::addVisit(qint64 clientId, const QDate &date, AppointmentStatus status,
                                  const QTime &time, bool late, bool byPractice)
{
    Appointment a;
    a.clientId = clientId;
    a.therapistId = theo.id;
    a.roomId = room1.id;
    a.typeId = treatment60.id;
    a.startUtc = at(date, time);
    a.endUtc = a.startUtc.addSecs(3600);
    a.bufferEndUtc = a.endUtc.addSecs(900);
    a.timeZoneId = QString::fromUtf8(zone.id());
    a.localDate = date;
    a.localTime = time;
    a.status = status;
    a.createdAtUtc = a.startUtc.addDays(-7);
    a.changedAtUtc = a.startUtc;
    if (status == AppointmentStatus::Completed)
        a.arrivedAtUtc = a.startUtc;
    if (status == AppointmentStatus::Cancelled) {
        a.cancelledBy = byPractice ? CancelledBy::Practice : CancelledBy::Client;
        a.cancelReason = QStringLiteral("Away");
        a.cancelledAtUtc = late ? a.startUtc.addSecs(-3600) : a.startUtc.addDays(-3);
        a.lateCancellation = late && !byPractice;
    }
    auto stored = AppointmentRepository(t.db(), clock)
                          .insert(a, ScheduleAuthor{ owner.userId, QStringLiteral("Owner") });
    REQUIRE(stored.ok());
    return stored->id;
}

void OutcomesPractice::addSignedNote(qint64 clientId, const QDate &date,
                                     std::optional<int> painBefore, std::optional<int> painAfter)
{
    NoteBundle bundle;
    bundle.note.clientId = clientId;
    bundle.note.sessionDate = date;
    bundle.note.status = NoteStatus::Signed;
    bundle.note.content.subjective.painBefore = painBefore;
    bundle.note.content.assessment.painAfter = painAfter;
    bundle.note.createdAtUtc = at(date, QTime(11, 0));
    bundle.note.updatedAtUtc = bundle.note.createdAtUtc;
    bundle.note.signedAtUtc = bundle.note.createdAtUtc;
    bundle.note.signedBy = QStringLiteral("Theo");
    bundle.author = NoteAuthor{ therapist.userId, QStringLiteral("Theo") };
    REQUIRE(NoteRepository(t.db(), clock).insertMany({ bundle }).ok());
}

DiaryEntry OutcomesPractice::day(qint64 clientId, const QDate &date, bool headache, int intensity)
{
    DiaryEntry entry;
    entry.clientId = clientId;
    entry.date = date;
    entry.headache = headache;
    if (headache) {
        entry.start = QTime(8, 0);
        entry.peakIntensity = intensity;
    }
    return entry;
}

void OutcomesPractice::store(const QList<DiaryEntry> &rows)
{
    REQUIRE(DiaryRepository(t.db(), clock)
                    .insertMany(rows, DiaryAuthor{ 0, QStringLiteral("test") })
                    .ok());
}

QList<AuditEntry> OutcomesPractice::audit(const QString &recordType, qint64 clientId)
{
    AuditFilter filter;
    filter.clientId = clientId;
    filter.limit = 10000;
    QList<AuditEntry> rows;
    for (const AuditEntry &entry : AuditTrail(t.db(), clock).entries(filter).value()) {
        if (entry.event.recordType == recordType)
            rows.prepend(entry); // entries() is newest first
    }
    return rows;
}

} // namespace stillpoint::test
