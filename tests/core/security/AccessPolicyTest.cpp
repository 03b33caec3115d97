// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/Authenticator.h"
#include "core/security/Permissions.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

bool tableAllows(Role role, Operation operation)
{
    for (const PermissionRule &rule : Permissions::table()) {
        if (rule.operation == operation)
            return rule.roles.contains(role);
    }
    return false;
}

qsizetype deniedRows(Database &db)
{
    AuditFilter all;
    all.limit = 100000;
    qsizetype count = 0;
    for (const AuditEntry &entry : AuditTrail(db).entries(all).value())
        count += entry.event.outcome == AuditOutcome::Denied ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE(
        "every operation for every role and for no session is allowed or denied as the table says",
        "[security]")
{
    test::TestDatabase t;
    AccessControl access(t.db());
    Authenticator auth(t.db());
    const QString password = QStringLiteral("policy password");
    const Session owner = auth.initializePractice(QStringLiteral("P"), QStringLiteral("UTC"),
                                                  QStringLiteral("owner"), QString(), password)
                                  .value();
    QList<Session> sessions{ owner };
    for (const auto &[role, name] : { std::pair{ Role::Therapist, QStringLiteral("therapist") },
                                      std::pair{ Role::FrontDesk, QStringLiteral("desk") } }) {
        REQUIRE(auth.addUser(owner, name, QString(), role, password).ok());
        sessions << auth.signIn(name, password).value();
    }
    for (Operation operation : Operations::all()) {
        for (const Session &session : std::as_const(sessions)) {
            const Role role = session.role;
            const qsizetype deniedBefore = deniedRows(t.db());
            const Status status = access.require(session, operation, 42);
            INFO(Operations::key(operation).toStdString()
                 << " as " << Roles::key(role).toStdString());
            CHECK(status.ok() == tableAllows(role, operation));
            if (!status.ok())
                CHECK(status.error().code == ErrorCode::Denied);
            // a denial, and only a denial, leaves a row in the audit trail
            CHECK(deniedRows(t.db()) == deniedBefore + (status.ok() ? 0 : 1));
        }
        const Session nobody;
        INFO(Operations::key(operation).toStdString() << " with no session");
        CHECK_FALSE(access.require(nobody, operation).ok());
    }
    CHECK(AuditTrail(t.db()).verify().value().ok());
}

TEST_CASE("an operation that has a name is listed and in the access table", "[security]")
{
    // Operations::key() is an exhaustive switch (a new enum value without a key fails the build
    // under -Werror=switch); here every value with a key must be in all() and in the table.
    int named = 0;
    for (int value = 0; value < 1000; ++value) {
        const auto operation = static_cast<Operation>(value);
        if (Operations::key(operation) == QLatin1String("unknown"))
            continue;
        ++named;
        INFO(Operations::key(operation).toStdString());
        CHECK(Operations::all().contains(operation));
        bool inTable = false;
        for (const PermissionRule &rule : Permissions::table())
            inTable = inTable || rule.operation == operation;
        CHECK(inTable);
    }
    CHECK(named == Operations::all().size());
}

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages << message;
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(needle);
}

} // namespace

TEST_CASE("passwords appear nowhere in the practice file its WAL or the log", "[security]")
{
    const QString ownerPassword = QStringLiteral("Zebra-Lavender-7731");
    const QString deskPassword = QStringLiteral("Quokka-Menthol-2209");
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        test::TestDatabase t;
        Authenticator auth(t.db());
        const Session owner =
                auth.initializePractice(QStringLiteral("Calm Hands"), QStringLiteral("UTC"),
                                        QStringLiteral("maria"), QString(), ownerPassword)
                        .value();
        REQUIRE(auth.addUser(owner, QStringLiteral("desk"), QString(), Role::FrontDesk,
                             deskPassword)
                        .ok());
        REQUIRE_FALSE(auth.signIn(QStringLiteral("desk"), ownerPassword).ok());
        REQUIRE(auth.signIn(QStringLiteral("desk"), deskPassword).ok());
        REQUIRE(auth.resetPassword(owner, QStringLiteral("desk"), deskPassword + QLatin1Char('!'))
                        .ok());

        QDirIterator files(t.dirPath(), QDir::Files);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            ++checked;
            for (const QString &password : { ownerPassword, deskPassword }) {
                INFO(path.toStdString());
                CHECK_FALSE(fileContains(path, password.toUtf8()));
                CHECK_FALSE(
                        fileContains(path,
                                     QByteArray(reinterpret_cast<const char *>(password.utf16()),
                                                password.size() * 2)));
            }
        }
        CHECK(checked >= 2); // the file and its WAL at least
    }
    qInstallMessageHandler(previous);
    for (const QString &message : std::as_const(capturedMessages)) {
        CHECK_FALSE(message.contains(ownerPassword));
        CHECK_FALSE(message.contains(deskPassword));
    }
}
