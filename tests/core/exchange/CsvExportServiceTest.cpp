// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvExportService.h"

#include "core/clients/ClientService.h"
#include "core/exchange/ClientImport.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct Practice
{
    test::TestDatabase t;
    FixedClock clock{ QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    Authenticator auth{ t.db(), clock };
    ClientService clients{ t.db(), clock };
    CsvExportService exports{ t.db(), clock };
    Session owner;
    Session therapist;

    Practice()
    {
        owner = auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("UTC"),
                                        QStringLiteral("maria"), QString(),
                                        QStringLiteral("owner password"))
                        .value();
        REQUIRE(auth.addUser(owner, QStringLiteral("theo"), QString(), Role::Therapist,
                             QStringLiteral("theo password"))
                        .ok());
        therapist = auth.signIn(QStringLiteral("theo"), QStringLiteral("theo password")).value();
    }

    QString path(const char *name) const { return QDir(t.dirPath()).filePath(QLatin1String(name)); }
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Client nasty()
{
    Client c;
    c.givenName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    c.familyName = QStringLiteral("@SUM(A1:A9)");
    c.preferredName = QStringLiteral("-2+3");
    c.mobilePhone = QStringLiteral("+61 412 345 678");
    c.email = QStringLiteral("zoe@example.org");
    c.address.line1 = QStringLiteral("12 Harbour Rd, \"The Loft\"");
    c.address.line2 = QStringLiteral("-3 Back Lane");
    c.frontDeskNotes = QStringLiteral("Line one\nLine two");
    c.dateOfBirth = QDate(1984, 3, 7);
    return c;
}

} // namespace

