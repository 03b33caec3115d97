// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryService.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/DiaryValidator.h"
#include "core/storage/Database.h"
#include "tests/core/outcomes/OutcomesPractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// A row with every field filled.
DiaryEntry fullRow(qint64 clientId, const QDate &date)
{
    DiaryEntry entry;
    entry.clientId = clientId;
    entry.date = date;
    entry.headache = true;
    entry.start = QTime(22, 15);
    entry.end = QTime(3, 40); // past midnight
    entry.peakIntensity = 8;
    entry.location = QStringLiteral("one-side");
    entry.aura = Answer::Yes;
    entry.nausea = Answer::No;
    entry.lightSensitivity = Answer::Yes;
    entry.soundSensitivity = Answer::Unknown;
    entry.medications = {
        DiaryMedication{ QStringLiteral("Sumatriptan"), QStringLiteral("50 mg"), QTime(22, 30),
                         AcuteMedicationKind::Triptan, Answer::Yes },
        DiaryMedication{ QStringLiteral("Ibuprofen \\ \"forte\"\tx\u0001"), QString(), std::nullopt,
                         AcuteMedicationKind::SimpleAnalgesic, Answer::No },
    };
    entry.triggers = { QStringLiteral("stress"), QStringLiteral("practice:3"),
                       QStringLiteral("Zoë's party, \"loud\"") };
    entry.menstruation = Answer::No;
    entry.sleepHours = 6.5;
    entry.stress = 7;
    entry.whatHelped = QStringLiteral("Dark room;\ncold pack");
    entry.dayMissed = Answer::Yes;
    return entry;
}

QList<DiaryEntry> february(qint64 clientId)
{
    QList<DiaryEntry> rows;
    for (int day = 1; day <= 28; ++day)
        rows << test::OutcomesPractice::day(clientId, QDate(2026, 2, day), day % 5 == 0,
                                            4 + day % 5);
    return rows;
}

bool hasField(const QList<Error> &errors, const QString &field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const Error &error) { return error.field == field; });
}

} // namespace

TEST_CASE("a diary row reads back exactly as it was saved", "[outcomes][diary]")
{
    test::OutcomesPractice p;
    const DiaryEntry written = fullRow(p.ines, QDate(2026, 2, 14));
    auto added = p.diary.add(p.therapist, written);
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->rowVersion == 1);
    CHECK(added->source == DiarySource::Manual);

    DiaryEntry expected = written;
    expected.id = added->id;
    expected.rowVersion = 1;
    CHECK(added.value() == expected);
    auto read = p.diary.entries(p.therapist, p.ines);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->constFirst() == expected);
    CHECK(read->constFirst().durationMinutes() == 325);

    // A headache-free day with nothing else keeps its empty fields empty.
    const DiaryEntry blank = test::OutcomesPractice::day(p.ines, QDate(2026, 2, 15));
    auto addedBlank = p.diary.add(p.therapist, blank);
    REQUIRE(addedBlank.ok());
    DiaryEntry expectedBlank = blank;
    expectedBlank.id = addedBlank->id;
    expectedBlank.rowVersion = 1;
    CHECK(addedBlank.value() == expectedBlank);
    CHECK_FALSE(addedBlank->sleepHours.has_value());
    CHECK(addedBlank->aura == Answer::Unknown);
}

TEST_CASE("a diary row is changed with its row version and removed", "[outcomes][diary]")
{
    test::OutcomesPractice p;
    DiaryEntry row = p.diary.add(p.therapist, fullRow(p.ines, QDate(2026, 2, 14))).value();
    row.peakIntensity = 5;
    row.medications.removeLast();
    auto changed = p.diary.update(p.therapist, row);
    REQUIRE(changed.ok());
    CHECK(changed->rowVersion == 2);
    CHECK(changed->peakIntensity == 5);
    CHECK(changed->medications.size() == 1);

    SECTION("a stale version is refused and nothing changes")
    {
        row.peakIntensity = 2; // still row version 1
        auto stale = p.diary.update(p.therapist, row);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().code == ErrorCode::Conflict);
        CHECK(p.diary.entries(p.therapist, p.ines)->constFirst().peakIntensity == 5);
        CHECK(p.diary.remove(p.therapist, row.id, 1).error().code == ErrorCode::Conflict);
    }
    SECTION("removing with the current version deletes it, audited")
    {
        REQUIRE(p.diary.remove(p.therapist, row.id, 2).ok());
        CHECK(p.diary.entries(p.therapist, p.ines)->isEmpty());
        const auto audit = p.audit(QStringLiteral("diary"), p.ines);
        QStringList details;
        for (const AuditEntry &entry : audit)
            details << entry.event.detail;
        CHECK(details.contains(QStringLiteral("row added")));
        CHECK(details.contains(QStringLiteral("row changed")));
        CHECK(details.contains(QStringLiteral("row removed")));
    }
}

