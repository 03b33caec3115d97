// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IcsExport.h"

#include "core/exchange/IcsCalendar.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "tests/core/schedule/SchedulePractice.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// SchedulePractice::monday, spelt out: a constant of another file may not be set yet here.
const QDate monday(2026, 3, 2);

// The practice is in Berlin (UTC+1 in March, UTC+2 from 29 March), so local and UTC times differ.
struct Fixture
{
    test::SchedulePractice p{ QStringLiteral("Europe/Berlin") };
    IcsExport exporter{ p.t.db(), p.clock };

    QString path(const QString &name) const { return QDir(p.t.dirPath()).filePath(name); }

    // Exports March 2026 and requires success; returns the number of events written.
    int exportMarch(const Session &session, const QString &file, qint64 therapistId = 0)
    {
        auto written = exporter.write(
                session, IcsExportRequest{ QDate(2026, 3, 1), QDate(2026, 3, 31), therapistId },
                file);
        INFO((written.ok() ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
        return written.value();
    }
};

QString contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The lines of an iCalendar text with folded lines joined again (RFC 5545, 3.1).
QStringList unfolded(const QString &text)
{
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    QString joined = text;
    joined.replace(QStringLiteral("\r\n "), QString());
    QStringList lines = joined.split(QStringLiteral("\r\n"));
    lines.removeLast();
    return lines;
}

// Every value of a property ("DTSTART") in the events of a calendar text, in order.
QStringList values(const QString &text, const QString &property)
{
    QStringList found;
    bool inEvent = false;
    for (const QString &line : unfolded(text)) {
        if (line == QStringLiteral("BEGIN:VEVENT"))
            inEvent = true;
        else if (line == QStringLiteral("END:VEVENT"))
            inEvent = false;
        else if (inEvent && line.startsWith(property + QLatin1Char(':')))
            found << line.mid(property.size() + 1);
    }
    return found;
}

int eventCount(const QString &text)
{
    return static_cast<int>(unfolded(text).count(QStringLiteral("BEGIN:VEVENT")));
}

QString utcStamp(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

TEST_CASE("an export has one event per appointment in the range, with times in UTC",
          "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    const Appointment first =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const Appointment second =
            p.book(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday.addDays(1), QTime(9, 30)));
    // After the clocks change on 29 March: 10:00 in Berlin is 08:00 UTC.
    const Appointment summer =
            p.book(p.kai, p.theo, p.room1, p.treatment60, p.at(QDate(2026, 3, 30), QTime(10, 0)));
    p.book(p.kai, p.theo, p.room1, p.treatment60, p.at(QDate(2026, 4, 1), QTime(10, 0)));

    const QString file = f.path(QStringLiteral("march.ics"));
    CHECK(f.exportMarch(p.owner, file) == 3);

    const QString text = contents(file);
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    CHECK(unfolded(text).contains(QStringLiteral("VERSION:2.0")));
    CHECK(unfolded(text).filter(QRegularExpression(QStringLiteral("^PRODID:.+"))).size() == 1);
    CHECK(eventCount(text) == 3);
    CHECK(values(text, QStringLiteral("DTSTART"))
          == QStringList{ utcStamp(first.startUtc), utcStamp(second.startUtc),
                          utcStamp(summer.startUtc) });
    CHECK(values(text, QStringLiteral("DTSTART")).constFirst()
          == QStringLiteral("20260302T090000Z"));
    CHECK(values(text, QStringLiteral("DTSTART")).constLast()
          == QStringLiteral("20260330T080000Z"));
    // The appointment's own end; the buffer after it is the practice's business.
    CHECK(values(text, QStringLiteral("DTEND")).constFirst() == QStringLiteral("20260302T100000Z"));
    for (const QString &stamp : values(text, QStringLiteral("DTSTAMP")))
        CHECK(stamp == utcStamp(p.clock.nowUtc()));
}

TEST_CASE("the range is whole days in the practice's time zone", "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    BookingRequest late = p.request(p.ines, p.theo, p.room1, p.followUp30,
                                    p.at(QDate(2026, 3, 31), QTime(23, 0)));
    late.acknowledgeWarnings = true; // outside working hours
    REQUIRE(p.appointments.book(p.desk, late).value().saved);
    BookingRequest early = p.request(p.jamal, p.theo, p.room1, p.followUp30,
                                     p.at(QDate(2026, 4, 1), QTime(0, 30)));
    early.acknowledgeWarnings = true;
    REQUIRE(p.appointments.book(p.desk, early).value().saved);

    const QString file = f.path(QStringLiteral("march.ics"));
    CHECK(f.exportMarch(p.owner, file) == 1);
    // 23:00 on 31 March in Berlin is 21:00 UTC.
    CHECK(values(contents(file), QStringLiteral("DTSTART"))
          == QStringList{ QStringLiteral("20260331T210000Z") });
}

TEST_CASE("event UIDs stay the same across exports and say nothing about the client",
          "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    const Appointment moved =
            p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    p.book(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(11, 0)));

