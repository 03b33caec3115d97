// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientRecordExport.h"
#include "core/outcomes/DiaryRepository.h"

#include "core/security/AuditTrail.h"
#include "tests/core/exchange/ExportFixture.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// Every file in a folder, hidden ones (temporary files) included.
QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

int auditRowCount(Database &db)
{
    AuditFilter filter;
    filter.limit = 100000;
    return static_cast<int>(AuditTrail(db).entries(filter)->size());
}

} // namespace

TEST_CASE("a client's complete record is one JSON file and one PDF, with nothing about other "
          "clients",
          "[exchange][export][client-record]")
{
    test::ExportFixture f;
    test::FakePdfWriter pdf;
    QTemporaryDir folder;
    // A diary row for Inés and one for Jamal, which must stay out of her record.
    DiaryRepository diaries(f.p.t.db(), f.p.clock);
    DiaryEntry attack;
    attack.clientId = f.p.ines;
    attack.date = QDate(2026, 2, 14);
    attack.start = QTime(7, 30);
    attack.end = QTime(13, 0);
    attack.peakIntensity = 7;
    attack.nausea = Answer::Yes;
    attack.triggers = { QStringLiteral("poor-sleep") };
    DiaryMedication dose;
    dose.name = QStringLiteral("rizatriptan");
    dose.dose = QStringLiteral("10 mg");
    dose.kind = AcuteMedicationKind::Triptan;
    attack.medications = { dose };
    REQUIRE(diaries.insert(attack, { 0, QStringLiteral("Olivia Owner") }).ok());
    DiaryEntry jamalDay = attack;
    jamalDay.clientId = f.p.jamal;
    jamalDay.medications.first().name = QStringLiteral("jamal-only-medication");
    REQUIRE(diaries.insert(jamalDay, { 0, QStringLiteral("Olivia Owner") }).ok());
    const int rowsBefore = auditRowCount(f.p.t.db());
    const auto written = ClientRecordExport(f.p.t.db(), f.p.clock)
                                 .write(f.p.owner, f.p.ines, folder.path(), pdf.writer());
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(written->jsonPath
          == QDir(folder.path()).filePath(QStringLiteral("client-%1-record.json").arg(f.p.ines)));
    CHECK(written->pdfPath
          == QDir(folder.path()).filePath(QStringLiteral("client-%1-record.pdf").arg(f.p.ines)));
    CHECK(everything(folder.path()).size() == 2);
    CHECK(f.contents(written->pdfPath).startsWith("%PDF"));
    for (const QString &file : { written->jsonPath, written->pdfPath })
        CHECK(QFileInfo(file).permissions()
              == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                  | QFileDevice::WriteUser));

    const QByteArray bytes = f.contents(written->jsonPath);
    const QJsonObject root = parse(bytes);
    CHECK(root.value(QStringLiteral("format")) == ClientRecordDocument::formatName());
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(root.value(QStringLiteral("exportedBy")) == QStringLiteral("Olivia Owner"));
    const QJsonObject client = root.value(QStringLiteral("client")).toObject();
    CHECK(client.value(QStringLiteral("id")).toInteger() == f.p.ines);
    CHECK(client.value(QStringLiteral("givenName")) == QStringLiteral("Inés"));
    const QJsonArray intakes = root.value(QStringLiteral("intakes")).toArray();
    REQUIRE(intakes.size() == 1);
    CHECK(intakes.at(0)
                  .toObject()
                  .value(QStringLiteral("content"))
                  .toObject()
                  .contains(QStringLiteral("migraine")));
    CHECK_FALSE(root.value(QStringLiteral("questionnaireAdministrations")).toArray().isEmpty());
    const QJsonArray alerts = root.value(QStringLiteral("redFlagAlerts")).toArray();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.at(0).toObject().value(QStringLiteral("reasonToProceed"))
          == test::ExportFixture::clearReason);
    CHECK(alerts.at(0).toObject().value(QStringLiteral("flags")).toArray().at(0)
          == QStringLiteral("head-neck-injury"));
    const QJsonArray appointments = root.value(QStringLiteral("appointments")).toArray();
    REQUIRE(appointments.size() == 3);
    CHECK(appointments.at(1).toObject().value(QStringLiteral("cancelReason"))
          == test::ExportFixture::cancelReason);
    const QJsonArray notes = root.value(QStringLiteral("sessionNotes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(QStringLiteral("addenda")).toArray().size() == 1);
    const QJsonArray diary = root.value(QStringLiteral("diary")).toArray();
    REQUIRE(diary.size() == 1);
    CHECK(diary.at(0).toObject().value(QStringLiteral("date")) == QStringLiteral("2026-02-14"));
    CHECK(diary.at(0).toObject().value(QStringLiteral("peakIntensity")).toInt() == 7);
    CHECK(diary.at(0).toObject().value(QStringLiteral("nausea")) == QStringLiteral("yes"));
    CHECK(bytes.contains("rizatriptan"));
    CHECK_FALSE(bytes.contains("jamal-only-medication"));
    CHECK(bytes.contains(test::ExportFixture::inesNoteText.toUtf8()));

    // The printout says the same, for people.
    REQUIRE(pdf.printed.size() == 1);
    const QString html = pdf.printed.constFirst().html;
    CHECK(html.contains(QStringLiteral("Client record: Inés Duarte")));
    CHECK(html.contains(test::ExportFixture::clearReason));
    CHECK(html.contains(test::ExportFixture::inesNoteText));
    CHECK(html.contains(test::ExportFixture::addendumText));
    CHECK(html.contains(QStringLiteral("Cancelled late by the client. Car broke down")));
    CHECK(html.contains(QStringLiteral("Trigger point therapy, left upper trapezius, 20 min")));
    CHECK(html.contains(QStringLiteral("Headache diary")));
    CHECK(html.contains(QStringLiteral("rizatriptan 10 mg")));
    CHECK(html.contains(QStringLiteral("07:30–13:00")));
    CHECK(pdf.printed.constFirst().footer.startsWith(QStringLiteral("Inés Duarte")));

    // Nothing of Jamal's in either file.
    for (const QString &other : { QStringLiteral("Jamal"), QStringLiteral("Okafor"),
                                  test::ExportFixture::jamalNoteText }) {
        CHECK_FALSE(bytes.contains(other.toUtf8()));
        CHECK_FALSE(html.contains(other));
    }

    // One audit row, with no content: the parts were not audited as reads one by one.
    CHECK(auditRowCount(f.p.t.db()) == rowsBefore + 1);
    const auto audited = f.audit(QStringLiteral("data.export"));
    REQUIRE(audited.size() == 1);
    const AuditEvent &event = audited.constFirst().event;
    CHECK(event.recordType == QStringLiteral("client-record"));
    CHECK(event.clientId == f.p.ines);
    CHECK(event.outcome == AuditOutcome::Allowed);
    CHECK_FALSE(event.detail.contains(QStringLiteral("Inés")));
}

TEST_CASE("the therapist may export a client's record; the front desk may not",
          "[exchange][export][client-record]")
{
    CHECK(ClientRecordExport::allowedFor(Role::Owner));
    CHECK(ClientRecordExport::allowedFor(Role::Therapist));
    CHECK_FALSE(ClientRecordExport::allowedFor(Role::FrontDesk));

    test::ExportFixture f;
    test::FakePdfWriter pdf;
    ClientRecordExport exporter(f.p.t.db(), f.p.clock);
    QTemporaryDir therapistFolder;
    REQUIRE(exporter.write(f.p.therapist, f.p.jamal, therapistFolder.path(), pdf.writer()).ok());
    CHECK(everything(therapistFolder.path()).size() == 2);

    QTemporaryDir deskFolder;
    const auto refused = exporter.write(f.p.desk, f.p.jamal, deskFolder.path(), pdf.writer());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Denied);
    CHECK(everything(deskFolder.path()).isEmpty());
    CHECK(f.p.auditRows(QStringLiteral("clinical.read"), true) == 1);
}

