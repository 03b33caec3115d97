// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogModel.h"

#include "core/security/AuditLog.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSet>

#include <algorithm>

using namespace stillpoint;
using ui::AuditLogModel;

namespace {

// `count` made-up reads of clients 1 to 5 by the signed-in owner, one minute apart.
void addReads(core::Database &database, core::FixedClock &clock, const core::Session &owner,
              int count)
{
    core::AuditTrail trail(database, clock);
    for (int i = 0; i < count; ++i) {
        core::AuditEvent read;
        read.operation = QStringLiteral("client.read");
        read.userId = owner.userId;
        read.username = owner.username;
        read.clientId = 1 + i % 5;
        read.recordType = QStringLiteral("client");
        read.recordId = read.clientId;
        REQUIRE(trail.record(read).ok());
        clock.advanceSeconds(60);
    }
}

} // namespace

TEST_CASE("the audit log model passes QAbstractItemModelTester while it pages and filters",
          "[ui][audit][model]")
{
    test::TestDatabase t;
    core::FixedClock clock = test::fixedClock();
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    addReads(t.db(), clock, session->session(), 45);
    const core::AuditLog log(t.db(), clock);
    const test::ModelTestWarnings warnings;

    AuditLogModel model(log, *session);
    model.setPageSize(10);
    CHECK(model.rowCount() == 10);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 47); // and the demo users' creation and the owner's sign-in
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.entryId(row);
    CHECK(std::is_sorted(ids.rbegin(), ids.rend()));
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == ids.size());

    core::AuditFilter onlyClient3;
    onlyClient3.clientId = 3;
    model.setFilter(onlyClient3);
    CHECK(model.rowCount() == 9);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    model.refresh();

    INFO(warnings.messages().join(u'\n').toStdString());
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("the audit log model shows the newest entry first in the practice's time zone",
          "[ui][audit][model]")
{
    test::TestDatabase t;
    core::FixedClock clock = test::fixedClock();
    const auto session = test::currentSession(test::signIn(t.db(), core::Role::Owner, clock));
    addReads(t.db(), clock, session->session(), 3);
    const core::AuditLog log(t.db(), clock);

    AuditLogModel model(log, *session);
    model.setTimeZone(QTimeZone("America/Los_Angeles"));
    REQUIRE(model.rowCount() >= 3);
    CHECK(model.entryId(0) > model.entryId(1));
    // The last read: 2026-11-24 10:02 UTC is 02:02 in Los Angeles.
    CHECK(model.index(0, AuditLogModel::TimeColumn).data().toString()
          == QStringLiteral("2026-11-24 02:02:00"));
    CHECK(model.index(0, AuditLogModel::OperationColumn).data().toString()
          == QStringLiteral("client.read"));
    CHECK(model.index(0, AuditLogModel::UserColumn).data().toString() == QStringLiteral("owner"));
    CHECK(model.index(0, AuditLogModel::OutcomeColumn).data().toString()
          == QStringLiteral("Allowed"));
    CHECK(model.index(0, AuditLogModel::ClientColumn).data().toString() == QStringLiteral("3"));
}

TEST_CASE("the audit log model asks nothing of core for someone who may not read the trail",
          "[ui][audit][model]")
{
    test::TestDatabase t;
    core::FixedClock clock = test::fixedClock();
    const auto desk = test::currentSession(test::signIn(t.db(), core::Role::FrontDesk, clock));
    const core::AuditLog log(t.db(), clock);
    const auto owner = test::signIn(t.db(), core::Role::Owner, clock);
    core::AuditFilter denials;
    denials.operation = QStringLiteral("audit.read");
    const qsizetype before = log.entries(owner, denials).value().size();

    AuditLogModel model(log, *desk);
    CHECK(model.rowCount() == 0);
    // No refusal was provoked (and audited) on the front desk's behalf.
    CHECK(log.entries(owner, denials).value().size() == before);
}