TEST_CASE("a second row on the same date and start time is refused", "[outcomes][diary]")
{
    test::OutcomesPractice p;
    REQUIRE(p.diary.add(p.therapist, fullRow(p.ines, QDate(2026, 2, 14))).ok());
    auto again = p.diary.add(p.therapist, fullRow(p.ines, QDate(2026, 2, 14)));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("2026-02-14 starting at 22:15")));
    // Another attack that day, or the same day for another client, is fine.
    DiaryEntry second = fullRow(p.ines, QDate(2026, 2, 14));
    second.start = QTime(9, 0);
    second.end.reset();
    CHECK(p.diary.add(p.therapist, second).ok());
    CHECK(p.diary.add(p.therapist, fullRow(p.jamal, QDate(2026, 2, 14))).ok());
}

TEST_CASE("saving a month replaces its rows in one step", "[outcomes][diary]")
{
    test::OutcomesPractice p;
    auto saved = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), february(p.ines));
    REQUIRE(saved.ok());
    CHECK(saved->added == 28);
    CHECK(saved->rows() == 28);
    // A row just outside the month stays where it is.
    REQUIRE(p.diary.add(p.therapist, test::OutcomesPractice::day(p.ines, QDate(2026, 1, 31))).ok());

    QList<DiaryEntry> rows = p.diary.month(p.therapist, p.ines, QDate(2026, 2, 17)).value();
    REQUIRE(rows.size() == 28);
    rows[2].peakIntensity = 3; // 3 Feb: headache-free with intensity → not allowed; make it one
    rows[2].headache = true;
    rows[2].start = QTime(7, 30);
    rows.removeAt(10); // 11 Feb
    DiaryEntry extra = test::OutcomesPractice::day(p.ines, QDate(2026, 2, 20), true, 9);
    extra.start = QTime(18, 0);
    rows << extra;
    saved = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 28), rows);
    REQUIRE(saved.ok());
    CHECK(saved->added == 1);
    CHECK(saved->changed == 1);
    CHECK(saved->removed == 1);
    CHECK(saved->unchanged == 26);
    CHECK(saved->rows() == 28);

    const QList<DiaryEntry> stored = p.diary.entries(p.therapist, p.ines).value();
    CHECK(stored.size() == 29);
    CHECK(stored.constFirst().date == QDate(2026, 1, 31));
    // Rows left as they were keep their version; the changed one moved on.
    for (const DiaryEntry &entry : stored) {
        if (entry.date == QDate(2026, 2, 3))
            CHECK(entry.rowVersion == 2);
        else
            CHECK(entry.rowVersion == 1);
    }

    const auto audit = p.audit(QStringLiteral("diary"), p.ines);
    QStringList details;
    for (const AuditEntry &entry : audit)
        details << entry.event.detail;
    CHECK(details.contains(QStringLiteral("month 2026-02 saved, 28 rows (28 added, 0 changed, 0 "
                                          "removed)")));
    CHECK(details.contains(QStringLiteral("month 2026-02 saved, 28 rows (1 added, 1 changed, 1 "
                                          "removed)")));
}

