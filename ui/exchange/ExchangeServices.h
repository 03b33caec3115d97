// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;
class Prompter;

// What the import and export widgets work with: the practice file (they make their own core
// services on it), who is signed in, and the injectable questions and file dialogs.
struct ExchangeServices
{
    core::Database &database;
    const CurrentSession &session;
    Prompter &prompter;
    FileChooser &files;
    const core::Clock &clock;
};

} // namespace stillpoint::ui
