// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryImport.h"
#include "core/outcomes/DiaryImportService.h"
#include "core/outcomes/DiaryRepository.h"
#include "tests/core/outcomes/OutcomesPractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(STILLPOINT_TEST_DATA_DIR "/diary/") + QLatin1String(name);
}

CsvTable table(const char *name)
{
    auto read = CsvReader::readFile(dataFile(name));
    REQUIRE(read.ok());
    return read.value();
}

CsvTable tableOf(const QByteArray &text)
{
    auto read = CsvReader::read(text);
    REQUIRE(read.ok());
    return read.value();
}

const DiaryImportRow &rowAt(const DiaryImportPreview &preview, int line)
{
    for (const DiaryImportRow &row : preview.rows) {
        if (row.line == line)
            return row;
    }
    FAIL("no row on line " << line);
    return preview.rows.constFirst();
}

} // namespace

TEST_CASE("diary headers are recognised by their common names", "[outcomes][import]")
{
    const QStringList header{ QStringLiteral("Date"),         QStringLiteral("Time started"),
                              QStringLiteral("Ended"),        QStringLiteral("Pain (0-10)"),
                              QStringLiteral("Where"),        QStringLiteral("Meds"),
                              QStringLiteral("Dosage"),       QStringLiteral("Taken at"),
                              QStringLiteral("Did it help?"), QStringLiteral("Suspected triggers"),
                              QStringLiteral("Period"),       QStringLiteral("Hours slept"),
                              QStringLiteral("Stress level"), QStringLiteral("What helped"),
                              QStringLiteral("Missed work"),  QStringLiteral("Photophobia"),
                              QStringLiteral("Noise"),        QStringLiteral("Weather today") };
    const DiaryImportMapping mapping = DiaryImportMapping::guess(header);
    const QList<DiaryColumn> expected{
        DiaryColumn::Date,
        DiaryColumn::Start,
        DiaryColumn::End,
        DiaryColumn::Intensity,
        DiaryColumn::Location,
        DiaryColumn::Medication,
        DiaryColumn::Dose,
        DiaryColumn::MedicationTime,
        DiaryColumn::MedicationHelped,
        DiaryColumn::Triggers,
        DiaryColumn::Menstruation,
        DiaryColumn::Sleep,
        DiaryColumn::Stress,
        DiaryColumn::WhatHelped,
        DiaryColumn::DayMissed,
        DiaryColumn::LightSensitivity,
        DiaryColumn::SoundSensitivity,
        DiaryColumn::Ignore,
    };
    for (int i = 0; i < header.size(); ++i) {
        INFO(header.at(i).toStdString());
        CHECK(mapping.column(i) == expected.at(i));
    }
    CHECK(mapping.problems().isEmpty());
    CHECK_FALSE(DiaryImportMapping::guess({ QStringLiteral("Pain") }).problems().isEmpty());
}