TEST_CASE("a month with one bad row saves nothing", "[outcomes][diary]")
{
    test::OutcomesPractice p;
    REQUIRE(p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), february(p.ines)).ok());
    const QList<DiaryEntry> before = p.diary.entries(p.therapist, p.ines).value();
    const int auditRowsBefore = int(p.audit(QStringLiteral("diary"), p.ines).size());

    QList<DiaryEntry> rows = before;
    rows[0].stress = 4; // a good change
    rows << test::OutcomesPractice::day(p.ines, QDate(2026, 2, 27), true, 6); // a second attack
    rows.last().start = QTime(20, 0);

    SECTION("an intensity off the scale")
    {
        rows[14].headache = true;
        rows[14].start = QTime(9, 0);
        rows[14].peakIntensity = 11;
        auto refused = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), rows);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("peakIntensity"));
        CHECK(refused.error().message.startsWith(QStringLiteral("2026-02-15: Peak intensity")));
        CHECK(refused.error().message.contains(QStringLiteral("Nothing in the month was saved")));
    }
    SECTION("a row of another month")
    {
        rows << test::OutcomesPractice::day(p.ines, QDate(2026, 3, 1));
        auto refused = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), rows);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("date"));
    }
    SECTION("two rows of one day without a start time")
    {
        rows << test::OutcomesPractice::day(p.ines, QDate(2026, 2, 9));
        auto refused = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), rows);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("start"));
    }
    SECTION("a row changed elsewhere since the month was read")
    {
        DiaryEntry elsewhere = before.at(5);
        elsewhere.sleepHours = 8;
        REQUIRE(p.diary.update(p.owner, elsewhere).ok());
        auto refused = p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), rows);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        rows[5] = p.diary.entries(p.therapist, p.ines, QDate(2026, 2, 6), QDate(2026, 2, 6))
                          ->constFirst();
        rows[5].sleepHours.reset();
        CHECK(p.diary.replaceMonth(p.therapist, p.ines, QDate(2026, 2, 1), rows).ok());
        return;
    }
    CHECK(p.diary.entries(p.therapist, p.ines).value() == before);
    CHECK(p.audit(QStringLiteral("diary"), p.ines).size() == auditRowsBefore + 1); // the read
}

TEST_CASE("the front desk may not read or write a diary, and is recorded trying",
          "[outcomes][diary][security]")
{
    test::OutcomesPractice p;
    REQUIRE(p.diary.replaceMonth(p.owner, p.ines, QDate(2026, 2, 1), february(p.ines)).ok());

    auto read = p.diary.entries(p.desk, p.ines);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::Denied);
    auto month = p.diary.month(p.desk, p.ines, QDate(2026, 2, 1));
    CHECK(month.error().code == ErrorCode::Denied);
    CHECK(p.diary.add(p.desk, test::OutcomesPractice::day(p.ines, QDate(2026, 3, 1))).error().code
          == ErrorCode::Denied);
    CHECK(p.diary.replaceMonth(p.desk, p.ines, QDate(2026, 2, 1), {}).error().code
          == ErrorCode::Denied);
    CHECK(p.diary.remove(p.desk, 1, 1).error().code == ErrorCode::Denied);
    CHECK(p.progress.clientProgress(p.desk, p.ines).error().code == ErrorCode::Denied);
    CHECK(p.auditRows(QStringLiteral("clinical.read"), true) == 3);
    CHECK(p.auditRows(QStringLiteral("clinical.write"), true) == 3);
    // Nothing changed: February is whole.
    CHECK(p.diary.entries(p.therapist, p.ines)->size() == 28);
}

TEST_CASE("every diary read and write is audited without what the rows say",
          "[outcomes][diary][security]")
{
    test::OutcomesPractice p;
    REQUIRE(p.diary.add(p.therapist, fullRow(p.ines, QDate(2026, 2, 14))).ok());
    REQUIRE(p.diary.entries(p.owner, p.ines, QDate(2026, 2, 1), QDate(2026, 2, 28)).ok());
    const auto audit = p.audit(QStringLiteral("diary"), p.ines);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0).event.operation == QStringLiteral("clinical.write"));
    CHECK(audit.at(0).event.username == p.therapist.username);
    CHECK(audit.at(0).event.recordId > 0);
    CHECK(audit.at(1).event.operation == QStringLiteral("clinical.read"));
    CHECK(audit.at(1).event.detail == QStringLiteral("read 2026-02-01 to 2026-02-28, 1 rows"));
    for (const AuditEntry &entry : audit) {
        for (const char *secret : { "Sumatriptan", "stress", "Dark room", "22:15" })
            CHECK_FALSE(entry.event.detail.contains(QLatin1String(secret)));
    }
}

