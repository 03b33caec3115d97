// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace stillpoint::cli {

// Options that apply to every command and may be given before or after the command's name
// ("stillpoint-cli --database F check" or "stillpoint-cli check --database F"). A new global
// option is one definition here, one field and one line in readFrom().
struct GlobalOptions
{
    std::optional<QString> databasePath; // not given: the command's default file
    std::optional<QString> user; // who signs in, for commands that read or change records

    static QList<QCommandLineOption> definitions();
    // Takes the global options set in `parser`, which must have been given definitions().
    void readFrom(const QCommandLineParser &parser);
};

} // namespace stillpoint::cli
