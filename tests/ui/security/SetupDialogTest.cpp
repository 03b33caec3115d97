// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/SetupDialog.h"

#include "core/security/Authenticator.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PracticeSettings.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace stillpoint;

namespace {

const QString OwnerPassword = QStringLiteral("quiet-harbour-42");

struct SetupFixture
{
    test::TestDatabase database;
    core::FixedClock clock = test::fixedClock();
    core::Authenticator authenticator{ database.db(), clock };
    ui::SetupDialog dialog{ authenticator };

    SetupFixture() { test::showAndWait(dialog); }

    QLineEdit *field(const char *objectName) const
    {
        return test::child<QLineEdit>(dialog, objectName);
    }
    QLabel *errorLabel(const char *fieldKey) const
    {
        return test::child<QLabel>(dialog, (std::string(fieldKey) + "ErrorLabel").c_str());
    }

    void fill(const QString &password, const QString &confirmation)
    {
        test::type(field("practiceNameEdit"), QStringLiteral("Harbour Massage Therapy"));
        dialog.timeZoneCombo()->setEditText(QStringLiteral("Europe/Berlin"));
        test::type(field("usernameEdit"), QStringLiteral("dana"));
        test::type(field("displayNameEdit"), QStringLiteral("Dana Rivers"));
        test::type(field("passwordEdit"), password);
        test::type(field("confirmPasswordEdit"), confirmation);
    }

    void create() const
    {
        QTest::mouseClick(test::child<QPushButton>(dialog, "createPracticeButton"), Qt::LeftButton);
    }
};

} // namespace

TEST_CASE("the setup dialog creates the practice and signs its owner in", "[ui][security][setup]")
{
    SetupFixture f;
    REQUIRE_FALSE(f.authenticator.isInitialized().value());
    f.fill(OwnerPassword, OwnerPassword);
    f.create();

    REQUIRE(f.dialog.result() == QDialog::Accepted);
    REQUIRE(f.dialog.session().has_value());
    CHECK(f.dialog.session()->username == QStringLiteral("dana"));
    CHECK(f.dialog.session()->displayName == QStringLiteral("Dana Rivers"));
    CHECK(f.dialog.session()->role == core::Role::Owner);
    CHECK(f.authenticator.isInitialized().value());
    const core::PracticeSettings settings(f.database.db(), f.clock);
    CHECK(settings.practiceName().value() == QStringLiteral("Harbour Massage Therapy"));
    CHECK(settings.timeZoneId().value() == QStringLiteral("Europe/Berlin"));
    CHECK(f.authenticator.signIn(QStringLiteral("dana"), OwnerPassword).ok());
    // The typed passwords do not linger in the dialog.
    CHECK(f.field("passwordEdit")->text().isEmpty());
    CHECK(f.field("confirmPasswordEdit")->text().isEmpty());
}

TEST_CASE("the setup dialog refuses a short password at the password field",
          "[ui][security][setup]")
{
    SetupFixture f;
    f.fill(QStringLiteral("short"), QStringLiteral("short"));
    f.create();

    CHECK(f.dialog.result() != QDialog::Accepted);
    CHECK(f.dialog.isVisible());
    CHECK_FALSE(f.authenticator.isInitialized().value());
    QLabel *error = f.errorLabel("password");
    CHECK(error->isVisible());
    CHECK(error->text()
          == core::PasswordHasher::checkStrength(QStringLiteral("short")).error().message);
    CHECK(f.field("passwordEdit")->hasFocus());
}

TEST_CASE("two different passwords in the setup dialog are shown at the second field",
          "[ui][security][setup]")
{
    SetupFixture f;
    f.fill(OwnerPassword, QStringLiteral("quiet-harbour-43"));
    f.create();

    CHECK_FALSE(f.authenticator.isInitialized().value());
    CHECK(f.errorLabel("passwordConfirmation")->isVisible());
    CHECK_FALSE(f.errorLabel("password")->isVisible());
}

TEST_CASE("the setup dialog offers every time zone and starts at the system zone",
          "[ui][security][setup]")
{
    SetupFixture f;
    QComboBox *zones = f.dialog.timeZoneCombo();
    CHECK(zones->count() == QTimeZone::availableTimeZoneIds().size());
    const QString system = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    if (zones->findText(system) >= 0)
        CHECK(zones->currentText() == system);
    // Typing any part of a zone's name finds it.
    CHECK(zones->completer()->filterMode() == Qt::MatchContains);
    CHECK(zones->completer()->caseSensitivity() == Qt::CaseInsensitive);
}

TEST_CASE("the owner's password from the setup dialog is nowhere in the practice file",
          "[ui][security][setup]")
{
    SetupFixture f;
    f.fill(OwnerPassword, OwnerPassword);
    f.create();
    REQUIRE(f.dialog.result() == QDialog::Accepted);

    for (const QString &path :
         QStringList{ f.database.path(), f.database.path() + QStringLiteral("-wal") }) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains(OwnerPassword.toUtf8()));
    }
}
