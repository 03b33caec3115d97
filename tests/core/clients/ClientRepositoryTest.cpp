// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/clients/ClientValidator.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), QTimeZone::utc());
}

Client fullClient()
{
    Client c;
    c.givenName = QStringLiteral("Zoë");
    c.familyName = QStringLiteral("Martin");
    c.preferredName = QStringLiteral("Zo");
    c.pronouns = QStringLiteral("she/her");
    c.dateOfBirth = QDate(1984, 3, 7);
    c.mobilePhone = QStringLiteral("(541) 555-0123");
    c.homePhone = QStringLiteral("(541) 555-0456");
    c.workPhone = QStringLiteral("(541) 555-0789");
    c.email = QStringLiteral("zoe.martin@example.org");
    c.address = { QStringLiteral("12 Maple Avenue"), QStringLiteral("Apt 3"),
                  QStringLiteral("Springfield"),     QStringLiteral("OR"),
                  QStringLiteral("97477"),           QStringLiteral("USA") };
    c.emergencyContact = { QStringLiteral("Luc Martin"), QStringLiteral("Spouse"),
                           QStringLiteral("(541) 555-0111") };
    c.physician = { QStringLiteral("Dr. Okafor"), QStringLiteral("Springfield Family Practice"),
                    QStringLiteral("(541) 555-0222") };
    c.consent = { true, false, true };
    c.alerts << ClientAlert{ 0, QStringLiteral("Needs a ground-floor room"), true }
             << ClientAlert{ 0, QStringLiteral("Prefers unscented lotion"), false };
    c.frontDeskNotes = QStringLiteral("Prefers text reminders.");
    return c;
}

} // namespace

TEST_CASE("a created client is read back with every field and its times and version 1",
          "[clients][repository]")
{
    test::TestDatabase t;
    FixedClock clock(at(9));
    ClientRepository repository(t.db(), clock);

    auto created = repository.create(fullClient());
    REQUIRE(created.ok());
    CHECK(created->id > 0);
    CHECK(created->rowVersion == 1);
    CHECK(created->createdAt == at(9));
    CHECK(created->updatedAt == at(9));

    auto found = repository.find(created->id);
    REQUIRE(found.ok());
    Client expected = fullClient();
    expected.id = created->id;
    expected.rowVersion = 1;
    expected.createdAt = at(9);
    expected.updatedAt = at(9);
    REQUIRE(found->alerts.size() == 2);
    expected.alerts[0].id = found->alerts.at(0).id;
    expected.alerts[1].id = found->alerts.at(1).id;
    CHECK(found.value() == expected);
}

TEST_CASE("an invalid client is not saved and the error names the field", "[clients][repository]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    Client c = fullClient();
    c.email = QStringLiteral("zoe-at-example");
    auto created = repository.create(c);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().field == QLatin1String(ClientField::Email));
    CHECK(repository.count(ClientQuery{}).value() == 0);
}

TEST_CASE("updating a client moves its version on and keeps its creation time",
          "[clients][repository]")
{
    test::TestDatabase t;
    FixedClock clock(at(9));
    ClientRepository repository(t.db(), clock);
    Client client = repository.create(fullClient()).value();

    clock.setNowUtc(at(10, 30));
    client.email = QStringLiteral("zoe@example.net");
    client.alerts.removeFirst();
    auto updated = repository.update(client);
    REQUIRE(updated.ok());
    CHECK(updated->rowVersion == 2);
    CHECK(updated->createdAt == at(9));
    CHECK(updated->updatedAt == at(10, 30));
    CHECK(updated->email == QLatin1String("zoe@example.net"));
    REQUIRE(updated->alerts.size() == 1);
    CHECK(updated->alerts.constFirst().text == QLatin1String("Prefers unscented lotion"));
}

