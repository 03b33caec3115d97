// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupSchedule.h"
#include "core/security/AuditTrail.h"
#include "tests/core/exchange/BackupFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

BackupStatus statusOf(test::BackupFixture &f)
{
    auto status = BackupSchedule(f.practice.db(), f.clock).status();
    REQUIRE(status.ok());
    return status.value();
}

void backUp(test::BackupFixture &f)
{
    REQUIRE(f.service()
                    .create(f.owner,
                            test::BackupFixture::request(
                                    f.elsewherePath(QStringLiteral("b.stillpoint"))))
                    .ok());
}

} // namespace

TEST_CASE("a practice never backed up is warned about and due once a folder is set", "[backup]")
{
    test::BackupFixture f(0);
    BackupStatus status = statusOf(f);
    CHECK(status.stale);
    CHECK_FALSE(status.due); // no folder: nothing to do automatically
    CHECK_FALSE(status.lastGoodUtc.has_value());
    CHECK(BackupSchedule::warning(status) == QStringLiteral("No backup yet — back up now"));

    REQUIRE(BackupSchedule(f.practice.db(), f.clock).setFolder(f.owner, f.elsewhere.path()).ok());
    status = statusOf(f);
    CHECK(status.due);
    CHECK(status.folder == f.elsewhere.path());
}

TEST_CASE("a backup is due again after a day and too old after two", "[backup]")
{
    test::BackupFixture f(0);
    REQUIRE(BackupSchedule(f.practice.db(), f.clock).setFolder(f.owner, f.elsewhere.path()).ok());
    backUp(f);
    BackupStatus status = statusOf(f);
    CHECK_FALSE(status.due);
    CHECK_FALSE(status.stale);
    CHECK(status.daysSinceLastGood == 0);
    CHECK(BackupSchedule::warning(status).isEmpty());

    f.clock.advanceSeconds(BackupSchedule::IntervalSeconds - 60);
    CHECK_FALSE(statusOf(f).due);
    f.clock.advanceSeconds(60);
    status = statusOf(f);
    CHECK(status.due);
    CHECK_FALSE(status.stale);

    f.clock.advanceSeconds(BackupSchedule::IntervalSeconds + 1);
    status = statusOf(f);
    CHECK(status.stale);
    CHECK(BackupSchedule::warning(status)
          == QStringLiteral("Last backup 2 days ago — back up now"));
    f.clock.advanceSeconds(7 * BackupSchedule::IntervalSeconds);
    CHECK(BackupSchedule::warning(statusOf(f))
          == QStringLiteral("Last backup 9 days ago — back up now"));
}

TEST_CASE("only the owner sets the backup folder and the change is audited", "[backup]")
{
    test::BackupFixture f(0);
    BackupSchedule schedule(f.practice.db(), f.clock);
    const Status denied = schedule.setFolder(f.frontDesk, f.elsewhere.path());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK(statusOf(f).folder.isEmpty());

    REQUIRE(schedule.setFolder(f.owner, f.elsewhere.path()).ok());
    AuditFilter newest;
    newest.limit = 1;
    const AuditEntry entry = AuditTrail(f.practice.db()).entries(newest)->constFirst();
    CHECK(entry.event.operation == QLatin1String("settings.change"));
    CHECK(entry.event.detail == QLatin1String("backup.folder"));

    REQUIRE(schedule.setFolder(f.owner, QString()).ok());
    CHECK(statusOf(f).folder.isEmpty());
}

TEST_CASE("a backup folder that is missing or the practice file's own is refused", "[backup]")
{
    test::BackupFixture f(0);
    BackupSchedule schedule(f.practice.db(), f.clock);
    const Status missing = schedule.setFolder(f.owner, f.elsewherePath(QStringLiteral("nowhere")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QLatin1String("backupFolder"));
    const Status own = schedule.setFolder(f.owner, f.practice.dirPath());
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message.contains(QLatin1String("lost with it")));
    CHECK(statusOf(f).folder.isEmpty());
}