TEST_CASE("diary cells are read in the forms people write them", "[outcomes][import]")
{
    for (const char *yes : { "yes", "Y", "1", "true", "x", "Ja", " oui " })
        CHECK(DiaryImport::parseAnswer(QString::fromLatin1(yes)) == Answer::Yes);
    for (const char *no : { "no", "n", "0", "FALSE", "nein", "non" })
        CHECK(DiaryImport::parseAnswer(QString::fromLatin1(no)) == Answer::No);
    for (const char *blank : { "", " ", "-", "?", "n/a" })
        CHECK(DiaryImport::parseAnswer(QString::fromLatin1(blank)) == Answer::Unknown);
    CHECK_FALSE(DiaryImport::parseAnswer(QStringLiteral("sometimes")).has_value());

    const auto time = [](const char *text) {
        return DiaryImport::parseTime(QString::fromLatin1(text), QStringLiteral("Start"));
    };
    CHECK(time("14:30").value() == QTime(14, 30));
    CHECK(time("9:05").value() == QTime(9, 5));
    CHECK(time("2:15 pm").value() == QTime(14, 15));
    CHECK(time("12am").value() == QTime(0, 0));
    CHECK(time("12 p.m.").value() == QTime(12, 0));
    CHECK(time("1430").value() == QTime(14, 30));
    CHECK(time("9.15").value() == QTime(9, 15));
    CHECK(time("21:30:00").value() == QTime(21, 30));
    CHECK_FALSE(time("").value().has_value());
    CHECK_FALSE(time("25:00").ok());
    CHECK_FALSE(time("13pm").ok());
    CHECK(time("noon").error().message.contains(QStringLiteral("Start \"noon\"")));

    CHECK(DiaryImport::medicationKind(QStringLiteral("Sumatriptan"))
          == AcuteMedicationKind::Triptan);
    CHECK(DiaryImport::medicationKind(QStringLiteral("Maxalt 10mg"))
          == AcuteMedicationKind::Triptan);
    CHECK(DiaryImport::medicationKind(QStringLiteral("ibuprofen"))
          == AcuteMedicationKind::SimpleAnalgesic);
    CHECK(DiaryImport::medicationKind(QStringLiteral("Tylenol"))
          == AcuteMedicationKind::SimpleAnalgesic);
    CHECK(DiaryImport::medicationKind(QStringLiteral("Naproxen/sumatriptan"))
          == AcuteMedicationKind::Combination);
    CHECK(DiaryImport::medicationKind(QStringLiteral("Excedrin"))
          == AcuteMedicationKind::Combination);
    CHECK(DiaryImport::medicationKind(QStringLiteral("Codeine")) == AcuteMedicationKind::Other);

    CHECK(DiaryImport::splitList(QStringLiteral(" stress; Red wine |weather; "))
          == QStringList{ QStringLiteral("stress"), QStringLiteral("Red wine"),
                          QStringLiteral("weather") });
    CHECK(DiaryImport::triggerKey(QStringLiteral("Stress")) == QStringLiteral("stress"));
    CHECK(DiaryImport::triggerKey(QStringLiteral("red wine")) == QStringLiteral("alcohol"));
    CHECK(DiaryImport::triggerKey(QStringLiteral("Weather or barometric change"))
          == QStringLiteral("weather"));
    CHECK(DiaryImport::triggerKey(QStringLiteral("  Zoë's   party "))
          == QStringLiteral("Zoë's party"));
}

TEST_CASE("a broken row is reported with its line number and nothing is imported",
          "[outcomes][import]")
{
    test::OutcomesPractice p;
    DiaryImportService service(p.t.db(), p.clock);
    const CsvTable file = table("broken_rows.csv");
    auto preview =
            service.preview(p.therapist, p.ines, file, DiaryImportMapping::guess(file.header));
    REQUIRE(preview.ok());
    CHECK(preview->count(DiaryImportStatus::New) == 2);
    CHECK(preview->count(DiaryImportStatus::Bad) == 4);
    CHECK_FALSE(preview->canImport());
    CHECK(rowAt(*preview, 4).field == QStringLiteral("peakIntensity"));
    CHECK(rowAt(*preview, 4).reason.contains(QStringLiteral("12 was entered")));
    CHECK(rowAt(*preview, 5).field == QStringLiteral("start"));
    CHECK(rowAt(*preview, 5).reason.contains(QStringLiteral("Start \"25:00\"")));
    CHECK(rowAt(*preview, 6).field == QStringLiteral("end"));
    CHECK(rowAt(*preview, 7).field == QStringLiteral("date"));
    CHECK(rowAt(*preview, 7).reason.contains(QStringLiteral("2026-02-30")));

    auto imported = service.importEntries(p.therapist, preview.value());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("nothing was imported")));
    CHECK(DiaryRepository(p.t.db(), p.clock).entries(p.ines)->isEmpty());
}

TEST_CASE("a bad row after a quoted line break is reported on the line its record starts",
          "[outcomes][import]")
{
    test::OutcomesPractice p;
    DiaryImportService service(p.t.db(), p.clock);
    const CsvTable file = table("multiline_bad.csv");
    auto preview =
            service.preview(p.therapist, p.ines, file, DiaryImportMapping::guess(file.header));
    REQUIRE(preview.ok());
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->rows.at(0).status == DiaryImportStatus::New);
    CHECK(preview->rows.at(0).entry.whatHelped == QStringLiteral("Dark room,\nthen a long sleep"));
    CHECK(preview->rows.at(1).line == 4);
    const DiaryImportRow &bad = preview->rows.at(2);
    CHECK(bad.line == 5);
    CHECK(bad.status == DiaryImportStatus::Bad);
    CHECK(bad.field == QStringLiteral("stress"));
    CHECK(bad.reason.contains(QStringLiteral("Stress \"eleven\"")));
    CHECK(preview->rows.at(0).entry.date == QDate(2026, 1, 13)); // day first, from 13/01
    CHECK_FALSE(service.importEntries(p.therapist, preview.value()).ok());
    CHECK(DiaryRepository(p.t.db(), p.clock).entries(p.ines)->isEmpty());
}

