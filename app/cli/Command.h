// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/GlobalOptions.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace stillpoint::cli {

class SignedInUser;

class PasswordReader;

// Process exit codes, as the README documents them.
namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failure = 1; // the command ran and failed, or found problems
inline constexpr int Usage = 2; // the command line was wrong; nothing was done
} // namespace ExitCode

// What a command runs with: where to write, where passwords come from, the global options and the
// clock. Commands never touch std::cout, std::cin or the process environment directly, so they stay
// easy to follow and to reuse.
struct CommandContext
{
    QTextStream &out; // results, for people and scripts
    QTextStream &err; // errors and notes
    PasswordReader &passwords;
    GlobalOptions global;
    const core::Clock &clock;
    QString commandPath; // "clients search": the words that chose the command, for messages

    // The error stream, after flushing `out` so that results and messages stay in order.
    QTextStream &errors()
    {
        out.flush();
        return err;
    }
};

// One command of stillpoint-cli. A command declares its options and syntax; run() parses its
// arguments (with the global options and --help) and hands the result to execute().
class Command
{
public:
    Command(QString name, QString summary);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    const QString &summary() const { return m_summary; }

    // `arguments` are the words after the command's name.
    virtual int run(CommandContext &context, const QStringList &arguments);
    virtual QString helpText(const CommandContext &context) const;
    // This command's path below `prefix` and its summary; a group lists its commands instead.
    virtual QList<QPair<QString, QString>> listing(const QString &prefix) const;
    // Whether running this command with `arguments` (the words after its name) lays out
    // documents with Qt Gui (a PDF), and so needs a QGuiApplication instead of a core one.
    virtual bool needsGuiApplication(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }

    // The program's name as messages show it.
    static QString programName();
    // Formats options as an indented two-column list for help texts.
    static QString formatOptions(const QList<QCommandLineOption> &options);

protected:
    // Options besides the global ones and --help.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // What follows the command path in the usage line, for example "TEXT".
    virtual QString syntax() const { return {}; }
    // The paragraph under the usage line of the command's help; the summary unless overridden.
    virtual QString description() const { return m_summary; }
    // Whether the command reads or changes records, and so always runs for a signed-in --user.
    virtual bool needsUser() const { return false; }
    virtual int execute(CommandContext &context, const QCommandLineParser &parser) = 0;

    // Prints "stillpoint-cli COMMAND: message" and a pointer to --help; returns ExitCode::Usage.
    int usageError(CommandContext &context, const QString &message) const;
    // Prints a core error (its message names the problem); returns ExitCode::Failure.
    int failure(CommandContext &context, const core::Error &error) const;
    // Prints that this command needs --user NAME; returns ExitCode::Usage. For commands that read
    // or change records, before anything is opened.
    int userRequired(CommandContext &context) const;
    // Opens the file given with --database, or `defaultPath` when none was given. Prints the error
    // and returns nullptr when the file cannot be opened.
    std::unique_ptr<core::Database> openDatabase(CommandContext &context,
                                                 core::Database::OpenMode mode,
                                                 const QString &defaultPath) const;
    // Opens the existing practice file (--database, or the default one) and signs in --user,
    // which the caller has checked is given. Prints why and returns nothing when either fails.
    std::unique_ptr<SignedInUser> signInToPractice(CommandContext &context) const;
    // The file the command works on: --database, or `defaultPath`.
    static QString databasePath(const CommandContext &context, const QString &defaultPath);
    // Parses a whole number in [minimum, maximum] given for `optionName`; prints a usage error and
    // returns nothing when `text` is not one.
    std::optional<int> parseCount(CommandContext &context, const QString &optionName,
                                  const QString &text, int minimum, int maximum) const;
    // Text as one cell of a tab-separated line: tabs, line breaks and other control characters
    // from stored text would break the columns, so they become spaces.
    static QString cell(const QString &text);

private:
    QString m_name;
    QString m_summary;
};

} // namespace stillpoint::cli
