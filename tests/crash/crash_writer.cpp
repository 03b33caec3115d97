// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the crash test: opens a practice file through core and creates clients in a loop,
// one transaction each (with its audit row), and writes "ID NAME" to standard output only after
// the commit returned. The driver kills it with SIGKILL at a random moment and then holds every
// acknowledged client to account. Usage: crash_writer PRACTICE-FILE TAG

#include "core/clients/ClientService.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

#include <unistd.h>

using namespace stillpoint;

namespace {

// Straight to the pipe, unbuffered: a line is either written whole after the commit or not at all.
void acknowledge(const QByteArray &line)
{
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + written,
                                  static_cast<size_t>(line.size() - written));
        if (n <= 0)
            std::_Exit(3);
        written += n;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: crash_writer PRACTICE-FILE TAG\n", stderr);
        return 2;
    }
    auto opened = core::Database::open(arguments.at(1), core::Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    core::Database &database = *opened.value();
    // The demo owner, as after a sign-in (without the password hash's deliberate slowness).
    auto owner = core::UserRepository(database).findByName(QStringLiteral("owner"));
    if (!owner) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(owner.error().message));
        return 1;
    }
    core::Session session;
    session.userId = owner->id;
    session.username = owner->username;
    session.role = owner->role;
    session.signedInAtUtc = QDateTime::currentDateTimeUtc();

    core::ClientService clients(database);
    QElapsedTimer alive;
    alive.start();
    // The driver kills it long before; the limit only keeps a lost child from running forever.
    for (int i = 0; alive.elapsed() < 20'000; ++i) {
        core::Client client;
        client.givenName = QStringLiteral("Crash");
        client.familyName = arguments.at(2) + u'-' + QString::number(i);
        client.email = QStringLiteral("crash%1@example.org").arg(i);
        const auto created = clients.create(session, client);
        if (!created) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(created.error().message));
            return 1;
        }
        acknowledge(QByteArray::number(created->id) + ' ' + created->familyName.toUtf8() + '\n');
    }
    return 0;
}