TEST_CASE("a stale edit is refused as a conflict and the newer change survives",
          "[clients][repository]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    const Client original = repository.create(fullClient()).value();

    Client desk = original;
    desk.mobilePhone = QStringLiteral("(541) 555-0999");
    REQUIRE(repository.update(desk).ok());

    Client therapist = original; // still at version 1
    therapist.email = QStringLiteral("other@example.org");
    auto stale = repository.update(therapist);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Someone else changed Zoë's record")));

    const Client stored = repository.find(original.id).value();
    CHECK(stored.mobilePhone == QLatin1String("(541) 555-0999"));
    CHECK(stored.email == QLatin1String("zoe.martin@example.org"));
    CHECK(stored.rowVersion == 2);
}

TEST_CASE("updating a client that does not exist says so", "[clients][repository]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    Client ghost = fullClient();
    ghost.id = 4242;
    ghost.rowVersion = 1;
    auto result = repository.update(ghost);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
    CHECK(repository.find(4242).error().code == ErrorCode::NotFound);
}

TEST_CASE("archiving hides a client from the list but keeps the record and restore brings it back",
          "[clients][repository]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    const Client client = repository.create(fullClient()).value();

    auto archived = repository.setArchived(client.id, true, client.rowVersion);
    REQUIRE(archived.ok());
    CHECK(archived->archived);
    CHECK(archived->rowVersion == 2);

    ClientQuery active;
    CHECK(repository.search(active).value().isEmpty());
    ClientQuery all;
    all.includeArchived = true;
    REQUIRE(repository.search(all).value().size() == 1);
    CHECK(repository.search(all).value().constFirst().archived);

    CHECK_FALSE(repository.setArchived(client.id, false, client.rowVersion).ok()); // stale
    auto restored = repository.setArchived(client.id, false, archived->rowVersion);
    REQUIRE(restored.ok());
    CHECK_FALSE(restored->archived);
    CHECK(repository.search(active).value().size() == 1);
}

TEST_CASE("possible duplicates are the same name and birth date or a shared phone or email",
          "[clients][repository][duplicates]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    const Client zoe = repository.create(fullClient()).value();

    Client sameNameAndBirth;
    sameNameAndBirth.givenName = QStringLiteral("ZOE");
    sameNameAndBirth.familyName = QStringLiteral("martin");
    sameNameAndBirth.dateOfBirth = QDate(1984, 3, 7);
    CHECK(repository.possibleDuplicates(sameNameAndBirth).value().size() == 1);

    Client sameNameOtherBirth = sameNameAndBirth;
    sameNameOtherBirth.dateOfBirth = QDate(1990, 1, 1);
    CHECK(repository.possibleDuplicates(sameNameOtherBirth).value().isEmpty());

    Client samePhone;
    samePhone.givenName = QStringLiteral("Luc");
    samePhone.homePhone = QStringLiteral("541.555.0123"); // Zoë's mobile, other formatting
    CHECK(repository.possibleDuplicates(samePhone).value().size() == 1);

    Client sameEmail;
    sameEmail.givenName = QStringLiteral("Z.");
    sameEmail.email = QStringLiteral("Zoe.Martin@Example.org");
    const auto byEmail = repository.possibleDuplicates(sameEmail).value();
    REQUIRE(byEmail.size() == 1);
    CHECK(byEmail.constFirst().id == zoe.id);

    // a client is never its own duplicate
    CHECK(repository.possibleDuplicates(zoe).value().isEmpty());
}

TEST_CASE("a bulk insert is all or nothing", "[clients][repository]")
{
    test::TestDatabase t;
    ClientRepository repository(t.db());
    QList<Client> batch{ fullClient(), fullClient(), fullClient() };
    batch[2].dateOfBirth = QDate(2999, 1, 1);
    auto result = repository.createMany(batch);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.startsWith(QLatin1String("Client 3:")));
    CHECK(repository.count(ClientQuery{}).value() == 0);

    batch[2].dateOfBirth = QDate(1999, 1, 1);
    REQUIRE(repository.createMany(batch).ok());
    CHECK(repository.count(ClientQuery{}).value() == 3);
}
