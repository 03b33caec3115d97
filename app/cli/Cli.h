// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandGroup.h"

#include <QStringList>
#include <QTextStream>

namespace stillpoint::cli {

class PasswordReader;

// The whole command line of stillpoint-cli: global options (--database, --user, --help, --version),
// then a command from the table built in the constructor. A new command is one Command subclass and
// one line there.
class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err, PasswordReader &passwords, const core::Clock &clock);

    // `arguments` as QCoreApplication::arguments() gives them, the program first. Returns the
    // process exit code (see ExitCode).
    int run(const QStringList &arguments);
    // Whether the command `arguments` name needs a QGuiApplication (it draws a PDF); every other
    // command runs with a QCoreApplication and needs no display. Decided before either exists.
    bool needsGuiApplication(const QStringList &arguments) const;

private:
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    PasswordReader &m_passwords;
    const core::Clock &m_clock;
    CommandGroup m_commands;
};

} // namespace stillpoint::cli