TEST_CASE("a year of diary imports in one step", "[outcomes][import]")
{
    test::OutcomesPractice p;
    DiaryImportService service(p.t.db(), p.clock);
    const CsvTable file = table("year.csv");
    REQUIRE(file.records.size() == 375);
    auto preview =
            service.preview(p.therapist, p.ines, file, DiaryImportMapping::guess(file.header));
    REQUIRE(preview.ok());
    for (const DiaryImportRow &row : preview->rows) {
        INFO("line " << row.line << ": " << row.reason.toStdString());
        CHECK(row.status == DiaryImportStatus::New);
    }
    CHECK(preview->dateOrder == DateOrder::DayMonthYear);
    REQUIRE(preview->canImport());

    auto imported = service.importEntries(p.therapist, preview.value());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 375);
    const QList<DiaryEntry> stored = DiaryRepository(p.t.db(), p.clock).entries(p.ines).value();
    REQUIRE(stored.size() == 375);
    CHECK(stored.constFirst().date == QDate(2025, 3, 1));
    CHECK(stored.constLast().date == QDate(2026, 2, 28));
    CHECK(std::count_if(stored.cbegin(), stored.cend(),
                        [](const DiaryEntry &e) { return e.headache; })
          == 109);
    for (const DiaryEntry &entry : stored)
        CHECK(entry.source == DiarySource::Import);
    // Sleep written with a decimal comma, and a first row with nothing but the basics.
    CHECK(stored.at(2).sleepHours == 6.5);
    CHECK_FALSE(stored.at(0).headache);
    CHECK(stored.at(0).menstruation == Answer::No);

    // One audit row for the whole import, with the count and the dates only.
    QStringList details;
    for (const AuditEntry &entry : p.audit(QStringLiteral("diary"), p.ines))
        details << entry.event.detail;
    CHECK(details.contains(QStringLiteral("CSV import, 375 rows (2025-03-01 to 2026-02-28)")));
    CHECK(details.contains(QStringLiteral("CSV import preview, 375 rows in the file")));

    SECTION("importing the same file again finds only duplicates and adds nothing")
    {
        auto again =
                service.preview(p.therapist, p.ines, file, DiaryImportMapping::guess(file.header));
        REQUIRE(again.ok());
        CHECK(again->count(DiaryImportStatus::Duplicate) == 375);
        CHECK(again->count(DiaryImportStatus::New) == 0);
        CHECK(again->rows.constFirst().reason
              == QStringLiteral("The diary already has a row on 2025-03-01 without a start "
                                "time; skipped."));
        CHECK(again->rows.constFirst().duplicateOfEntryId == stored.constFirst().id);
        CHECK(service.importEntries(p.therapist, again.value()).value() == 0);
        CHECK(DiaryRepository(p.t.db(), p.clock).entries(p.ines)->size() == 375);
    }
}

TEST_CASE("rows repeating a stored row or an earlier line are duplicates, not doubled",
          "[outcomes][import]")
{
    test::OutcomesPractice p;
    DiaryEntry stored = test::OutcomesPractice::day(p.ines, QDate(2026, 1, 5), true, 6);
    stored.start = QTime(18, 0);
    p.store({ stored });
    DiaryImportService service(p.t.db(), p.clock);
    const CsvTable file = table("duplicates.csv");
    auto preview =
            service.preview(p.therapist, p.ines, file, DiaryImportMapping::guess(file.header));
    REQUIRE(preview.ok());
    CHECK(rowAt(*preview, 2).status == DiaryImportStatus::New);
    CHECK(rowAt(*preview, 3).status == DiaryImportStatus::Duplicate);
    CHECK(rowAt(*preview, 3).reason
          == QStringLiteral("The diary already has a row on 2026-01-05 starting at 18:00; "
                            "skipped."));
    CHECK(rowAt(*preview, 4).status == DiaryImportStatus::New);
    CHECK(rowAt(*preview, 5).status == DiaryImportStatus::Duplicate);
    CHECK(rowAt(*preview, 5).duplicateOfLine == 2);
    CHECK(rowAt(*preview, 6).duplicateOfLine == 4);
    REQUIRE(preview->canImport());

    SECTION("imported: only the new rows")
    {
        CHECK(service.importEntries(p.therapist, preview.value()).value() == 2);
        CHECK(DiaryRepository(p.t.db(), p.clock).entries(p.ines)->size() == 3);
    }
    SECTION("a row stored since the preview stops the import")
    {
        p.store({ test::OutcomesPractice::day(p.ines, QDate(2026, 1, 6)) });
        auto refused = service.importEntries(p.therapist, preview.value());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("line 4")));
        CHECK(DiaryRepository(p.t.db(), p.clock).entries(p.ines)->size() == 2);
    }
}

