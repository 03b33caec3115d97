// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/security/Role.h"
#include "core/security/Session.h"
#include "ui/security/CurrentSession.h"

#include <QDate>
#include <QSettings>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::test {

// "Today" in every UI test: dates of birth are checked against it.
core::FixedClock fixedClock();

// A client with a name, a date of birth and (when given) an email.
core::Client makeClient(const QString &given, const QString &family, QDate dateOfBirth = {},
                        const QString &email = {});
// Stores a client directly through core, as another computer would; returns it as stored.
core::Client addClient(core::Database &database, const core::Client &client);

// Signs in as the demo practice's user for `role` (owner, therapist or frontdesk, password
// "demo"), creating the demo users the first time; through core, as the sign-in dialog would.
core::Session signIn(core::Database &database, core::Role role,
                     const core::Clock &clock = core::SystemClock::instance());
// A window's holder of the signed-in session, holding `session`.
std::unique_ptr<ui::CurrentSession> currentSession(const core::Session &session);

// Runs the event loop until `condition` holds (true) or `timeoutMs` passed (false).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 3000);

// Shows a widget on the offscreen platform and waits until it is exposed.
void showAndWait(QWidget &widget);

// The named child, failing the test when it is missing.
template<typename T>
T *child(const QWidget &root, const char *objectName)
{
    auto *found = root.findChild<T *>(QString::fromLatin1(objectName));
    if (!found)
        throw std::runtime_error(std::string("no child widget named ") + objectName);
    return found;
}

// Types `text` into a widget key by key, accented letters included (QTest::keyClicks only knows
// ASCII).
void type(QWidget *widget, const QString &text);

// Types into a line edit as a user would: focus, select all, replace with `text`.
void retype(QLineEdit *edit, const QString &text);

// Points QSettings at a test's own folder while it lives, so tests neither read the user's real
// settings nor race each other through a shared file.
class ScopedSettings
{
public:
    explicit ScopedSettings(const QString &folder);
    ~ScopedSettings();
    ScopedSettings(const ScopedSettings &) = delete;
    ScopedSettings &operator=(const ScopedSettings &) = delete;
};

} // namespace stillpoint::test
