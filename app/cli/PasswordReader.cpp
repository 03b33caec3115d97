// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PasswordReader.h"

#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {

// The terminal's settings before echo was turned off, for the signal handler.
termios savedTerminal{};

// Ctrl-C (or a hang-up) while echo is off must not leave the user's terminal silent.
extern "C" void restoreTerminalAndDie(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Turns the terminal's echo off for its lifetime (the newline is still echoed), and restores it
// on the way out, also when the process is interrupted.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        for (std::size_t i = 0; i < std::size(Signals); ++i)
            m_previous[i] = std::signal(Signals[i], restoreTerminalAndDie);
        m_handlersInstalled = true;
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        if (m_handlersInstalled) {
            for (std::size_t i = 0; i < std::size(Signals); ++i)
                std::signal(Signals[i], m_previous[i] == SIG_ERR ? SIG_DFL : m_previous[i]);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    static constexpr int Signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    void (*m_previous[std::size(Signals)])(int) = {};
    bool m_handlersInstalled = false;
    bool m_active = false;
};

} // namespace

PasswordReader::PasswordReader(QTextStream &prompts)
    : m_prompts(prompts), m_input(stdin, QIODeviceBase::ReadOnly),
      m_interactive(isatty(STDIN_FILENO))
{ }

std::optional<QString> PasswordReader::readLine(const QString &prompt)
{
    QString line;
    bool read = false;
    if (m_interactive) {
        m_prompts << prompt;
        m_prompts.flush();
        const EchoOff quiet;
        read = m_input.readLineInto(&line);
    } else {
        read = m_input.readLineInto(&line);
    }
    if (!read)
        return std::nullopt;
    // A file written on Windows ends its lines with CR LF.
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

core::Error PasswordReader::endOfInput(const QString &what) const
{
    return core::makeError(
            core::ErrorCode::InvalidInput,
            m_interactive ? u"No password was typed for %1."_s.arg(what)
                          : u"Standard input ended before %1: passwords are read from it "
                            u"one a line, in the order the command needs them."_s.arg(what),
            u"password"_s);
}

core::Result<QString> PasswordReader::readPassword(const QString &what)
{
    const auto password = readLine(u"Enter %1: "_s.arg(what));
    if (!password)
        return endOfInput(what);
    return *password;
}

core::Result<QString> PasswordReader::readNewPassword(const QString &what)
{
    const auto password = readLine(u"Enter %1: "_s.arg(what));
    if (!password)
        return endOfInput(what);
    if (!m_interactive)
        return *password;
    const auto again = readLine(u"Enter %1 again: "_s.arg(what));
    if (!again)
        return endOfInput(what);
    if (*again != *password)
        return core::makeError(core::ErrorCode::InvalidInput,
                               u"The two passwords typed are not the same; nothing was changed."_s,
                               u"password"_s);
    return *password;
}

} // namespace stillpoint::cli
