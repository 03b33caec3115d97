// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvExportService.h"

#include "core/exchange/CsvReader.h"
#include "core/security/AuditTrail.h"
#include "tests/core/exchange/ExportFixture.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// The CSV file's rows by appointment number, each as header → cell.
QHash<qint64, QHash<QString, QString>> rowsOf(const QString &path)
{
    auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    REQUIRE(table->header == CsvExportService::appointmentHeader());
    QHash<qint64, QHash<QString, QString>> rows;
    for (const CsvRecord &record : table->records) {
        QHash<QString, QString> cells;
        for (qsizetype i = 0; i < table->header.size(); ++i)
            cells.insert(table->header.at(i), record.fields.value(i));
        rows.insert(cells.value(QStringLiteral("Appointment number")).toLongLong(), cells);
    }
    return rows;
}

} // namespace

TEST_CASE("the owner exports every appointment, cancelled and missed ones included, in the "
          "practice's wall-clock time",
          "[exchange][export][appointments]")
{
    test::ExportFixture f;
    CsvExportService exports(f.p.t.db(), f.p.clock);
    const QString path = f.path(QStringLiteral("appointments.csv"));
    const auto written = exports.exportAppointments(f.p.owner, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 4);
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    const auto rows = rowsOf(path);
    REQUIRE(rows.size() == 4);
    // Friday 27 February 10:00 in Berlin is 09:00 UTC: the file says 10:00.
    const auto completed = rows.value(f.inesCompleted.id);
    CHECK(completed.value(QStringLiteral("Date")) == QStringLiteral("2026-02-27"));
    CHECK(completed.value(QStringLiteral("Start")) == QStringLiteral("10:00"));
    CHECK(completed.value(QStringLiteral("End")) == QStringLiteral("11:00"));
    CHECK(completed.value(QStringLiteral("Therapist")) == QStringLiteral("Theo"));
    CHECK(completed.value(QStringLiteral("Room")) == QStringLiteral("Room 1"));
    CHECK(completed.value(QStringLiteral("Type")) == QStringLiteral("Treatment 60 min"));
    CHECK(completed.value(QStringLiteral("Client number")) == QString::number(f.p.ines));
    CHECK(completed.value(QStringLiteral("Given name")) == QStringLiteral("Inés"));
    CHECK(completed.value(QStringLiteral("Family name")) == QStringLiteral("Duarte"));
    CHECK(completed.value(QStringLiteral("Status")) == QStringLiteral("completed"));
    CHECK(completed.value(QStringLiteral("Booked by")) == QStringLiteral("Frankie Desk"));
    CHECK(completed.value(QStringLiteral("Price")) == QStringLiteral("90.00"));
    CHECK(completed.value(QStringLiteral("Cancelled by")).isEmpty());

    const auto cancelled = rows.value(f.inesCancelled.id);
    CHECK(cancelled.value(QStringLiteral("Status")) == QStringLiteral("cancelled"));
    CHECK(cancelled.value(QStringLiteral("Cancelled by")) == QStringLiteral("client"));
    CHECK(cancelled.value(QStringLiteral("Cancellation reason"))
          == test::ExportFixture::cancelReason);
    CHECK(cancelled.value(QStringLiteral("Late cancellation")) == QStringLiteral("yes"));

    CHECK(rows.value(f.jamalBooked.id).value(QStringLiteral("Status"))
          == QStringLiteral("no-show"));

    // The desk note reads back as text: the apostrophe keeps a spreadsheet from running it.
    CHECK(rows.value(f.inesWithDeskNote.id).value(QStringLiteral("Desk notes"))
          == QStringLiteral("'") + test::ExportFixture::deskFormula);
    CHECK(f.contents(path).contains("'=cmd|' /C calc'!A0"));

    // Nothing clinical: no note, intake or red-flag text.
    const QByteArray bytes = f.contents(path);
    CHECK_FALSE(bytes.contains(test::ExportFixture::inesNoteText.toUtf8()));
    CHECK_FALSE(bytes.contains(test::ExportFixture::clearReason.toUtf8()));

    const auto rowsAudited = f.audit(QStringLiteral("data.export"));
    REQUIRE(rowsAudited.size() == 1);
    CHECK(rowsAudited.constFirst().event.recordType == QStringLiteral("appointments"));
    CHECK(rowsAudited.constFirst().event.detail == QStringLiteral("appointments CSV, 4 rows"));
}

TEST_CASE("the therapist and the front desk may not export appointments, and nothing is written",
          "[exchange][export][appointments]")
{
    test::ExportFixture f;
    CsvExportService exports(f.p.t.db(), f.p.clock);
    for (const Session &session : { f.p.therapist, f.p.desk }) {
        const QString path = f.path(QStringLiteral("appointments-%1.csv").arg(session.username));
        const auto refused = exports.exportAppointments(session, path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Denied);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    const auto audited = f.audit(QStringLiteral("data.export"));
    REQUIRE(audited.size() == 2);
    for (const AuditEntry &entry : audited)
        CHECK(entry.event.outcome == AuditOutcome::Denied);
}

TEST_CASE("an appointment export that cannot be written leaves no file and no audit row",
          "[exchange][export][appointments]")
{
    test::ExportFixture f;
    const QString path = f.path(QStringLiteral("missing/appointments.csv"));
    const auto failed = CsvExportService(f.p.t.db(), f.p.clock).exportAppointments(f.p.owner, path);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(f.audit(QStringLiteral("data.export")).isEmpty());
}
