// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImportService.h"

#include "core/clients/ClientService.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
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
    ClientImportService import{ t.db(), clock };
    Session owner;
    Session desk;

    Practice()
    {
        owner = auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("UTC"),
                                        QStringLiteral("maria"), QString(),
                                        QStringLiteral("owner password"))
                        .value();
        REQUIRE(auth.addUser(owner, QStringLiteral("desk"), QString(), Role::FrontDesk,
                             QStringLiteral("desk password"))
                        .ok());
        desk = auth.signIn(QStringLiteral("desk"), QStringLiteral("desk password")).value();
    }

    int clientCount()
    {
        ClientQuery query;
        query.includeArchived = true;
        return clients.count(owner, query).value();
    }

    QList<AuditEntry> audit(const QString &operation)
    {
        AuditFilter filter;
        filter.operation = operation;
        return AuditTrail(t.db(), clock).entries(filter).value();
    }

    ClientImportPreview preview(const QByteArray &csv, const Session &session)
    {
        const auto table = CsvReader::read(csv);
        REQUIRE(table.ok());
        auto result =
                import.preview(session, table.value(), ClientImportMapping::guess(table->header));
        REQUIRE(result.ok());
        return result.value();
    }
};

Client stored(const QString &given, const QString &family, const QDate &birth,
              const QString &phone = {}, const QString &email = {})
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    c.dateOfBirth = birth;
    c.mobilePhone = phone;
    c.email = email;
    return c;
}

const QByteArray ThreeClients = "First Name,Last Name,Mobile,Email,DOB\n"
                                "Ann,Lee,0412 345 678,ann@example.com,02/11/1990\n"
                                "Bob,Stone,0400 111 222,bob@example.com,25/12/1970\n"
                                "Cara,Diaz,,cara@example.com,\n";

} // namespace

TEST_CASE("the preview saves nothing and the import creates every new row with one audit row "
          "that gives the count and no names",
          "[exchange][import]")
{
    Practice p;
    const auto auditBefore = AuditTrail(p.t.db(), p.clock).entries({}).value().size();
    const ClientImportPreview preview = p.preview(ThreeClients, p.desk);
    CHECK(p.clientCount() == 0);
    CHECK(preview.count(ImportRowStatus::New) == 3);
    CHECK(AuditTrail(p.t.db(), p.clock).entries({}).value().size() == auditBefore);

    const auto imported = p.import.importClients(p.desk, preview);
    REQUIRE(imported.ok());
    CHECK(imported.value() == 3);
    CHECK(p.clientCount() == 3);

    const auto rows = p.audit(QStringLiteral("client.create"));
    REQUIRE(rows.size() == 1);
    const AuditEvent &event = rows.constFirst().event;
    CHECK(event.username == QStringLiteral("desk"));
    CHECK(event.recordType == QStringLiteral("client-import"));
    CHECK(event.detail == QStringLiteral("CSV import, 3 clients"));
    CHECK(event.clientId == 0);
    for (const char *name : { "Ann", "Lee", "Bob", "Cara", "example" })
        CHECK_FALSE(event.detail.contains(QString::fromLatin1(name)));
    CHECK(AuditTrail(p.t.db(), p.clock).verify().value().ok());

    ClientQuery query;
    query.text = QStringLiteral("ann lee");
    const auto found = p.clients.search(p.owner, query).value();
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().dateOfBirth == QDate(1990, 11, 2));
}

TEST_CASE("one bad row means nothing is imported", "[exchange][import]")
{
    Practice p;
    const ClientImportPreview preview =
            p.preview(ThreeClients + "Dan,Wu,12,dan@example.com,\n", p.owner);
    CHECK(preview.count(ImportRowStatus::Bad) == 1);
    CHECK(preview.rows.constLast().line == 5);
    CHECK(preview.rows.constLast().reason.contains(QStringLiteral("Mobile phone \"12\"")));
    CHECK(preview.rows.constLast().field == QStringLiteral("mobilePhone"));
    CHECK_FALSE(preview.canImport());

    const auto refused = p.import.importClients(p.owner, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("nothing was imported")));
    CHECK(p.clientCount() == 0);
    CHECK(p.audit(QStringLiteral("client.create")).isEmpty());
}