    const QString before = f.path(QStringLiteral("before.ics"));
    const QString after = f.path(QStringLiteral("after.ics"));
    f.exportMarch(p.owner, before);
    p.clock.advanceSeconds(3600);
    REQUIRE(p.appointments.move(p.desk, moved.id, moved.rowVersion, p.at(monday, QTime(14, 0)))
                    .value()
                    .saved);
    f.exportMarch(p.owner, after);

    const QStringList uids = values(contents(before), QStringLiteral("UID"));
    REQUIRE(uids.size() == 2);
    CHECK(uids.constFirst() != uids.constLast());
    // Moved to 14:00, Ines's appointment now comes second: the same two UIDs, in another order.
    const QStringList afterUids = values(contents(after), QStringLiteral("UID"));
    CHECK(afterUids == QStringList{ uids.constLast(), uids.constFirst() });
    const QRegularExpression shape(QStringLiteral(
            "^appointment-\\d+@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            "\\.stillpoint$"));
    for (const QString &uid : uids) {
        CHECK(shape.match(uid).hasMatch());
        CHECK_FALSE(uid.contains(QStringLiteral("Ines"), Qt::CaseInsensitive));
    }
    CHECK(uids.constFirst()
          == IcsCalendar::uid(
                  moved.id, f.exporter.calendarIdentity().value() + QStringLiteral(".stillpoint")));
    // The move shows as a newer version of the same event.
    CHECK(values(contents(after), QStringLiteral("SEQUENCE")).constLast().toInt()
          > values(contents(before), QStringLiteral("SEQUENCE")).constFirst().toInt());
    CHECK(values(contents(after), QStringLiteral("DTSTART")).constLast()
          == QStringLiteral("20260302T130000Z"));
}

TEST_CASE("another practice file gets other UIDs for the same appointment ids", "[exchange][ics]")
{
    Fixture one;
    Fixture two;
    CHECK(one.exporter.calendarIdentity().value() == one.exporter.calendarIdentity().value());
    CHECK(one.exporter.calendarIdentity().value() != two.exporter.calendarIdentity().value());
}

TEST_CASE("events show the first name, type and room, never notes or clinical text",
          "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    BookingRequest request =
            p.request(p.ines, p.theo, p.room1, p.assessment90, p.at(monday, QTime(10, 0)));
    request.deskNotes = QStringLiteral("Mentioned aura before attacks, on propranolol");
    REQUIRE(p.appointments.book(p.desk, request).value().saved);
    const Appointment kai =
            p.book(p.kai, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(10, 0)));
    REQUIRE(p.appointments
                    .cancel(p.desk, kai.id, kai.rowVersion,
                            CancelRequest{ QStringLiteral("Migraine attack, vomiting"),
                                           CancelledBy::Client })
                    .ok());

    const QString file = f.path(QStringLiteral("march.ics"));
    CHECK(f.exportMarch(p.owner, file) == 2);
    const QString text = contents(file);
    CHECK(values(text, QStringLiteral("SUMMARY"))
          == QStringList{ QStringLiteral("Inés – Initial migraine assessment 90 min (Theo)"),
                          QStringLiteral("Cancelled: Kai – Follow-up 30 min (Olivia)") });
    CHECK(values(text, QStringLiteral("LOCATION"))
          == QStringList{ QStringLiteral("Room 1"), QStringLiteral("Room 2") });
    for (const QString &line : unfolded(text)) {
        CHECK_FALSE(line.startsWith(QStringLiteral("DESCRIPTION")));
        CHECK_FALSE(line.startsWith(QStringLiteral("COMMENT")));
    }
    for (const char *secret :
         { "aura", "propranolol", "vomiting", "attack", "Duarte", "Sato", "Kaito" })
        CHECK_FALSE(text.contains(QLatin1String(secret), Qt::CaseInsensitive));
}

TEST_CASE("a therapist's calendar names no therapist in the titles", "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    p.book(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(10, 0)));

    const QString file = f.path(QStringLiteral("theo.ics"));
    CHECK(f.exportMarch(p.owner, file, p.theo.id) == 1);
    CHECK(values(contents(file), QStringLiteral("SUMMARY"))
          == QStringList{ QStringLiteral("Inés – Treatment 60 min") });
    CHECK(unfolded(contents(file)).contains(QStringLiteral("X-WR-CALNAME:Theo")));
}

TEST_CASE("statuses map to tentative, confirmed and cancelled events", "[exchange][ics]")
{
    CHECK(IcsCalendar::statusKey(AppointmentStatus::Booked) == QStringLiteral("TENTATIVE"));
    CHECK(IcsCalendar::statusKey(AppointmentStatus::Confirmed) == QStringLiteral("CONFIRMED"));
    CHECK(IcsCalendar::statusKey(AppointmentStatus::Arrived) == QStringLiteral("CONFIRMED"));
    CHECK(IcsCalendar::statusKey(AppointmentStatus::Completed) == QStringLiteral("CONFIRMED"));
    CHECK(IcsCalendar::statusKey(AppointmentStatus::NoShow) == QStringLiteral("CONFIRMED"));
    CHECK(IcsCalendar::statusKey(AppointmentStatus::Cancelled) == QStringLiteral("CANCELLED"));

    Fixture f;
    auto &p = f.p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const Appointment confirmed =
            p.book(p.jamal, p.theo, p.room1, p.treatment60, p.at(monday, QTime(12, 0)));
    REQUIRE(p.appointments
                    .setStatus(p.desk, confirmed.id, confirmed.rowVersion,
                               AppointmentStatus::Confirmed)
                    .ok());
    const Appointment cancelled =
            p.book(p.kai, p.theo, p.room1, p.treatment60, p.at(monday, QTime(14, 0)));
    REQUIRE(p.appointments
                    .cancel(p.desk, cancelled.id, cancelled.rowVersion,
                            CancelRequest{ QStringLiteral("Car broke down"), CancelledBy::Client })
                    .ok());

    const QString file = f.path(QStringLiteral("march.ics"));
    CHECK(f.exportMarch(p.owner, file) == 3);
    const QString text = contents(file);
    CHECK(values(text, QStringLiteral("STATUS"))
          == QStringList{ QStringLiteral("TENTATIVE"), QStringLiteral("CONFIRMED"),
                          QStringLiteral("CANCELLED") });
    CHECK(values(text, QStringLiteral("TRANSP"))
          == QStringList{ QStringLiteral("OPAQUE"), QStringLiteral("OPAQUE"),
                          QStringLiteral("TRANSPARENT") });
}

TEST_CASE("an export to a folder that cannot be written leaves nothing and is not audited",
          "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const QString exportKey = Operations::key(Operation::DataExport);

    const QString missingFolder = f.path(QStringLiteral("no such folder/march.ics"));
    auto refused = f.exporter.write(
            p.owner, IcsExportRequest{ QDate(2026, 3, 1), QDate(2026, 3, 31), 0 }, missingFolder);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Io);
    CHECK(refused.error().message.contains(missingFolder));
    CHECK_FALSE(QFileInfo::exists(missingFolder));

