// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PracticeSettings.h"
#include "core/demo/DemoPractice.h"
#include "core/security/AuditLog.h"
#include "core/security/Authenticator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

struct DemoPracticeFile
{
    test::TestDatabase t;
    FixedClock clock{ QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    Authenticator auth{ t.db(), clock };
    DemoPracticeFile() { REQUIRE(DemoPractice::ensureDemoUsers(t.db(), clock).value()); }
    Session as(const char *user)
    {
        return auth.signIn(QString::fromLatin1(user), QStringLiteral("demo")).value();
    }
};

} // namespace

TEST_CASE("the demo practice has owner therapist and frontdesk users with the password demo",
          "[demo][security]")
{
    DemoPracticeFile p;
    CHECK(p.as("owner").role == Role::Owner);
    CHECK(p.as("therapist").role == Role::Therapist);
    CHECK(p.as("frontdesk").role == Role::FrontDesk);
    CHECK_FALSE(DemoPractice::ensureDemoUsers(p.t.db(), p.clock).value()); // only once
    CHECK(PracticeSettings(p.t.db()).practiceName().value()
          == QLatin1String("Stillpoint Demo Practice"));
}

TEST_CASE("the idle lock defaults to ten minutes and only the owner may change it", "[security]")
{
    DemoPracticeFile p;
    PracticeSettings settings(p.t.db(), p.clock);
    CHECK(settings.idleLockMinutes().value() == 10);
    const Status refused = settings.setIdleLockMinutes(p.as("therapist"), 5);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Denied);
    const Status tooLong = settings.setIdleLockMinutes(p.as("owner"), 0);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QLatin1String("from 1 to 240 minutes")));
    REQUIRE(settings.setIdleLockMinutes(p.as("owner"), 3).ok());
    CHECK(settings.idleLockMinutes().value() == 3);
}

