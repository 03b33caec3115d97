// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupRotation.h"
#include "tests/core/exchange/BackupFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utime.h>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

const QString Practice = QStringLiteral("/clinic/practice.stillpoint");

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

BackupFileEntry entry(const QDateTime &at)
{
    return { BackupRotation::fileName(Practice, at, false), at };
}

QList<QDateTime> keptTimes(const RotationPlan &plan)
{
    QList<QDateTime> times;
    for (const BackupFileEntry &kept : plan.keep)
        times << kept.createdUtc;
    return times;
}

} // namespace

TEST_CASE("a year of daily backups keeps 7 days 4 weeks and 12 months", "[backup][rotation]")
{
    QList<BackupFileEntry> backups;
    const QDateTime newest = utc(2026, 11, 24); // a Tuesday
    for (int day = 0; day < 400; ++day)
        backups << entry(newest.addDays(-day));
    const RotationPlan plan = BackupRotation::plan(backups, {}, QTimeZone::utc());
    const QList<QDateTime> kept = keptTimes(plan);

    // The last seven days
    for (int day = 0; day < 7; ++day)
        CHECK(kept.contains(newest.addDays(-day)));
    // the newest of ISO weeks 47 (Sunday 22nd, already kept), 46 and 45
    CHECK(kept.contains(utc(2026, 11, 15)));
    CHECK(kept.contains(utc(2026, 11, 8)));
    CHECK_FALSE(kept.contains(utc(2026, 11, 1)));
    // the newest of each of the last twelve months: the last day of each month before this one
    for (int back = 1; back < 12; ++back) {
        const QDate month = QDate(2026, 11, 1).addMonths(-back);
        CHECK(kept.contains(utc(month.year(), month.month(), month.daysInMonth())));
    }
    CHECK_FALSE(kept.contains(utc(2025, 11, 30)));
    CHECK(kept.size() == 7 + 2 + 11);
    CHECK(plan.keep.size() + plan.remove.size() == backups.size());
    // Newest first in both lists.
    CHECK(plan.keep.constFirst().createdUtc == newest);
    CHECK(plan.remove.constFirst().createdUtc > plan.remove.constLast().createdUtc);
}

TEST_CASE("of several backups on one day only the newest is kept", "[backup][rotation]")
{
    QList<BackupFileEntry> backups;
    for (int hour = 8; hour <= 18; hour += 2)
        backups << entry(utc(2026, 11, 24, hour));
    backups << entry(utc(2026, 11, 23, 17));
    const RotationPlan plan =
            BackupRotation::plan(backups, BackupRotationPolicy{ 7, 0, 0 }, QTimeZone::utc());
    CHECK(keptTimes(plan) == QList<QDateTime>{ utc(2026, 11, 24, 18), utc(2026, 11, 23, 17) });
    CHECK(plan.remove.size() == 5);
}

TEST_CASE("the newest backup is kept however the rotation is set", "[backup][rotation]")
{
    const QList<BackupFileEntry> backups{ entry(utc(2026, 1, 1)), entry(utc(2026, 3, 1)) };
    const RotationPlan plan =
            BackupRotation::plan(backups, BackupRotationPolicy{ 0, 0, 0 }, QTimeZone::utc());
    CHECK(keptTimes(plan) == QList<QDateTime>{ utc(2026, 3, 1) });
    CHECK(BackupRotation::plan({}, {}, QTimeZone::utc()).keep.isEmpty());
}

TEST_CASE("rotation counts weeks from Monday and months by the calendar", "[backup][rotation]")
{
    // Sunday 22 and Monday 23 November 2026 are in different ISO weeks.
    const QList<BackupFileEntry> backups{ entry(utc(2026, 11, 23)), entry(utc(2026, 11, 22)),
                                          entry(utc(2026, 11, 21)), entry(utc(2026, 10, 31)),
                                          entry(utc(2026, 10, 30)) };
    const RotationPlan weekly =
            BackupRotation::plan(backups, BackupRotationPolicy{ 0, 2, 0 }, QTimeZone::utc());
    CHECK(keptTimes(weekly) == QList<QDateTime>{ utc(2026, 11, 23), utc(2026, 11, 22) });
    const RotationPlan monthly =
            BackupRotation::plan(backups, BackupRotationPolicy{ 0, 0, 2 }, QTimeZone::utc());
    CHECK(keptTimes(monthly) == QList<QDateTime>{ utc(2026, 11, 23), utc(2026, 10, 31) });
}