    // A "folder" that is a file: nothing is written below it, and the file is unchanged.
    const QString plainFile = f.path(QStringLiteral("plain.txt"));
    {
        QFile file(plainFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("unchanged");
    }
    auto underFile =
            f.exporter.write(p.owner, IcsExportRequest{ QDate(2026, 3, 1), QDate(2026, 3, 31), 0 },
                             plainFile + QStringLiteral("/march.ics"));
    REQUIRE_FALSE(underFile.ok());
    CHECK(underFile.error().code == ErrorCode::Io);
    CHECK(contents(plainFile) == QStringLiteral("unchanged"));
    CHECK(QDir(p.t.dirPath()).entryList(QDir::Files).filter(QStringLiteral("march")).isEmpty());

    CHECK(p.auditRows(exportKey) == 0);
}

TEST_CASE("an export writes one audit row with the count and no names", "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    p.book(p.jamal, p.olivia, p.room2, p.followUp30, p.at(monday, QTime(10, 0)));
    f.exportMarch(p.owner, f.path(QStringLiteral("march.ics")), p.olivia.id);

    AuditFilter filter;
    filter.operation = Operations::key(Operation::DataExport);
    const auto rows = AuditTrail(p.t.db(), p.clock).entries(filter).value();
    REQUIRE(rows.size() == 1);
    const AuditEvent &event = rows.constFirst().event;
    CHECK(event.outcome == AuditOutcome::Allowed);
    CHECK(event.userId == p.owner.userId);
    CHECK(event.recordType == QStringLiteral("calendar"));
    CHECK(event.recordId == p.olivia.id);
    CHECK(event.clientId == 0);
    CHECK(event.detail == QStringLiteral("iCalendar, 1 appointments, 2026-03-01 to 2026-03-31"));
}

TEST_CASE("a therapist exports their own calendar; the rest is for the owner", "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    p.book(p.ines, p.theo, p.room1, p.treatment60, p.at(monday, QTime(10, 0)));
    const IcsExportRequest march{ QDate(2026, 3, 1), QDate(2026, 3, 31), 0 };
    const QString exportKey = Operations::key(Operation::DataExport);

    // Theo's own diary, for his phone.
    CHECK(f.exportMarch(p.therapist, f.path(QStringLiteral("theo.ics")), p.theo.id) == 1);

    const QString old = f.path(QStringLiteral("old.ics"));
    {
        QFile file(old);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("previous export");
    }
    IcsExportRequest olivias = march;
    olivias.therapistId = p.olivia.id;
    for (const auto &[session, request] :
         { std::pair{ p.therapist, march }, std::pair{ p.therapist, olivias },
           std::pair{ p.desk, march },
           std::pair{ p.desk, IcsExportRequest{ march.firstDay, march.lastDay, p.theo.id } } }) {
        auto denied = f.exporter.write(session, request, old);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::Denied);
        CHECK(denied.error().message.contains(QStringLiteral("a therapist may export their own")));
    }
    CHECK(contents(old) == QStringLiteral("previous export"));
    CHECK(p.auditRows(exportKey, true) == 4);
    CHECK(p.auditRows(exportKey) == 1);

