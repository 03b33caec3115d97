// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestHelpers.h"

#include "core/clients/ClientRepository.h"
#include "core/demo/DemoPractice.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <stdexcept>

namespace stillpoint::test {

core::FixedClock fixedClock()
{
    return core::FixedClock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()));
}

core::Client makeClient(const QString &given, const QString &family, QDate dateOfBirth,
                        const QString &email)
{
    core::Client client;
    client.givenName = given;
    client.familyName = family;
    client.dateOfBirth = dateOfBirth;
    client.email = email;
    return client;
}

core::Client addClient(core::Database &database, const core::Client &client)
{
    const core::FixedClock clock = fixedClock();
    core::ClientRepository repository(database, clock);
    auto created = repository.create(client);
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    return created.value();
}

core::Session signIn(core::Database &database, core::Role role, const core::Clock &clock)
{
    if (auto created = core::DemoPractice::ensureDemoUsers(database, clock); !created)
        throw std::runtime_error(created.error().message.toStdString());
    core::Authenticator authenticator(database, clock);
    auto session = authenticator.signIn(core::Roles::key(role),
                                        QString::fromLatin1(core::DemoPractice::DemoPassword));
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    return session.value();
}

std::unique_ptr<ui::CurrentSession> currentSession(const core::Session &session)
{
    auto current = std::make_unique<ui::CurrentSession>();
    current->setSession(session);
    return current;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void showAndWait(QWidget &widget)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        throw std::runtime_error("the widget was never shown");
}

void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80)
            QTest::keyClick(widget, static_cast<char>(character.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (edit->hasSelectedText())
        QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

ScopedSettings::ScopedSettings(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

ScopedSettings::~ScopedSettings()
{
    // Back to a folder no test keeps anything in.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

} // namespace stillpoint::test
