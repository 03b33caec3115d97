// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/PracticeExport.h"
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

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// Every key anywhere in a JSON value, lower-cased.
void collectKeys(const QJsonValue &value, QStringList &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys << it.key().toLower();
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

QJsonObject byId(const QJsonArray &array, qint64 id)
{
    for (const QJsonValue &item : array) {
        if (item.toObject().value(QStringLiteral("id")).toInteger() == id)
            return item.toObject();
    }
    FAIL("no item with id " << id);
    return {};
}

} // namespace

TEST_CASE("the owner exports the whole practice as one JSON document, without password hashes "
          "and without the audit trail",
          "[exchange][export][practice]")
{
    test::ExportFixture f;
    DiaryEntry day;
    day.clientId = f.p.jamal;
    day.date = QDate(2026, 2, 20);
    day.headache = false;
    day.sleepHours = 7.5;
    REQUIRE(DiaryRepository(f.p.t.db(), f.p.clock)
                    .insert(day, { 0, QStringLiteral("Olivia Owner") })
                    .ok());
    const QString path = f.path(QStringLiteral("practice.json"));
    const auto written = PracticeExport(f.p.t.db(), f.p.clock).write(f.p.owner, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(written->path == path);
    CHECK(written->users == 3);
    CHECK(written->clients == 3);
    CHECK(written->intakes == 1);
    CHECK(written->appointments == 4);
    CHECK(written->notes == 2);
    CHECK(written->diaryEntries == 1);
    CHECK(QFileInfo(path).size() == written->bytes);
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    const QJsonObject root = parse(f.contents(path));
    CHECK(root.value(QStringLiteral("format")).toString() == PracticeExport::formatName());
    const QJsonArray diary = root.value(QStringLiteral("diaryEntries")).toArray();
    REQUIRE(diary.size() == 1);
    CHECK(diary.at(0).toObject().value(QStringLiteral("sleepHours")).toDouble() == 7.5);
    CHECK(diary.at(0).toObject().value(QStringLiteral("headache")) == false);
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == PracticeExport::FormatVersion);
    CHECK(root.value(QStringLiteral("exportedAt")).toString()
          == QStringLiteral("2026-03-02T06:00:00Z"));
    CHECK(root.value(QStringLiteral("settings"))
                  .toObject()
                  .value(QStringLiteral("practice.timeZone"))
          == QStringLiteral("Europe/Berlin"));
    CHECK(root.value(QStringLiteral("auditTrail"))
                  .toString()
                  .startsWith(QStringLiteral("Not included")));

    QStringList keys;
    collectKeys(root, keys);
    for (const QString &key : std::as_const(keys)) {
        CHECK_FALSE(key.contains(QStringLiteral("password")));
        CHECK_FALSE(key.contains(QStringLiteral("hash")));
    }
    CHECK_FALSE(f.contents(path).contains("not a real hash"));
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    REQUIRE(users.size() == 3);
    CHECK(byId(users, f.p.desk.userId).value(QStringLiteral("role"))
          == QStringLiteral("frontdesk"));

    const QJsonArray clients = root.value(QStringLiteral("clients")).toArray();
    CHECK(byId(clients, f.p.kai).value(QStringLiteral("preferredName")) == QStringLiteral("Kai"));

    const QJsonArray intakes = root.value(QStringLiteral("intakes")).toArray();
    REQUIRE(intakes.size() == 1);
    const QJsonObject intake = intakes.at(0).toObject();
    CHECK(intake.value(QStringLiteral("status")) == QStringLiteral("signed"));
    CHECK(intake.value(QStringLiteral("content")).toObject().value(QStringLiteral("format")).toInt()
          == 1);
    CHECK(intake.value(QStringLiteral("content"))
                  .toObject()
                  .value(QStringLiteral("redFlags"))
                  .isArray());
    CHECK_FALSE(root.value(QStringLiteral("questionnaireAdministrations")).toArray().isEmpty());
    const QJsonArray alerts = root.value(QStringLiteral("redFlagAlerts")).toArray();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.at(0).toObject().value(QStringLiteral("reasonToProceed"))
          == test::ExportFixture::clearReason);

    const QJsonObject schedule = root.value(QStringLiteral("schedule")).toObject();
    const QJsonArray therapists = schedule.value(QStringLiteral("therapists")).toArray();
    REQUIRE(therapists.size() == 2);
    CHECK(byId(therapists, f.p.olivia.id).value(QStringLiteral("workingHours")).toArray().size()
          == 10);
    CHECK(schedule.value(QStringLiteral("rooms")).toArray().size() == 2);
    CHECK(schedule.value(QStringLiteral("appointmentTypes")).toArray().size() == 3);
    const QJsonArray appointments = schedule.value(QStringLiteral("appointments")).toArray();
    REQUIRE(appointments.size() == 4);
    const QJsonObject cancelled = byId(appointments, f.inesCancelled.id);
    CHECK(cancelled.value(QStringLiteral("status")) == QStringLiteral("cancelled"));
    CHECK(cancelled.value(QStringLiteral("lateCancellation")).toBool());
    CHECK(cancelled.value(QStringLiteral("localStart")) == QStringLiteral("15:00"));
    CHECK(cancelled.value(QStringLiteral("start")) == QStringLiteral("2026-03-02T14:00:00Z"));
    // JSON is not a spreadsheet: the desk note is kept exactly as typed.
    CHECK(byId(appointments, f.inesWithDeskNote.id).value(QStringLiteral("deskNotes"))
          == test::ExportFixture::deskFormula);
    CHECK(byId(appointments, f.jamalBooked.id).value(QStringLiteral("status"))
          == QStringLiteral("no-show"));
    CHECK(schedule.value(QStringLiteral("series")).toArray().isEmpty());
    CHECK(schedule.value(QStringLiteral("waitlist")).toArray().isEmpty());

    const QJsonObject notes = root.value(QStringLiteral("notes")).toObject();
    const QJsonArray sessionNotes = notes.value(QStringLiteral("sessionNotes")).toArray();
    REQUIRE(sessionNotes.size() == 2);
    const QJsonObject inesNote = byId(sessionNotes, f.inesNote.id);
    CHECK(inesNote.value(QStringLiteral("status")) == QStringLiteral("signed"));
    CHECK(inesNote.value(QStringLiteral("addenda")).toArray().size() == 1);
    CHECK(inesNote.value(QStringLiteral("addenda"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("text"))
          == test::ExportFixture::addendumText);
    CHECK(f.contents(path).contains(test::ExportFixture::inesNoteText.toUtf8()));
    CHECK(notes.value(QStringLiteral("techniques")).toArray().size() >= 7);
    CHECK(notes.value(QStringLiteral("templates")).isArray());

    // One audit row with counts, nothing about anyone.
    const auto audited = f.audit(QStringLiteral("data.export"));
    REQUIRE(audited.size() == 1);
    CHECK(audited.constFirst().event.recordType == QStringLiteral("practice"));
    CHECK(audited.constFirst().event.detail
          == QStringLiteral("practice JSON: 3 clients, 1 intakes, 4 appointments, 2 notes"));
}