TEST_CASE("only the owner reads verifies and exports the audit log", "[security][audit]")
{
    DemoPracticeFile p;
    AuditLog log(p.t.db(), p.clock);
    const Session therapist = p.as("therapist");
    CHECK(log.entries(therapist, AuditFilter{}).error().code == ErrorCode::Denied);
    CHECK_FALSE(log.verify(therapist).ok());

    const Session owner = p.as("owner");
    CHECK(log.verify(owner).value().ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    auto written = log.exportCsv(owner, AuditFilter{}, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == written.value() + 1);
    CHECK(lines.constFirst().startsWith(QLatin1String("id,time_utc,user,operation")));
    CHECK(lines.at(1).contains(QLatin1String("\"practice.init\"")));
    // the export itself is in the trail
    AuditFilter exports;
    exports.operation = QStringLiteral("data.export");
    CHECK(log.entries(owner, exports).value().size() == 1);
}

TEST_CASE("an audit export into a folder that does not exist says so", "[security][audit]")
{
    DemoPracticeFile p;
    auto failed = AuditLog(p.t.db(), p.clock)
                          .exportCsv(p.as("owner"), AuditFilter{},
                                     QStringLiteral("/nonexistent-folder/audit.csv"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(QLatin1String("/nonexistent-folder/audit.csv")));
}

TEST_CASE("the owner renames and recolours body-chart mark types and the legend survives a "
          "reopen",
          "[notes][settings]")
{
    DemoPracticeFile p;
    PracticeSettings settings(p.t.db(), p.clock);
    const ChartLegend defaults = settings.bodyChartLegend().value();
    REQUIRE(defaults == ChartLegend::defaults());
    REQUIRE(defaults.entries.size() == BodyChartCatalog::markTypes().size());
    CHECK(defaults.label(MarkType::Hypertonicity) == QStringLiteral("Hypertonicity / spasm"));
    CHECK(defaults.colour(MarkType::TriggerPoint) == QStringLiteral("#d55e00"));

    // Only the types given change; the others keep their defaults.
    ChartLegend changed;
    changed.entries << ChartLegendEntry{ MarkType::Hypertonicity, QStringLiteral("  Spasm "),
                                         QStringLiteral("#112233") };
    REQUIRE(settings.setBodyChartLegend(p.as("owner"), changed).ok());

    const ChartLegend stored = PracticeSettings(p.t.db(), p.clock).bodyChartLegend().value();
    CHECK(stored.entries.size() == defaults.entries.size());
    CHECK(stored.label(MarkType::Hypertonicity) == QStringLiteral("Spasm"));
    CHECK(stored.colour(MarkType::Hypertonicity) == QStringLiteral("#112233"));
    CHECK(stored.label(MarkType::Pain) == QStringLiteral("Pain"));
    CHECK(stored.colour(MarkType::Pain) == ChartLegend::defaultColour(MarkType::Pain));

    // The change is audited by key, without the labels.
    const auto rows = AuditLog(p.t.db(), p.clock).entries(p.as("owner"), AuditFilter{});
    REQUIRE(rows.ok());
    bool audited = false;
    for (const AuditEntry &row : *rows)
        audited = audited || row.event.detail == QStringLiteral("notes.bodyChartLegend");
    CHECK(audited);
}

TEST_CASE("a legend with an empty or repeated name or a bad colour is refused and nothing changes",
          "[notes][settings]")
{
    DemoPracticeFile p;
    PracticeSettings settings(p.t.db(), p.clock);
    const Session owner = p.as("owner");

    ChartLegend empty = ChartLegend::defaults();
    empty.entries[1].label = QStringLiteral("   ");
    Status refused = settings.setBodyChartLegend(owner, empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("legend.tender_point.label"));

    ChartLegend twice = ChartLegend::defaults();
    twice.entries[3].label = QStringLiteral("trigger POINT");
    refused = settings.setBodyChartLegend(owner, twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("legend.pain.label"));
    CHECK(refused.error().message.contains(QStringLiteral("names two mark types")));

    ChartLegend badColour = ChartLegend::defaults();
    badColour.entries[0].colour = QStringLiteral("orange");
    refused = settings.setBodyChartLegend(owner, badColour);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("legend.trigger_point.colour"));

    ChartLegend tooLong = ChartLegend::defaults();
    tooLong.entries[2].label = QString(ChartLegend::MaxLabelLength + 1, QLatin1Char('x'));
    CHECK_FALSE(settings.setBodyChartLegend(owner, tooLong).ok());

    // Only the owner changes settings.
    ChartLegend fine = ChartLegend::defaults();
    fine.entries[0].label = QStringLiteral("TrP");
    CHECK(settings.setBodyChartLegend(p.as("therapist"), fine).error().code == ErrorCode::Denied);

    CHECK(settings.bodyChartLegend().value() == ChartLegend::defaults());
}

TEST_CASE("a damaged stored legend falls back to the defaults type by type", "[notes][settings]")
{
    const QByteArray json = R"([{"type":"pain","label":"Ache","colour":"#abcdef"},
        {"type":"pain","label":"Second","colour":"#000000"},
        {"type":"unknown_type","label":"X","colour":"#000000"},
        {"type":"numbness","label":"","colour":"not a colour"}, 17])";
    const ChartLegend legend = ChartLegend::fromJson(json);
    CHECK(legend.label(MarkType::Pain) == QStringLiteral("Ache"));
    CHECK(legend.colour(MarkType::Pain) == QStringLiteral("#abcdef"));
    CHECK(legend.label(MarkType::Numbness) == QStringLiteral("Numbness"));
    CHECK(legend.colour(MarkType::Numbness) == ChartLegend::defaultColour(MarkType::Numbness));
    CHECK(legend.label(MarkType::TriggerPoint) == QStringLiteral("Trigger point"));
    CHECK(ChartLegend::fromJson("not json at all").complete() == ChartLegend::defaults().entries);
}