TEST_CASE("cells a spreadsheet would run as formulas get a leading apostrophe",
          "[exchange][export]")
{
    CHECK(CsvWriter::cell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::cell(QStringLiteral("+61 4")) == QStringLiteral("'+61 4"));
    CHECK(CsvWriter::cell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(CsvWriter::cell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::cell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvWriter::cell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(CsvWriter::cell(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(CsvWriter::cell(QStringLiteral("=\"x\",1")) == QStringLiteral("\"'=\"\"x\"\",1\""));
    CHECK(CsvWriter::cell(QString()) == QString());
}

TEST_CASE("cells are quoted as RFC 4180 says, and only when they must be", "[exchange][export]")
{
    CHECK(CsvWriter::cell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::cell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::cell(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::cell(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::cell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::cell(QStringLiteral(" padded")) == QStringLiteral("\" padded\""));
    CHECK(CsvWriter::line({ QStringLiteral("a"), QString(), QStringLiteral("c") })
          == QStringLiteral("a,,c\r\n"));
}

TEST_CASE("the owner exports every client to a CSV file that only the owner can read, and the "
          "export is audited with its count",
          "[exchange][export]")
{
    Practice p;
    const Client zoe = p.clients.create(p.owner, nasty()).value();
    Client archived;
    archived.givenName = QStringLiteral("Old");
    archived.familyName = QStringLiteral("Friend");
    archived = p.clients.create(p.owner, archived).value();
    REQUIRE(p.clients.setArchived(p.owner, archived.id, true, archived.rowVersion).ok());

    const QString path = p.path("clients.csv");
    const auto written = p.exports.exportClients(p.owner, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    const QByteArray bytes = contents(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "Client number,Given name,Family name,"));
    CHECK(bytes.contains(
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'@SUM(A1:A9),'-2+3,,"
            "1984-03-07,'+61 412 345 678,"));
    CHECK(bytes.contains("\"12 Harbour Rd, \"\"The Loft\"\"\",'-3 Back Lane,"));
    CHECK(bytes.contains("\"Line one\nLine two\""));
    CHECK(bytes.contains(",Old,Friend,"));
    CHECK(bytes.count("\r\n") == 3);

    AuditFilter filter;
    filter.operation = QStringLiteral("data.export");
    const auto rows = AuditTrail(p.t.db(), p.clock).entries(filter).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().event.recordType == QStringLiteral("clients"));
    CHECK(rows.constFirst().event.detail == QStringLiteral("clients CSV, 2 rows"));
    CHECK_FALSE(rows.constFirst().event.detail.contains(QStringLiteral("Friend")));
    Q_UNUSED(zoe);
}

TEST_CASE("an exported file imports again as the same clients", "[exchange][export]")
{
    Practice p;
    REQUIRE(p.clients.create(p.owner, nasty()).ok());
    Client full;
    full.givenName = QStringLiteral("Łukasz");
    full.familyName = QStringLiteral("Müller");
    full.preferredName = QStringLiteral("Łuk");
    full.pronouns = QStringLiteral("he/him");
    full.homePhone = QStringLiteral("(02) 9876 5432");
    full.workPhone = QStringLiteral("02 9999 0000");
    full.address = { QStringLiteral("1 Main St"),   QStringLiteral("Unit 2"),
                     QStringLiteral("Springfield"), QStringLiteral("NSW"),
                     QStringLiteral("2000"),        QStringLiteral("Australia") };
    full.emergencyContact = { QStringLiteral("Ola Müller"), QStringLiteral("sister"),
                              QStringLiteral("0400 000 111") };
    full.physician = { QStringLiteral("Dr Chen"), QStringLiteral("Harbour Clinic"),
                       QStringLiteral("02 8888 7777") };
    REQUIRE(p.clients.create(p.owner, full).ok());

    const QString path = p.path("round-trip.csv");
    REQUIRE(p.exports.exportClients(p.owner, path).ok());
    const auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    const ClientImportPreview preview = ClientImport::preview(
            table.value(), ClientImportMapping::guess(table->header), {}, p.clock.today());
    REQUIRE(preview.canImport());
    const QList<Client> read = preview.clientsToCreate();
    REQUIRE(read.size() == 2);

    const auto same = [](Client imported, Client original) {
        original.id = 0;
        original.createdAt = {};
        original.updatedAt = {};
        original.rowVersion = 0;
        original.alerts.clear();
        imported.consent = original.consent;
        CHECK(imported == original);
    };
    const auto all = [&p] {
        ClientQuery query;
        query.sort = ClientQuery::Sort::Name;
        QList<Client> clients;
        for (const ClientSummary &summary : p.clients.search(p.owner, query).value())
            clients << p.clients.find(p.owner, summary.id).value();
        return clients;
    }();
    // The export is in id order: the nasty client first.
    same(read.at(0), all.at(all.at(0).givenName.startsWith(u'=') ? 0 : 1));
    same(read.at(1), all.at(all.at(0).givenName.startsWith(u'=') ? 1 : 0));
}

TEST_CASE("only the owner may export, and a refused export leaves no file", "[exchange][export]")
{
    Practice p;
    const QString path = p.path("clients.csv");
    const auto refused = p.exports.exportClients(p.therapist, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Denied);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("an export that cannot be written leaves no file and no audit row claiming it",
          "[exchange][export]")
{
    Practice p;
    const QString path = p.path("missing folder/clients.csv");
    const auto failed = p.exports.exportClients(p.owner, path);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(QStringLiteral("missing folder")));
    CHECK_FALSE(QFileInfo::exists(path));
    AuditFilter filter;
    filter.operation = QStringLiteral("data.export");
    CHECK(AuditTrail(p.t.db(), p.clock).entries(filter).value().isEmpty());
}

TEST_CASE("exporting over an existing file replaces it whole", "[exchange][export]")
{
    Practice p;
    const QString path = p.path("clients.csv");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents that are much longer than the new export will be, surely\n");
    }
    REQUIRE(p.exports.exportClients(p.owner, path).value() == 0);
    CHECK(contents(path)
          == CsvWriter::line(CsvExportService::clientHeader()).toUtf8().prepend("\xEF\xBB\xBF"));
}