TEST_CASE("the diary validator names the field of each problem at the boundaries",
          "[outcomes][diary][validation]")
{
    const QDate today(2026, 3, 2);
    DiaryEntry entry = test::OutcomesPractice::day(1, today, true, 0);
    CHECK(DiaryValidator::validate(entry, today).isEmpty());

    SECTION("date: today is fine, tomorrow and no date are refused")
    {
        entry.date = today.addDays(1);
        CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("date")));
        entry.date = QDate();
        CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("date")));
    }
    SECTION("intensity 0..10")
    {
        for (int value : { 0, 10 }) {
            entry.peakIntensity = value;
            CHECK(DiaryValidator::validate(entry, today).isEmpty());
        }
        for (int value : { -1, 11 }) {
            entry.peakIntensity = value;
            CHECK(hasField(DiaryValidator::validate(entry, today),
                           QStringLiteral("peakIntensity")));
        }
    }
    SECTION("stress 0..10")
    {
        for (int value : { 0, 10 }) {
            entry.stress = value;
            CHECK(DiaryValidator::validate(entry, today).isEmpty());
        }
        for (int value : { -1, 11 }) {
            entry.stress = value;
            CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("stress")));
        }
    }
    SECTION("sleep 0..24 hours")
    {
        for (double value : { 0.0, 24.0 }) {
            entry.sleepHours = value;
            CHECK(DiaryValidator::validate(entry, today).isEmpty());
        }
        for (double value : { -0.5, 24.5 }) {
            entry.sleepHours = value;
            CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("sleepHours")));
        }
    }
    SECTION("a medication needs a name")
    {
        entry.medications = { DiaryMedication{ QStringLiteral("Sumatriptan"), {}, {}, {}, {} },
                              DiaryMedication{
                                      QStringLiteral("  "), QStringLiteral("50 mg"), {}, {}, {} } };
        const auto errors = DiaryValidator::validate(entry, today);
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().field == QStringLiteral("medications.2.name"));
    }
    SECTION("an end needs a start")
    {
        entry.start.reset();
        entry.end = QTime(10, 0);
        CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("end")));
        entry.start = QTime(9, 0);
        CHECK(DiaryValidator::validate(entry, today).isEmpty());
    }
    SECTION("a headache-free day has no start and no intensity above 0")
    {
        entry.headache = false;
        CHECK(hasField(DiaryValidator::validate(entry, today), QStringLiteral("headache")));
        entry.start.reset();
        entry.peakIntensity = 0;
        CHECK(DiaryValidator::validate(entry, today).isEmpty());
    }
    SECTION("the service refuses what the validator refuses, naming the field")
    {
        test::OutcomesPractice p;
        DiaryEntry bad = test::OutcomesPractice::day(p.ines, QDate(2026, 2, 1), true, 12);
        auto refused = p.diary.add(p.therapist, bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("peakIntensity"));
        CHECK(p.diary.entries(p.therapist, p.ines)->isEmpty());
    }
}

TEST_CASE("the schema refuses diary rows that break its rules", "[outcomes][diary][schema]")
{
    test::OutcomesPractice p;
    QSqlQuery q(p.t.db().connection());
    const auto insert = [&](const QString &values) {
        return q.exec(QStringLiteral("INSERT INTO diary_entries (client_id, entry_date, headache, "
                                     "start_time, end_time, peak_intensity, stress, sleep_hours, "
                                     "aura, medications, created_at, updated_at) VALUES (")
                      + values + QStringLiteral(", 'now', 'now')"));
    };
    const QString client = QString::number(p.ines);
    CHECK(insert(client
                 + QStringLiteral(", '2026-02-01', 1, '08:00', '09:00', 10, 0, 24, 'yes', "
                                  "'[]'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-02', 1, NULL, '09:00', 5, 0, 8, "
                                        "NULL, '[]'"))); // end without start
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-03', 1, '08:00', NULL, 11, 0, 8, "
                                        "NULL, '[]'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-04', 1, '08:00', NULL, 5, 11, 8, "
                                        "NULL, '[]'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-05', 1, '8am', NULL, 5, 1, 8, NULL, "
                                        "'[]'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-06', 1, '08:00', NULL, 5, 1, 8, "
                                        "'maybe', '[]'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-07', 1, '08:00', NULL, 5, 1, 8, "
                                        "NULL, '{}'")));
    CHECK_FALSE(insert(client
                       + QStringLiteral(", '2026-02-01', 1, '08:00', NULL, 5, 1, 8, "
                                        "NULL, '[]'"))); // same date and start
    CHECK_FALSE(insert(QStringLiteral("999999, '2026-02-08', 0, NULL, NULL, NULL, NULL, NULL, "
                                      "NULL, '[]'"))); // no such client
    // The row version moves by one on every update.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE diary_entries SET stress = 2")));
    CHECK(q.exec(QStringLiteral("UPDATE diary_entries SET stress = 2, row_version = row_version "
                                "+ 1")));
}
