// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupService.h"
#include "core/exchange/BackupSchedule.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/core/exchange/BackupFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery");

AuditEntry lastAuditEntry(Database &database)
{
    AuditFilter newest;
    newest.limit = 1;
    auto entries = AuditTrail(database).entries(newest);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    return entries->constFirst();
}

} // namespace

TEST_CASE("a plain backup of the demo practice restores to identical table contents", "[backup]")
{
    test::BackupFixture f;
    const auto before = test::tableContents(f.practice.path());
    const QString backup = f.elsewherePath(QStringLiteral("practice-copy.stillpoint"));

    auto made = f.service().create(f.owner, test::BackupFixture::request(backup));
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK_FALSE(made->encrypted);
    CHECK(made->path == backup);
    CHECK(made->rows > 100);
    CHECK(QFileInfo(backup).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const QString restored = f.elsewherePath(QStringLiteral("restored.stillpoint"));
    auto back = f.service().restore(f.owner, backup, restored, QString());
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    CHECK(back->clients == 40);
    CHECK(test::tableContents(restored) == before);

    auto reopened = Database::open(restored, Database::OpenMode::ExistingOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->check().ok());
    CHECK(AuditTrail(*reopened.value()).verify()->ok());
}

TEST_CASE("an encrypted backup of the demo practice restores to identical table contents",
          "[backup]")
{
    test::BackupFixture f;
    const auto before = test::tableContents(f.practice.path());
    const QString backup = f.elsewherePath(QStringLiteral("practice.stillpoint-backup"));

    auto made = f.service().create(f.owner, test::BackupFixture::request(backup, Passphrase));
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK(made->encrypted);
    CHECK(BackupCipher::isEncryptedBackup(backup));
    // Nothing of the practice is readable in the file.
    CHECK_FALSE(test::readAll(backup).contains("SQLite format 3"));
    CHECK_FALSE(test::readAll(backup).contains("Martin"));
    // The plain copy used on the way was removed from the practice file's folder.
    CHECK(test::filesIn(f.practice.dirPath()).filter(QStringLiteral(".partial-")).isEmpty());
    CHECK(test::filesIn(f.elsewhere.path())
          == QStringList{ QStringLiteral("practice.stillpoint-backup") });

    const QString restored = f.elsewherePath(QStringLiteral("restored.stillpoint"));
    auto back = BackupRestorer::restoreToNewFile(backup, restored, Passphrase);
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    CHECK(back->encrypted);
    CHECK(back->createdUtc == f.clock.nowUtc());
    CHECK(test::tableContents(restored) == before);
}

TEST_CASE("a backup is audited without health data and becomes the last good one", "[backup]")
{
    test::BackupFixture f;
    f.clock.advanceSeconds(3600);
    REQUIRE(f.service()
                    .create(f.owner,
                            test::BackupFixture::request(
                                    f.elsewherePath(QStringLiteral("b.stillpoint"))))
                    .ok());
    const AuditEntry entry = lastAuditEntry(f.practice.db());
    CHECK(entry.event.operation == QLatin1String("backup.create"));
    CHECK(entry.event.outcome == AuditOutcome::Allowed);
    CHECK(entry.event.username == QLatin1String("owner"));
    CHECK(entry.event.detail.startsWith(QLatin1String("plain backup, verified: ")));
    CHECK(entry.event.clientId == 0);

    auto status = BackupSchedule(f.practice.db(), f.clock).status();
    REQUIRE(status.ok());
    REQUIRE(status->lastGoodUtc.has_value());
    CHECK(*status->lastGoodUtc == f.clock.nowUtc());
}

TEST_CASE("the front desk may not back up or restore and the refusals are audited", "[backup]")
{
    test::BackupFixture f(5);
    const QString backup = f.elsewherePath(QStringLiteral("b.stillpoint"));
    auto made = f.service().create(f.frontDesk, test::BackupFixture::request(backup));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::Denied);
    CHECK_FALSE(QFileInfo::exists(backup));
    CHECK(lastAuditEntry(f.practice.db()).event.outcome == AuditOutcome::Denied);

    REQUIRE(f.service().create(f.owner, test::BackupFixture::request(backup)).ok());
    const QString restored = f.elsewherePath(QStringLiteral("r.stillpoint"));
    auto back = f.service().restore(f.frontDesk, backup, restored, QString());
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().code == ErrorCode::Denied);
    CHECK_FALSE(QFileInfo::exists(restored));
    CHECK_FALSE(f.service().prepareSwap(f.frontDesk, backup).ok());
}

TEST_CASE("a backup over the practice file itself is refused", "[backup]")
{
    test::BackupFixture f(3);
    const QByteArray before = test::readAll(f.practice.path());
    for (const QString &target :
         QStringList{ f.practice.path(), f.practice.path() + QStringLiteral("-wal") }) {
        auto made = f.service().create(f.owner, test::BackupFixture::request(target));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().message.contains(QLatin1String("the practice file itself")));
    }
    CHECK(f.practice.db().check().ok());
}

TEST_CASE("a weak backup passphrase is refused before anything is written", "[backup]")
{
    test::BackupFixture f(3);
    const QString backup = f.elsewherePath(QStringLiteral("b.stillpoint-backup"));
    auto made = f.service().create(f.owner,
                                   test::BackupFixture::request(backup, QStringLiteral("short")));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().field == QLatin1String("passphrase"));
    CHECK(test::filesIn(f.elsewhere.path()).isEmpty());
}

