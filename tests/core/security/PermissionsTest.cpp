// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Permissions.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace stillpoint::core;

TEST_CASE("every operation appears in the access table exactly once", "[security]")
{
    QSet<QString> seen;
    for (const PermissionRule &rule : Permissions::table()) {
        INFO(Operations::key(rule.operation).toStdString());
        CHECK_FALSE(seen.contains(Operations::key(rule.operation)));
        seen.insert(Operations::key(rule.operation));
    }
    for (Operation operation : Operations::all()) {
        INFO(Operations::key(operation).toStdString());
        CHECK(seen.contains(Operations::key(operation)));
    }
}

TEST_CASE("the front desk never reaches clinical content or administration", "[security]")
{
    for (Operation operation :
         { Operation::ClinicalRead, Operation::ClinicalWrite, Operation::ClientReadAllAlerts,
           Operation::UserManage, Operation::AuditRead, Operation::BackupCreate }) {
        INFO(Operations::key(operation).toStdString());
        CHECK_FALSE(Permissions::allows(Role::FrontDesk, operation));
    }
    CHECK(Permissions::allows(Role::FrontDesk, Operation::ClientUpdate));
    CHECK(Permissions::allows(Role::FrontDesk, Operation::ClientSearch));
}

TEST_CASE("the owner may do everything and the therapist everything clinical", "[security]")
{
    for (Operation operation : Operations::all())
        CHECK(Permissions::allows(Role::Owner, operation));
    CHECK(Permissions::allows(Role::Therapist, Operation::ClinicalRead));
    CHECK_FALSE(Permissions::allows(Role::Therapist, Operation::UserManage));
    CHECK_FALSE(Permissions::allows(Role::Therapist, Operation::AuditRead));
}

TEST_CASE("an operation missing from the table is denied to everybody", "[security]")
{
    const auto unlisted = static_cast<Operation>(9999);
    for (Role role : { Role::Owner, Role::Therapist, Role::FrontDesk })
        CHECK_FALSE(Permissions::allows(role, unlisted));
}

TEST_CASE("the front desk runs the schedule and only the owner sets it up", "[security]")
{
    for (Role role : { Role::Owner, Role::Therapist, Role::FrontDesk }) {
        CHECK(Permissions::allows(role, Operation::ScheduleRead));
        CHECK(Permissions::allows(role, Operation::ScheduleWrite));
    }
    CHECK(Permissions::allows(Role::Owner, Operation::ScheduleManage));
    CHECK_FALSE(Permissions::allows(Role::Therapist, Operation::ScheduleManage));
    CHECK_FALSE(Permissions::allows(Role::FrontDesk, Operation::ScheduleManage));
    CHECK(Operations::key(Operation::ScheduleManage) == QStringLiteral("schedule.manage"));
}