TEST_CASE("a Latin-1, semicolon-separated diary with day.month.year dates imports",
          "[outcomes][import]")
{
    test::OutcomesPractice p;
    const CsvTable file = table("latin1_semicolon.csv");
    CHECK(file.encoding == TextEncoding::Latin1);
    const DiaryImportPreview preview = DiaryImport::preview(
            file, DiaryImportMapping::guess(file.header), p.ines, {}, p.clock.today());
    REQUIRE(preview.canImport());
    REQUIRE(preview.rows.size() == 2);
    const DiaryEntry &first = preview.rows.at(0).entry;
    CHECK(first.date == QDate(2026, 1, 12));
    CHECK(first.headache);
    CHECK(first.peakIntensity == 7);
    REQUIRE(first.medications.size() == 1);
    CHECK(first.medications.constFirst().name == QStringLiteral("Ibuprofen"));
    CHECK(first.medications.constFirst().dose == QStringLiteral("400 mg"));
    CHECK(first.medications.constFirst().kind == AcuteMedicationKind::SimpleAnalgesic);
    CHECK(first.triggers == QStringList{ QStringLiteral("stress"), QStringLiteral("café") });
    CHECK(first.whatHelped == QStringLiteral("Tee und Ruhe, Kälte"));
    CHECK(first.dayMissed == Answer::Yes);
    CHECK_FALSE(preview.rows.at(1).entry.headache);
    CHECK(preview.rows.at(1).entry.dayMissed == Answer::No);
}

TEST_CASE("diary import edge cases", "[outcomes][import]")
{
    const QDate today(2026, 3, 2);
    SECTION("dates that read both ways need the order chosen")
    {
        const CsvTable file = tableOf("Date,Pain\n03/01/2026,4\n02/01/2026,0\n");
        DiaryImportMapping mapping = DiaryImportMapping::guess(file.header);
        DiaryImportPreview preview = DiaryImport::preview(file, mapping, 1, {}, today);
        REQUIRE(preview.problems.size() == 1);
        CHECK(preview.problems.constFirst().field == QStringLiteral("dateOrder"));
        CHECK_FALSE(preview.canImport());
        mapping.setDateOrder(DateOrder::MonthDayYear);
        preview = DiaryImport::preview(file, mapping, 1, {}, today);
        REQUIRE(preview.canImport());
        CHECK(preview.rows.constFirst().entry.date == QDate(2026, 3, 1));
    }
    SECTION("a future date, a missing date and surplus fields are bad rows")
    {
        const CsvTable file = tableOf("Date,Pain\n2026-03-03,4\n,0\n2026-03-01,0,extra\n");
        const DiaryImportPreview preview =
                DiaryImport::preview(file, DiaryImportMapping::guess(file.header), 1, {}, today);
        CHECK(preview.count(DiaryImportStatus::Bad) == 3);
        CHECK(preview.rows.at(0).field == QStringLiteral("date"));
        CHECK(preview.rows.at(0).reason.contains(QStringLiteral("after today")));
        CHECK(preview.rows.at(1).reason.contains(QStringLiteral("The date is missing")));
        CHECK(preview.rows.at(2).reason.contains(QStringLiteral("needs quotes")));
    }
    SECTION("doses without a medication name the missing medication")
    {
        const CsvTable file = tableOf("Date,Pain,Medication,Dose\n2026-03-01,5,,50 mg\n"
                                      "2026-02-28,5,Sumatriptan,50 mg; 100 mg\n");
        const DiaryImportPreview preview =
                DiaryImport::preview(file, DiaryImportMapping::guess(file.header), 1, {}, today);
        CHECK(preview.rows.at(0).field == QStringLiteral("medications.1.name"));
        CHECK(preview.rows.at(1).field == QStringLiteral("medications.2.name"));
    }
    SECTION("a headache column decides; without one a row with pain is a headache")
    {
        const CsvTable file = tableOf("Date,Headache,Pain\n2026-03-01,no,0\n2026-02-28,yes,\n"
                                      "2026-02-27,,3\n2026-02-26,,\n");
        const DiaryImportPreview preview =
                DiaryImport::preview(file, DiaryImportMapping::guess(file.header), 1, {}, today);
        REQUIRE(preview.canImport());
        CHECK_FALSE(preview.rows.at(0).entry.headache);
        CHECK(preview.rows.at(1).entry.headache);
        CHECK(preview.rows.at(2).entry.headache);
        CHECK_FALSE(preview.rows.at(3).entry.headache);
    }
}
