// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/AuditExportCommand.h"
#include "app/cli/AuditListCommand.h"
#include "app/cli/AuditVerifyCommand.h"
#include "app/cli/BackupCommand.h"
#include "app/cli/BenchCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/ClientSearchCommand.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/ExportAppointmentsCommand.h"
#include "app/cli/ExportClientRecordCommand.h"
#include "app/cli/ExportClientsCommand.h"
#include "app/cli/ExportIcsCommand.h"
#include "app/cli/ExportPracticeCommand.h"
#include "app/cli/ImportClientsCommand.h"
#include "app/cli/ImportDiaryCommand.h"
#include "app/cli/InitCommand.h"
#include "app/cli/RestoreCommand.h"
#include "app/cli/UserAddCommand.h"
#include "app/cli/UserListCommand.h"
#include "app/cli/UserResetPasswordCommand.h"
#include "app/cli/UserSetActiveCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString HelpOption = u"help"_s;
const QString VersionOption = u"version"_s;
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, PasswordReader &passwords, const core::Clock &clock)
    : m_out(out), m_err(err), m_passwords(passwords), m_clock(clock),
      m_commands(QString(), QString())
{
    m_commands.add(std::make_unique<InitCommand>());
    m_commands.add(std::make_unique<DemoCommand>());
    auto clients = std::make_unique<CommandGroup>(u"clients"_s, u"Work with client records."_s);
    clients->add(std::make_unique<ClientSearchCommand>());
    m_commands.add(std::move(clients));
    auto import =
            std::make_unique<CommandGroup>(u"import"_s, u"Bring records in from other software."_s);
    import->add(std::make_unique<ImportClientsCommand>());
    import->add(std::make_unique<ImportDiaryCommand>());
    m_commands.add(std::move(import));
    auto exports = std::make_unique<CommandGroup>(u"export"_s,
                                                  u"Write records to files for other software."_s);
    exports->add(std::make_unique<ExportClientsCommand>());
    exports->add(std::make_unique<ExportAppointmentsCommand>());
    exports->add(std::make_unique<ExportIcsCommand>());
    exports->add(std::make_unique<ExportClientRecordCommand>());
    exports->add(std::make_unique<ExportPracticeCommand>());
    m_commands.add(std::move(exports));
    auto users =
            std::make_unique<CommandGroup>(u"users"_s, u"Manage who can sign in (owner only)."_s);
    users->add(std::make_unique<UserAddCommand>());
    users->add(std::make_unique<UserListCommand>());
    users->add(std::make_unique<UserSetActiveCommand>(false));
    users->add(std::make_unique<UserSetActiveCommand>(true));
    users->add(std::make_unique<UserResetPasswordCommand>());
    m_commands.add(std::move(users));
    auto audit = std::make_unique<CommandGroup>(u"audit"_s,
                                                u"Read and verify the audit trail (owner only)."_s);
    audit->add(std::make_unique<AuditVerifyCommand>());
    audit->add(std::make_unique<AuditListCommand>());
    audit->add(std::make_unique<AuditExportCommand>());
    m_commands.add(std::move(audit));
    m_commands.add(std::make_unique<BackupCommand>());
    m_commands.add(std::make_unique<RestoreCommand>());
    m_commands.add(std::make_unique<CheckCommand>());
    m_commands.add(std::make_unique<BenchCommand>());
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after the command's name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(GlobalOptions::definitions());
    parser.addOption(QCommandLineOption({ u"h"_s, HelpOption }, u"Show this help."_s));
    parser.addOption(QCommandLineOption(VersionOption, u"Show the version."_s));

    CommandContext context{ m_out, m_err, m_passwords, GlobalOptions(), m_clock, QString() };
    int exitCode = ExitCode::Success;
    if (!parser.parse(arguments)) {
        context.errors() << Command::programName() << ": " << parser.errorText() << '\n'
                         << "Run \"" << Command::programName() << " --help\" for usage.\n";
        exitCode = ExitCode::Usage;
    } else if (parser.isSet(HelpOption)) {
        m_out << helpText();
    } else if (parser.isSet(VersionOption)) {
        m_out << Command::programName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    } else if (parser.positionalArguments().isEmpty()) {
        context.errors() << helpText();
        exitCode = ExitCode::Usage;
    } else {
        context.global.readFrom(parser);
        exitCode = m_commands.run(context, parser.positionalArguments());
    }
    m_out.flush();
    m_err.flush();
    return exitCode;
}

bool Cli::needsGuiApplication(const QStringList &arguments) const
{
    // The same parse as run(): global options, then the command's words.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(GlobalOptions::definitions());
    parser.addOption(QCommandLineOption({ u"h"_s, HelpOption }, u"Show this help."_s));
    parser.addOption(QCommandLineOption(VersionOption, u"Show the version."_s));
    return parser.parse(arguments) && !parser.isSet(HelpOption) && !parser.isSet(VersionOption)
            && m_commands.needsGuiApplication(parser.positionalArguments());
}

QString Cli::helpText() const
{
    QList<QCommandLineOption> options = GlobalOptions::definitions();
    options += QCommandLineOption({ u"h"_s, HelpOption }, u"Show this help."_s);
    options += QCommandLineOption(VersionOption, u"Show the version."_s);

    return u"Usage: "_s + Command::programName()
            + u" [--database FILE] [--user NAME] COMMAND [ARGUMENTS]\n\n"_s
            + u"Create, fill, check and search a Stillpoint practice file, and manage its users\n"_s
            + u"and audit trail, from a terminal. Commands that read or change records need\n"_s
            + u"--user NAME; the password is the first line of standard input when that is not\n"_s
            + u"a terminal, otherwise it is asked for.\n\n"_s + u"Commands:\n"_s
            + m_commands.formatListing() + u"\nOptions:\n"_s + Command::formatOptions(options)
            + u"\nWithout --database: "_s + core::Database::defaultPath() + u"\n(demo uses "_s
            + core::Database::defaultDemoPath() + u").\nRun \""_s + Command::programName()
            + u" COMMAND --help\" for a command's options.\n"_s;
}

} // namespace stillpoint::cli
