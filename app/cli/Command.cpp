// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "app/cli/SignedInUser.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString HelpOption = u"help"_s;
}

Command::Command(QString name, QString summary)
    : m_name(std::move(name)), m_summary(std::move(summary))
{ }

Command::~Command() = default;

QString Command::programName()
{
    return u"stillpoint-cli"_s;
}

int Command::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(GlobalOptions::definitions());
    parser.addOption(QCommandLineOption({ u"h"_s, HelpOption }, u"Show this help."_s));
    parser.addOptions(options());

    // QCommandLineParser expects the program's name first.
    if (!parser.parse(QStringList{ programName() } + arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(HelpOption)) {
        context.out << helpText(context);
        return ExitCode::Success;
    }
    context.global.readFrom(parser);
    return execute(context, parser);
}

QString Command::helpText(const CommandContext &context) const
{
    QString text = u"Usage: "_s + programName() + u" [--database FILE] "_s
            + (needsUser() ? u"--user NAME "_s : QString()) + context.commandPath;
    if (!syntax().isEmpty())
        text += u' ' + syntax();
    text += u"\n\n"_s + description() + u"\n"_s;
    QList<QCommandLineOption> shown = options();
    shown += GlobalOptions::definitions();
    shown += QCommandLineOption({ u"h"_s, HelpOption }, u"Show this help."_s);
    text += u"\nOptions:\n"_s + formatOptions(shown);
    return text;
}

QString Command::formatOptions(const QList<QCommandLineOption> &options)
{
    QStringList left;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names += (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString entry = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            entry += u' ' + option.valueName();
        left += entry;
    }
    qsizetype width = 0;
    for (const QString &entry : std::as_const(left))
        width = std::max(width, entry.size());

    QString text;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i).flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        text += u"  "_s + left.at(i).leftJustified(width + 2) + options.at(i).description() + u'\n';
    }
    return text;
}

int Command::usageError(CommandContext &context, const QString &message) const
{
    QString invocation = programName();
    if (!context.commandPath.isEmpty())
        invocation += u' ' + context.commandPath;
    context.errors() << invocation << ": " << message << '\n'
                     << "Run \"" << invocation << " --help\" for usage.\n";
    return ExitCode::Usage;
}

QList<QPair<QString, QString>> Command::listing(const QString &prefix) const
{
    return { qMakePair(prefix.isEmpty() ? m_name : prefix + u' ' + m_name, m_summary) };
}

int Command::failure(CommandContext &context, const core::Error &error) const
{
    context.errors() << programName() << ": " << error.message << '\n';
    return ExitCode::Failure;
}

int Command::userRequired(CommandContext &context) const
{
    return usageError(context,
                      u"--user NAME is needed: this command reads or changes the practice's "
                      u"records, so it runs for a signed-in user."_s);
}

QString Command::databasePath(const CommandContext &context, const QString &defaultPath)
{
    // An empty --database "" is passed on as given, so that it is refused rather than ignored.
    return context.global.databasePath.value_or(defaultPath);
}

std::unique_ptr<core::Database> Command::openDatabase(CommandContext &context,
                                                      core::Database::OpenMode mode,
                                                      const QString &defaultPath) const
{
    auto opened = core::Database::open(databasePath(context, defaultPath), mode);
    if (!opened) {
        failure(context, opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<SignedInUser> Command::signInToPractice(CommandContext &context) const
{
    auto database = openDatabase(context, core::Database::OpenMode::ExistingOnly,
                                 core::Database::defaultPath());
    if (!database)
        return nullptr;
    return SignedInUser::signIn(context, std::move(database));
}

std::optional<int> Command::parseCount(CommandContext &context, const QString &optionName,
                                       const QString &text, int minimum, int maximum) const
{
    bool isNumber = false;
    const int value = text.trimmed().toInt(&isNumber);
    if (!isNumber || value < minimum || value > maximum) {
        usageError(context,
                   u"--%1 needs a whole number from %2 to %3, not \"%4\"."_s.arg(
                           optionName, QString::number(minimum), QString::number(maximum), text));
        return std::nullopt;
    }
    return value;
}

QString Command::cell(const QString &text)
{
    QString cleaned = text;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return cleaned;
}

} // namespace stillpoint::cli