TEST_CASE("only the owner exports the whole practice; a refusal writes nothing",
          "[exchange][export][practice]")
{
    test::ExportFixture f;
    PracticeExport exporter(f.p.t.db(), f.p.clock);
    for (const Session &session : { f.p.therapist, f.p.desk }) {
        const QString path = f.path(QStringLiteral("practice-%1.json").arg(session.username));
        const auto refused = exporter.write(session, path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Denied);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    const auto audited = f.audit(QStringLiteral("data.export"));
    REQUIRE(audited.size() == 2);
    for (const AuditEntry &entry : audited)
        CHECK(entry.event.outcome == AuditOutcome::Denied);
    CHECK(QDir(f.p.t.dirPath()).entryList({ QStringLiteral("*.json") }, QDir::Files).isEmpty());
}

TEST_CASE("the whole-practice export never replaces the practice file and leaves nothing when it "
          "cannot write",
          "[exchange][export][practice]")
{
    test::ExportFixture f;
    PracticeExport exporter(f.p.t.db(), f.p.clock);
    const auto itself = exporter.write(f.p.owner, f.p.t.db().path());
    REQUIRE_FALSE(itself.ok());
    CHECK(itself.error().message.contains(QStringLiteral("practice file itself")));
    CHECK(f.p.t.db().check().ok());

    const QString missing = f.path(QStringLiteral("no such folder/practice.json"));
    const auto failed = exporter.write(f.p.owner, missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("no such folder")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(f.audit(QStringLiteral("data.export")).isEmpty());

    // An earlier export is replaced whole.
    const QString path = f.path(QStringLiteral("practice.json"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    REQUIRE(exporter.write(f.p.owner, path).ok());
    CHECK(parse(f.contents(path)).value(QStringLiteral("format")) == PracticeExport::formatName());
    CHECK(QDir(f.p.t.dirPath())
                  .entryList({ QStringLiteral(".*partial*") }, QDir::Files | QDir::Hidden)
                  .isEmpty());
}
