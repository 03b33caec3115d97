// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/SignInDialog.h"

#include "core/demo/DemoPractice.h"
#include "core/security/Authenticator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace stillpoint;

namespace {

struct SignInFixture
{
    test::TestDatabase database;
    core::FixedClock clock = test::fixedClock();
    core::Authenticator authenticator{ database.db(), clock };
    std::unique_ptr<ui::SignInDialog> dialog;

    SignInFixture()
    {
        REQUIRE(core::DemoPractice::ensureDemoUsers(database.db(), clock).ok());
        dialog = std::make_unique<ui::SignInDialog>(authenticator,
                                                    QStringLiteral("Harbour Massage Therapy"));
        test::showAndWait(*dialog);
    }

    QLineEdit *field(const char *objectName) const
    {
        return test::child<QLineEdit>(*dialog, objectName);
    }

    void signIn(const QString &username, const QString &password) const
    {
        test::retype(field("usernameEdit"), username);
        test::retype(field("passwordEdit"), password);
        QTest::mouseClick(test::child<QPushButton>(*dialog, "signInButton"), Qt::LeftButton);
    }
};

} // namespace

TEST_CASE("signing in with a wrong password shows core's message at the field and stays open",
          "[ui][security][signin]")
{
    SignInFixture f;
    f.signIn(QStringLiteral("owner"), QStringLiteral("not-the-password"));

    CHECK(f.dialog->isVisible());
    CHECK(f.dialog->result() != QDialog::Accepted);
    CHECK_FALSE(f.dialog->session().has_value());
    auto *error = test::child<QLabel>(*f.dialog, "passwordErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text()
          == QStringLiteral("The user name or password is wrong. Check Caps Lock and try again."));
    CHECK(f.field("passwordEdit")->text().isEmpty());
    CHECK(f.field("passwordEdit")->hasFocus());
}

TEST_CASE("signing in with the right password accepts the dialog with that user's session",
          "[ui][security][signin]")
{
    SignInFixture f;
    f.signIn(QStringLiteral("therapist"), QString::fromLatin1(core::DemoPractice::DemoPassword));

    CHECK(f.dialog->result() == QDialog::Accepted);
    REQUIRE(f.dialog->session().has_value());
    CHECK(f.dialog->session()->username == QStringLiteral("therapist"));
    CHECK(f.dialog->session()->role == core::Role::Therapist);
}

TEST_CASE("the sign-in dialog names the practice and shows the demo users only when asked",
          "[ui][security][signin]")
{
    SignInFixture f;
    CHECK(test::child<QLabel>(*f.dialog, "practiceNameLabel")->text()
          == QStringLiteral("Harbour Massage Therapy"));
    auto *hint = test::child<QLabel>(*f.dialog, "demoHintLabel");
    CHECK_FALSE(hint->isVisible());

    f.dialog->setDemoHintVisible(true);
    CHECK(hint->isVisible());
    CHECK(hint->text()
          == QStringLiteral("Demo users: owner, therapist, frontdesk — password: demo"));
}

TEST_CASE("an empty user name is pointed out without asking core", "[ui][security][signin]")
{
    SignInFixture f;
    f.signIn(QString(), QStringLiteral("whatever"));
    CHECK(test::child<QLabel>(*f.dialog, "usernameErrorLabel")->isVisible());
    CHECK(f.dialog->isVisible());
}

TEST_CASE("the sign-in dialog's Quit button rejects it", "[ui][security][signin]")
{
    SignInFixture f;
    auto *quit = test::child<QPushButton>(*f.dialog, "cancelSignInButton");
    CHECK(quit->text() == QStringLiteral("Quit"));
    QTest::mouseClick(quit, Qt::LeftButton);
    CHECK(f.dialog->result() == QDialog::Rejected);
    CHECK_FALSE(f.dialog->session().has_value());
}
