// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteDiarySummary.h"
#include "core/outcomes/DiaryService.h"
#include "tests/core/notes/NotePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

DiaryEntry headache(const QDate &date, int peak, const QTime &start = {}, const QTime &end = {})
{
    DiaryEntry entry;
    entry.date = date;
    entry.headache = true;
    entry.peakIntensity = peak;
    if (start.isValid())
        entry.start = start;
    if (end.isValid())
        entry.end = end;
    return entry;
}

DiaryEntry clear(const QDate &date)
{
    DiaryEntry entry;
    entry.date = date;
    entry.headache = false;
    return entry;
}

DiaryMedication triptan()
{
    DiaryMedication medication;
    medication.name = QStringLiteral("sumatriptan");
    medication.dose = QStringLiteral("50 mg");
    medication.kind = AcuteMedicationKind::Triptan;
    return medication;
}

} // namespace

TEST_CASE("headaches since the last visit are summarised from the diary days after it up to the "
          "session",
          "[notes][diary]")
{
    // Last visit Tuesday 3 March, this one Tuesday 17 March: 4 to 17 March, 14 days.
    DiaryEntry fifth = headache(QDate(2026, 3, 5), 6, QTime(8, 0), QTime(12, 0));
    fifth.medications << triptan();
    const QList<DiaryEntry> diary{
        headache(QDate(2026, 3, 3), 9), // the day of the last visit: already told then
        fifth,
        clear(QDate(2026, 3, 7)),
        headache(QDate(2026, 3, 9), 8, QTime(14, 0), QTime(16, 0)),
        headache(QDate(2026, 3, 9), 4), // a second attack the same day
        headache(QDate(2026, 3, 18), 7), // after the session
    };

    const NoteDiarySummary summary =
            NoteDiarySummary::compute(diary, QDate(2026, 3, 3), QDate(2026, 3, 17));
    CHECK(summary.from == QDate(2026, 3, 4));
    CHECK(summary.to == QDate(2026, 3, 17));
    REQUIRE(summary.headacheDays.has_value());
    CHECK(*summary.headacheDays == 2);
    CHECK_FALSE(summary.medicationOveruse);
    // Peaks 6, 8 and 4: mean 6.0; durations 4 h and 2 h: mean 3.0.
    CHECK(summary.text
          == QStringLiteral("Diary since the last visit (4 Mar 2026 to 17 Mar 2026, 3 of 14 days "
                            "recorded): 2 headache days, 3 attacks, peak intensity 8/10 (mean "
                            "6.0), mean duration 3.0 h, acute medication on 1 day."));
}

TEST_CASE("without a diary nothing is filled in, and an unrecorded period is never a zero",
          "[notes][diary]")
{
    const NoteDiarySummary none = NoteDiarySummary::compute({}, QDate(), QDate(2026, 3, 17));
    CHECK(none.text.isEmpty());
    CHECK_FALSE(none.headacheDays.has_value());

    // A diary kept only long ago: the period since the last visit has no recorded day.
    const NoteDiarySummary old = NoteDiarySummary::compute({ headache(QDate(2025, 11, 2), 5) },
                                                           QDate(2026, 3, 3), QDate(2026, 3, 17));
    CHECK_FALSE(old.headacheDays.has_value());
    CHECK(old.text
          == QStringLiteral("Diary: no days recorded since the last visit (4 Mar 2026 to 17 Mar "
                            "2026)."));

    // Recorded days without a headache are a real zero. A first note looks back 28 days.
    const NoteDiarySummary calm = NoteDiarySummary::compute(
            { clear(QDate(2026, 3, 1)), clear(QDate(2026, 3, 2)) }, QDate(), QDate(2026, 3, 17));
    CHECK(calm.from == QDate(2026, 2, 18));
    REQUIRE(calm.headacheDays.has_value());
    CHECK(*calm.headacheDays == 0);
    CHECK(calm.text
          == QStringLiteral("Diary in the last 28 days (18 Feb 2026 to 17 Mar 2026, 2 of 28 days "
                            "recorded): no headache days."));
}

TEST_CASE("the S section carries the medication-overuse warning from 10 triptan days a month, not "
          "from 9",
          "[notes][diary]")
{
    QList<DiaryEntry> diary;
    for (int day = 1; day <= 9; ++day) {
        DiaryEntry entry = headache(QDate(2026, 2, day), 5);
        entry.medications << triptan();
        diary << entry;
    }
    const NoteDiarySummary nine =
            NoteDiarySummary::compute(diary, QDate(2026, 2, 1), QDate(2026, 2, 27));
    CHECK_FALSE(nine.medicationOveruse);
    CHECK_FALSE(nine.text.contains(QStringLiteral("Medication-overuse")));

    DiaryEntry tenth = headache(QDate(2026, 2, 20), 6);
    tenth.medications << triptan();
    diary << tenth;
    const NoteDiarySummary ten =
            NoteDiarySummary::compute(diary, QDate(2026, 2, 1), QDate(2026, 2, 27));
    CHECK(ten.medicationOveruse);
    CHECK(ten.text.contains(QStringLiteral("\nMedication-overuse warning: Diary: triptans, "
                                           "combination or other acute medication on 10 days "
                                           "(threshold 10) in February 2026.")));
}

TEST_CASE("a note started for a client who keeps a diary opens with headaches since the last "
          "visit filled in",
          "[notes][diary]")
{
    test::NotePractice p;
    p.signedNote(p.ines, QDate(2026, 3, 3));
    // The visit first: it moves the clock past it, so the diary days are not in the future.
    const Appointment next = p.visit(p.ines, QDate(2026, 3, 17), AppointmentStatus::Arrived);
    DiaryService diary(p.t.db(), p.clock);
    for (const DiaryEntry &row : { headache(QDate(2026, 3, 6), 7), clear(QDate(2026, 3, 8)),
                                   headache(QDate(2026, 3, 12), 5) }) {
        DiaryEntry entry = row;
        entry.clientId = p.ines;
        auto added = diary.add(p.therapist, entry);
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
    }

    auto draft = p.notes.startFromAppointment(p.therapist, next.id, true);
    REQUIRE(draft.ok());
    REQUIRE(draft->content.subjective.headacheDaysSinceLastVisit.has_value());
    CHECK(*draft->content.subjective.headacheDaysSinceLastVisit == 2);
    CHECK(draft->content.subjective.headachesSinceLastVisit.startsWith(
            QStringLiteral("Diary since the last visit (4 Mar 2026 to 17 Mar 2026, 3 of 14 days "
                           "recorded): 2 headache days, 2 attacks, peak intensity 7/10")));
    // It is stored with the draft, not only shown.
    auto stored = p.notes.find(p.therapist, draft->id);
    REQUIRE(stored.ok());
    CHECK(stored->content.subjective.headachesSinceLastVisit
          == draft->content.subjective.headachesSinceLastVisit);

    // A client without a diary starts with the section empty.
    const Appointment jamal = p.visit(p.jamal, QDate(2026, 3, 18), AppointmentStatus::Arrived);
    auto plain = p.notes.startFromAppointment(p.therapist, jamal.id, false);
    REQUIRE(plain.ok());
    CHECK(plain->content.subjective.headachesSinceLastVisit.isEmpty());
    CHECK_FALSE(plain->content.subjective.headacheDaysSinceLastVisit.has_value());
}
