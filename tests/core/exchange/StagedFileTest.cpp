// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/StagedFile.h"
#include "tests/core/exchange/BackupFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace stillpoint;
using namespace stillpoint::core;

TEST_CASE("a staged file appears under its name only when committed", "[backup][staged]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("backup.stillpoint"));
    {
        auto staged = StagedFile::create(target);
        REQUIRE(staged.ok());
        const QString temporary = staged.value()->path();
        CHECK(QFileInfo(temporary).fileName().startsWith(
                QLatin1String(".backup.stillpoint.partial-")));
        CHECK(QFileInfo(temporary).permissions()
              == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        test::writeAll(temporary, "half a backup");
        CHECK_FALSE(QFileInfo::exists(target));
    }
    // Abandoned: nothing is left at all.
    CHECK(test::filesIn(dir.path()).isEmpty());

    auto staged = StagedFile::create(target);
    REQUIRE(staged.ok());
    test::writeAll(staged.value()->path(), "a whole backup");
    REQUIRE(staged.value()->commit(StagedFile::Replace::Refuse).ok());
    CHECK(test::readAll(target) == "a whole backup");
    CHECK(test::filesIn(dir.path()) == QStringList{ QStringLiteral("backup.stillpoint") });
}

TEST_CASE("a staged file replaces an existing one only when allowed", "[backup][staged]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("restored.stillpoint"));
    test::writeAll(target, "older");

    auto refused = StagedFile::create(target);
    REQUIRE(refused.ok());
    test::writeAll(refused.value()->path(), "newer");
    const Status kept = refused.value()->commit(StagedFile::Replace::Refuse);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().code == ErrorCode::Conflict);
    CHECK(test::readAll(target) == "older");
    refused.value()->discard();
    CHECK(test::filesIn(dir.path()) == QStringList{ QStringLiteral("restored.stillpoint") });

    auto allowed = StagedFile::create(target);
    REQUIRE(allowed.ok());
    test::writeAll(allowed.value()->path(), "newer");
    REQUIRE(allowed.value()->commit(StagedFile::Replace::Allow).ok());
    CHECK(test::readAll(target) == "newer");
}

TEST_CASE("a staged file in a missing folder is refused", "[backup][staged]")
{
    QTemporaryDir dir;
    auto staged = StagedFile::create(dir.filePath(QStringLiteral("nowhere/b.stillpoint")));
    REQUIRE_FALSE(staged.ok());
    CHECK(staged.error().code == ErrorCode::NotFound);
}