TEST_CASE("a preview row changed since the preview is refused with its line, and nothing is "
          "saved",
          "[exchange][import]")
{
    Practice p;
    ClientImportPreview preview = p.preview(ThreeClients, p.owner);
    preview.rows[2].client.email = QStringLiteral("not an email");
    const auto refused = p.import.importClients(p.owner, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Line 4: Email")));
    CHECK(refused.error().field == QStringLiteral("email"));
    CHECK(p.clientCount() == 0);
    CHECK(p.audit(QStringLiteral("client.create")).isEmpty());
}

TEST_CASE("a row that fails while saving rolls back the rows saved before it", "[exchange][import]")
{
    Practice p;
    const ClientImportPreview preview = p.preview(ThreeClients, p.owner);
    // The storage refuses the third client, after the first two were inserted.
    QSqlQuery trigger(p.t.db().connection());
    REQUIRE(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_cara BEFORE INSERT ON clients "
            "WHEN NEW.given_name = 'Cara' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    const auto refused = p.import.importClients(p.owner, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Storage);
    CHECK(p.clientCount() == 0);
    CHECK(p.audit(QStringLiteral("client.create")).isEmpty());
    CHECK(AuditTrail(p.t.db(), p.clock).verify().value().ok());
}

TEST_CASE("rows that look like stored clients are duplicates and are not imported",
          "[exchange][import]")
{
    Practice p;
    const Client ann = p.clients
                               .create(p.owner,
                                       stored(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                              QDate(1990, 11, 2)))
                               .value();
    const Client bob = p.clients
                               .create(p.owner,
                                       stored(QStringLiteral("Robert"), QStringLiteral("Stone"), {},
                                              QStringLiteral("+61 400 111 222")))
                               .value();
    REQUIRE(p.clients.setArchived(p.owner, bob.id, true, bob.rowVersion).ok());

    const ClientImportPreview preview = p.preview(ThreeClients, p.owner);
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.rows.at(0).status == ImportRowStatus::Duplicate);
    CHECK(preview.rows.at(0).duplicateOfClientId == ann.id);
    CHECK(preview.rows.at(0).reason
          == QStringLiteral("Looks like client %1, Ann Lee: same name and date of birth.")
                     .arg(ann.id));
    // Phones match by all their digits: 0400 111 222 is not +61 400 111 222.
    CHECK(preview.rows.at(1).status == ImportRowStatus::New);
    CHECK(preview.rows.at(2).status == ImportRowStatus::New);

    const ClientImportPreview again = p.preview(
            "Name,Phone\nBobby Stone,+61 400 111 222\nAnn Other,+61 (400) 111-222\n", p.owner);
    CHECK(again.rows.at(0).status == ImportRowStatus::Duplicate);
    CHECK(again.rows.at(0).duplicateOfClientId == bob.id); // archived clients count too
    CHECK(again.rows.at(0).reason.contains(QStringLiteral("same phone number")));
    CHECK(again.rows.at(1).status == ImportRowStatus::Duplicate);

    REQUIRE(p.import.importClients(p.owner, preview).value() == 2);
    CHECK(p.clientCount() == 4);
}

TEST_CASE("a client stored after the preview that matches a new row stops the import",
          "[exchange][import]")
{
    Practice p;
    const ClientImportPreview preview = p.preview(ThreeClients, p.owner);
    REQUIRE(p.clients
                    .create(p.desk,
                            stored(QStringLiteral("Cara"), QStringLiteral("D."), {}, {},
                                   QStringLiteral("cara@example.com")))
                    .ok());
    const auto refused = p.import.importClients(p.owner, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("line 4")));
    CHECK(p.clientCount() == 1);
}

TEST_CASE("a file-wide problem stops the import", "[exchange][import]")
{
    Practice p;
    const ClientImportPreview preview =
            p.preview("First name,DOB\nAnn,03/04/1985\nBob,11/12/1970\n", p.owner);
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems.constFirst().field == QStringLiteral("dateOrder"));
    CHECK(p.import.importClients(p.owner, preview).error().field == QStringLiteral("dateOrder"));
    CHECK(p.clientCount() == 0);

    const auto table = CsvReader::read("First name,DOB\nAnn,03/04/1985\nBob,11/12/1970\n");
    ClientImportMapping mapping = ClientImportMapping::guess(table->header);
    mapping.setDateOrder(DateOrder::MonthDayYear);
    const auto chosen = p.import.preview(p.owner, table.value(), mapping);
    REQUIRE(chosen.ok());
    CHECK(chosen->canImport());
    CHECK(chosen->rows.at(0).client.dateOfBirth == QDate(1985, 3, 4));
}

TEST_CASE("nobody signed in can neither preview nor import, and the refusal is audited",
          "[exchange][import]")
{
    Practice p;
    const ClientImportPreview preview = p.preview(ThreeClients, p.owner);
    const Session nobody;
    const auto table = CsvReader::read(ThreeClients);
    const auto refusedPreview =
            p.import.preview(nobody, table.value(), ClientImportMapping::guess(table->header));
    REQUIRE_FALSE(refusedPreview.ok());
    CHECK(refusedPreview.error().code == ErrorCode::Denied);
    const auto refused = p.import.importClients(nobody, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Denied);
    CHECK(p.clientCount() == 0);
    const auto denied = p.audit(QStringLiteral("client.create"));
    REQUIRE(denied.size() == 2);
    CHECK(denied.constFirst().event.outcome == AuditOutcome::Denied);
}

TEST_CASE("10,000 rows are imported in one transaction", "[exchange][import]")
{
    Practice p;
    QByteArray csv = "Given name,Family name,Email\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("Client%1,Family%2,c%1@example.org\n").arg(i).arg(i % 50).toUtf8();
    const ClientImportPreview preview = p.preview(csv, p.owner);
    REQUIRE(preview.count(ImportRowStatus::New) == 10000);
    REQUIRE(p.import.importClients(p.owner, preview).value() == 10000);
    CHECK(p.clientCount() == 10000);
    CHECK(p.audit(QStringLiteral("client.create")).size() == 1);
}