TEST_CASE("rotation counts days in the practice's time zone", "[backup][rotation]")
{
    // 23:30 and 00:30 UTC are one day apart in London, the same morning in Auckland (UTC+13).
    const QList<BackupFileEntry> backups{ entry(utc(2026, 11, 24, 0, 30)),
                                          entry(utc(2026, 11, 23, 23, 30)) };
    const BackupRotationPolicy twoDays{ 2, 0, 0 };
    CHECK(BackupRotation::plan(backups, twoDays, QTimeZone("Europe/London")).keep.size() == 2);
    CHECK(BackupRotation::plan(backups, twoDays, QTimeZone("Pacific/Auckland")).keep.size() == 1);
}

TEST_CASE("backup file names carry their time and other files are not ours", "[backup][rotation]")
{
    const QDateTime at = utc(2026, 11, 24, 9, 5).addSecs(7);
    const QString plain = BackupRotation::fileName(Practice, at, false);
    CHECK(plain == QLatin1String("practice-backup-20261124-090507Z.stillpoint"));
    CHECK(BackupRotation::fileName(Practice, at, true)
          == QLatin1String("practice-backup-20261124-090507Z.stillpoint-backup"));
    CHECK(BackupRotation::parseFileName(Practice, plain) == at);
    CHECK(BackupRotation::parseFileName(Practice, plain + QStringLiteral("-backup")) == at);
    for (const char *other :
         { "practice.stillpoint", "notes.txt", "demo-backup-20261124-090507Z.stillpoint",
           "practice-backup-20261124-090507.stillpoint",
           "practice-backup-20261399-090507Z.stillpoint",
           "xpractice-backup-20261124-090507Z.stillpoint" }) {
        INFO(other);
        CHECK_FALSE(BackupRotation::parseFileName(Practice, QString::fromLatin1(other)));
    }
}

TEST_CASE("applying the rotation removes only this practice's old backups and stale partial files",
          "[backup][rotation]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString practice = folder.filePath(QStringLiteral("elsewhere/practice.stillpoint"));
    const QDateTime now = utc(2026, 11, 24, 12);
    QStringList expected;
    for (int day = 0; day < 20; ++day) {
        const QString name = BackupRotation::fileName(practice, now.addDays(-day), day % 2 == 0);
        test::writeAll(folder.filePath(name), "backup");
        if (day < 7 || day == 9 || day == 16)
            expected << name; // and the newest of the weeks before: Sunday 15th and Sunday 8th
    }
    for (const char *other : { "notes.txt", "demo-backup-20200101-000000Z.stillpoint",
                               ".practice-backup-20261124-110000Z.stillpoint.partial-1a2b3c4d",
                               ".practice-backup-20261124-115959Z.stillpoint.partial-00000000",
                               ".notes.txt.partial-12345678" })
        test::writeAll(folder.filePath(QString::fromLatin1(other)), "other");
    // A partial file from a backup that crashed two days ago, and one still being written.
    const qint64 crashed = now.addDays(-2).toSecsSinceEpoch();
    const qint64 writing = now.addSecs(-600).toSecsSinceEpoch();
    const auto touch = [&folder](const char *name, qint64 at) {
        const utimbuf times{ at, at };
        REQUIRE(utime(QFile::encodeName(folder.filePath(QString::fromLatin1(name))).constData(),
                      &times)
                == 0);
    };
    touch(".practice-backup-20261124-110000Z.stillpoint.partial-1a2b3c4d", crashed);
    touch(".practice-backup-20261124-115959Z.stillpoint.partial-00000000", writing);
    touch(".notes.txt.partial-12345678", crashed);
    expected << QStringLiteral(".practice-backup-20261124-115959Z.stillpoint.partial-00000000")
             << QStringLiteral(".notes.txt.partial-12345678") << QStringLiteral("notes.txt")
             << QStringLiteral("demo-backup-20200101-000000Z.stillpoint");

    auto applied = BackupRotation::apply(folder.path(), practice, {}, QTimeZone::utc(), now);
    REQUIRE(applied.ok());
    expected.sort();
    QStringList left = test::filesIn(folder.path());
    left.removeAll(QStringLiteral("elsewhere"));
    left.sort();
    CHECK(left == expected);
}