TEST_CASE("a restore never replaces an existing file", "[backup]")
{
    test::BackupFixture f(3);
    const QString backup = f.elsewherePath(QStringLiteral("b.stillpoint"));
    REQUIRE(f.service().create(f.owner, test::BackupFixture::request(backup)).ok());
    const QString existing = f.elsewherePath(QStringLiteral("existing.stillpoint"));
    test::writeAll(existing, "keep me");

    auto back = f.service().restore(f.owner, backup, existing, QString());
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().code == ErrorCode::Conflict);
    CHECK(back.error().message.contains(QLatin1String("never replaces")));
    CHECK(test::readAll(existing) == "keep me");
    CHECK(lastAuditEntry(f.practice.db()).event.detail
          == QLatin1String("refused: the new file already exists"));
}

TEST_CASE("a file that is not a practice is not restored", "[backup]")
{
    test::BackupFixture f(0);
    const QString notes = f.elsewherePath(QStringLiteral("notes.txt"));
    test::writeAll(notes, "shopping list");
    const QString empty = f.elsewherePath(QStringLiteral("empty.stillpoint"));
    test::writeAll(empty, QByteArray());
    for (const QString &backup : { notes, empty }) {
        const QString restored = f.elsewherePath(QStringLiteral("r.stillpoint"));
        auto back = BackupRestorer::restoreToNewFile(backup, restored, QString());
        REQUIRE_FALSE(back.ok());
        CHECK(back.error().message.contains(QLatin1String("not restored")));
        CHECK_FALSE(back.error().message.contains(QLatin1String(".partial-")));
        CHECK_FALSE(QFileInfo::exists(restored));
    }
    CHECK(test::filesIn(f.elsewhere.path()).size() == 2);
}

TEST_CASE("a confirmed restore takes the practice file's place and the previous file is kept",
          "[backup]")
{
    test::BackupFixture f(10);
    const QString backup = f.elsewherePath(QStringLiteral("b.stillpoint"));
    REQUIRE(f.service().create(f.owner, test::BackupFixture::request(backup)).ok());
    // A change after the backup: the restored practice will not have it.
    {
        QSqlQuery q(f.practice.db().connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO practice_settings (key, value) "
                                      "VALUES ('test.afterBackup', 'yes')")));
    }
    const QString practicePath = f.practice.path();
    const QString restored = BackupRestorer::restoredPathFor(practicePath, f.clock.nowUtc());
    CHECK(QFileInfo(restored).fileName()
          == QLatin1String("practice-restored-20261124-090000Z.stillpoint"));
    REQUIRE(f.service().restore(f.owner, backup, restored, QString()).ok());

    auto swap = f.service().prepareSwap(f.owner, restored);
    INFO((swap ? QString() : swap.error().message).toStdString());
    REQUIRE(swap.ok());
    CHECK(swap->practicePath == practicePath);
    CHECK(swap->keptPath == practicePath + QStringLiteral(".before-restore-20261124-090000Z"));
    // While the practice file is open (and written to), the swap waits.
    CHECK_FALSE(swap->apply().ok());
    CHECK(QFileInfo::exists(restored));

    f.practice.close();
    const Status applied = swap->apply();
    INFO((applied ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());
    CHECK_FALSE(QFileInfo::exists(restored));

    auto now = Database::open(practicePath, Database::OpenMode::ExistingOnly);
    REQUIRE(now.ok());
    CHECK(now.value()->check().ok());
    {
        QSqlQuery q(now.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM practice_settings WHERE key = "
                                      "'test.afterBackup'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    const AuditEntry arrived = lastAuditEntry(*now.value());
    CHECK(arrived.event.operation == QLatin1String("backup.restore"));
    CHECK(arrived.event.username == QLatin1String("owner"));
    CHECK(AuditTrail(*now.value()).verify()->ok());

    auto kept = Database::open(swap->keptPath, Database::OpenMode::ReadOnly);
    REQUIRE(kept.ok());
    QSqlQuery q(kept.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM practice_settings WHERE key = "
                                  "'test.afterBackup'")));
    CHECK(q.next());
}

TEST_CASE("scheduled backups go into the folder under dated names and are rotated", "[backup]")
{
    test::BackupFixture f(3);
    REQUIRE(BackupSchedule(f.practice.db(), f.clock).setFolder(f.owner, f.elsewhere.path()).ok());
    for (int day = 0; day < 10; ++day) {
        auto made = f.service().createScheduled(f.owner);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        f.clock.advanceSeconds(BackupSchedule::IntervalSeconds);
    }
    const QStringList files = test::filesIn(f.elsewhere.path());
    // The last seven days; their weeks' and months' newest are among them.
    CHECK(files.size() == 7);
    CHECK(files.constLast() == QLatin1String("practice-backup-20261203-090000Z.stillpoint"));
    CHECK(files.constFirst() == QLatin1String("practice-backup-20261127-090000Z.stillpoint"));
    CHECK(lastAuditEntry(f.practice.db())
                  .event.detail.startsWith(QLatin1String("automatic plain")));
}

TEST_CASE("a scheduled backup without a folder says how to set one", "[backup]")
{
    test::BackupFixture f(0);
    auto made = f.service().createScheduled(f.owner);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::NotFound);
    CHECK(made.error().message.contains(QLatin1String("Backup Settings")));
}
