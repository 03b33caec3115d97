// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace stillpoint::cli {

// Where the CLI's passwords come from. When standard input is not a terminal, each password is
// the next line of it, in the order the command needs them (the signing-in user's first), so a
// script can pipe them; otherwise each is asked for on the terminal with echo off, and a new
// password twice. Passwords are never echoed, printed or logged.
class PasswordReader
{
public:
    // Prompts go to `prompts` (standard error, so that standard output stays the results).
    explicit PasswordReader(QTextStream &prompts);
    PasswordReader(const PasswordReader &) = delete;
    PasswordReader &operator=(const PasswordReader &) = delete;

    // The password of an existing account. `what` names it in messages: "the password of anna".
    core::Result<QString> readPassword(const QString &what);
    // A new password; on a terminal it is asked for twice and both must match.
    core::Result<QString> readNewPassword(const QString &what);

private:
    // The next line without its line ending; nothing at the end of the input.
    std::optional<QString> readLine(const QString &prompt);
    core::Error endOfInput(const QString &what) const;

    QTextStream &m_prompts;
    QTextStream m_input;
    bool m_interactive;
};

} // namespace stillpoint::cli