    auto unknown =
            f.exporter.write(p.owner, IcsExportRequest{ march.firstDay, march.lastDay, 999 }, old);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("a range backwards or longer than a year is refused", "[exchange][ics]")
{
    Fixture f;
    auto &p = f.p;
    const QString file = f.path(QStringLiteral("range.ics"));
    for (const IcsExportRequest &request :
         { IcsExportRequest{ QDate(2026, 3, 31), QDate(2026, 3, 1), 0 },
           IcsExportRequest{ QDate(2026, 1, 1), QDate(2027, 1, 2), 0 },
           IcsExportRequest{ QDate(), QDate(2026, 3, 1), 0 } }) {
        auto refused = f.exporter.write(p.owner, request, file);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("range"));
    }
    CHECK_FALSE(QFileInfo::exists(file));
    // A whole year is fine, and an empty calendar is a calendar.
    auto year = f.exporter.write(
            p.owner, IcsExportRequest{ QDate(2026, 1, 1), QDate(2026, 12, 31), 0 }, file);
    REQUIRE(year.ok());
    CHECK(year.value() == 0);
    CHECK(contents(file).startsWith(QStringLiteral("BEGIN:VCALENDAR")));
}

TEST_CASE("long titles with accents fold into valid lines", "[exchange][ics]")
{
    CalendarItem item;
    item.appointmentId = 7;
    item.startUtc = QDateTime(monday, QTime(9, 0), QTimeZone::utc());
    item.endUtc = item.startUtc.addSecs(3600);
    item.clientFirstName = QStringLiteral("Zoë-Éléonore, Ånnä; \\ Ç\nx");
    item.typeName = QString(40, QChar(0x00E9)) + QStringLiteral(" 😀 ") + QString(40, QChar(0x00FC));
    item.roomName = QStringLiteral("Salle à côté");
    IcsCalendarInfo info;
    info.uidDomain = QStringLiteral("example.stillpoint");
    info.name = QStringLiteral("Calm Hands, Ltd; \\ north");
    info.stampUtc = item.startUtc;
    const QByteArray bytes = IcsCalendar::render({ item }, info);

    // Lines of at most 75 octets, none splitting a UTF-8 character.
    for (const QByteArray &line : bytes.split('\n')) {
        CHECK(line.size() <= 76); // 75 and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line);
    }
    const QString text = QString::fromUtf8(bytes);
    CHECK(values(text, QStringLiteral("SUMMARY"))
          == QStringList{ QStringLiteral("Zoë-Éléonore\\, Ånnä\\; \\\\ Ç x – ") + item.typeName });
    CHECK(values(text, QStringLiteral("LOCATION")) == QStringList{ item.roomName });
    CHECK(unfolded(text).contains(QStringLiteral("NAME:Calm Hands\\, Ltd\\; \\\\ north")));
}