TEST_CASE("a client's record never replaces files already in the folder",
          "[exchange][export][client-record]")
{
    test::ExportFixture f;
    test::FakePdfWriter pdf;
    QTemporaryDir folder;
    const QString earlier = QDir(folder.path()).filePath(ClientRecordExport::pdfFileName(f.p.ines));
    {
        QFile file(earlier);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("earlier");
    }
    const auto refused = ClientRecordExport(f.p.t.db(), f.p.clock)
                                 .write(f.p.owner, f.p.ines, folder.path(), pdf.writer());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(everything(folder.path()) == QStringList{ ClientRecordExport::pdfFileName(f.p.ines) });
    CHECK(f.contents(earlier) == "earlier");
    CHECK(pdf.printed.isEmpty());
}

TEST_CASE("when the PDF cannot be made, neither file is left", "[exchange][export][client-record]")
{
    test::ExportFixture f;
    test::FakePdfWriter pdf;
    pdf.fail = true;
    QTemporaryDir folder;
    const auto failed = ClientRecordExport(f.p.t.db(), f.p.clock)
                                .write(f.p.owner, f.p.ines, folder.path(), pdf.writer());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("The printer ran out of paper."));
    CHECK(everything(folder.path()).isEmpty());
    CHECK(f.audit(QStringLiteral("data.export")).isEmpty());

    const auto missing =
            ClientRecordExport(f.p.t.db(), f.p.clock)
                    .write(f.p.owner, f.p.ines,
                           QDir(folder.path()).filePath(QStringLiteral("gone")), pdf.writer());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    const auto nobody = ClientRecordExport(f.p.t.db(), f.p.clock)
                                .write(f.p.owner, 999999, folder.path(), pdf.writer());
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::NotFound);
    CHECK(everything(folder.path()).isEmpty());
}

TEST_CASE("the printable record shows what people typed as text, and says when there is nothing",
          "[exchange][export][client-record]")
{
    ClientRecord record;
    record.practiceName = QStringLiteral("Calm <Hands>");
    record.timeZoneId = QStringLiteral("Europe/Berlin");
    record.exportedAtUtc = QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc());
    record.client.id = 7;
    record.client.givenName = QStringLiteral("<script>Ann</script>");
    record.client.familyName = QStringLiteral("Lee & Co");
    record.client.alerts = { ClientAlert{ 1, QStringLiteral("Ground floor"), true } };
    const QString html = ClientRecordDocument::html(record);
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;Ann&lt;/script&gt; Lee &amp; Co")));
    CHECK(html.contains(QStringLiteral("Calm &lt;Hands&gt;")));
    CHECK(html.contains(QStringLiteral("2 March 2026, 07:00")));
    CHECK(html.contains(QStringLiteral("No intake on file.")));
    CHECK(html.contains(QStringLiteral("No session notes.")));
    CHECK(html.contains(QStringLiteral("Ground floor")));

    const QJsonObject root = parse(ClientRecordDocument::json(record));
    CHECK(root.value(QStringLiteral("client")).toObject().value(QStringLiteral("givenName"))
          == QStringLiteral("<script>Ann</script>"));
    CHECK(root.value(QStringLiteral("diary")).isArray());
    CHECK(root.value(QStringLiteral("sessionNotes")).toArray().isEmpty());
}
