// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/UsersDialog.h"

#include "core/demo/DemoPractice.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "tests/ui/WindowFixture.h"
#include "ui/PracticeMenu.h"
#include "ui/security/AddUserDialog.h"
#include "ui/security/UserListModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace stillpoint;

namespace {

ui::UsersDialog *openUsersDialog(test::WindowFixture &f)
{
    f.window->practiceMenu()->usersAction()->trigger();
    auto *dialog = f.window->findChild<ui::UsersDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QString cell(const ui::UsersDialog &dialog, const QString &username, int column)
{
    const ui::UserListModel *model = dialog.model();
    return model->index(model->rowOf(username), column).data().toString();
}

} // namespace

TEST_CASE("the owner adds a therapist in the users dialog", "[ui][security][users]")
{
    test::WindowFixture f;
    f.open(core::Role::Owner);
    ui::UsersDialog *dialog = openUsersDialog(f);
    CHECK(dialog->model()->rowCount() == 3); // the demo users

    QTest::mouseClick(test::child<QPushButton>(*dialog, "addUserButton"), Qt::LeftButton);
    auto *add = dialog->findChild<ui::AddUserDialog *>();
    REQUIRE(add);
    REQUIRE(QTest::qWaitForWindowExposed(add));
    test::type(test::child<QLineEdit>(*add, "newUsernameEdit"), QStringLiteral("sam"));
    test::type(test::child<QLineEdit>(*add, "newDisplayNameEdit"), QStringLiteral("Sam Okafor"));
    auto *role = test::child<QComboBox>(*add, "newRoleCombo");
    role->setCurrentIndex(role->findData(static_cast<int>(core::Role::Therapist)));
    test::type(test::child<QLineEdit>(*add, "newPasswordEdit"), QStringLiteral("deep-tissue-7"));
    test::type(test::child<QLineEdit>(*add, "confirmNewPasswordEdit"),
               QStringLiteral("deep-tissue-7"));
    QTest::mouseClick(test::child<QPushButton>(*add, "confirmAddUserButton"), Qt::LeftButton);

    REQUIRE(test::waitUntil([&] { return dialog->model()->rowOf(QStringLiteral("sam")) >= 0; }));
    CHECK(cell(*dialog, QStringLiteral("sam"), ui::UserListModel::RoleColumn)
          == QStringLiteral("Therapist"));
    CHECK(cell(*dialog, QStringLiteral("sam"), ui::UserListModel::StatusColumn)
          == QStringLiteral("Active"));
    CHECK(test::child<QLabel>(*dialog, "usersStatusLabel")->text() == QStringLiteral("Added sam."));
    const auto signedIn =
            f.authenticator.signIn(QStringLiteral("sam"), QStringLiteral("deep-tissue-7"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn->role == core::Role::Therapist);
}

TEST_CASE("a new user with a short password is refused at the password field",
          "[ui][security][users]")
{
    test::WindowFixture f;
    f.open(core::Role::Owner);
    ui::UsersDialog *dialog = openUsersDialog(f);
    dialog->addUser();
    auto *add = dialog->findChild<ui::AddUserDialog *>();
    REQUIRE(add);
    test::type(test::child<QLineEdit>(*add, "newUsernameEdit"), QStringLiteral("sam"));
    test::type(test::child<QLineEdit>(*add, "newPasswordEdit"), QStringLiteral("abc"));
    test::type(test::child<QLineEdit>(*add, "confirmNewPasswordEdit"), QStringLiteral("abc"));
    CHECK_FALSE(add->tryAdd());

    CHECK(add->isVisible());
    CHECK(test::child<QLabel>(*add, "passwordErrorLabel")->isVisible());
    CHECK(dialog->model()->rowOf(QStringLiteral("sam")) < 0);
}

TEST_CASE("disabling and enabling a user goes through core and its refusals are shown",
          "[ui][security][users]")
{
    test::WindowFixture f;
    f.open(core::Role::Owner);
    ui::UsersDialog *dialog = openUsersDialog(f);

    dialog->view()->selectRow(dialog->model()->rowOf(QStringLiteral("frontdesk")));
    REQUIRE(dialog->toggleActive());
    CHECK(cell(*dialog, QStringLiteral("frontdesk"), ui::UserListModel::StatusColumn)
          == QStringLiteral("Disabled"));
    CHECK_FALSE(f.authenticator
                        .signIn(QStringLiteral("frontdesk"),
                                QString::fromLatin1(core::DemoPractice::DemoPassword))
                        .ok());
    CHECK(test::child<QPushButton>(*dialog, "toggleUserActiveButton")->text()
          == QStringLiteral("Enable"));
    REQUIRE(dialog->toggleActive());
    CHECK(cell(*dialog, QStringLiteral("frontdesk"), ui::UserListModel::StatusColumn)
          == QStringLiteral("Active"));

    // Core refuses to disable the owner who is signed in; the dialog says why.
    dialog->view()->selectRow(dialog->model()->rowOf(QStringLiteral("owner")));
    f.prompter.enqueue(ui::Prompter::Choice::Ok);
    CHECK_FALSE(dialog->toggleActive());
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.text
          == QStringLiteral("You cannot disable your own account while signed in."));
}

TEST_CASE("the user list model passes QAbstractItemModelTester", "[ui][security][users][model]")
{
    const test::ModelTestWarnings warnings;
    ui::UserListModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    core::UserAccount dana;
    dana.id = 1;
    dana.username = QStringLiteral("dana");
    dana.displayName = QStringLiteral("Dana Rivers");
    dana.role = core::Role::Owner;
    core::UserAccount sam = dana;
    sam.id = 2;
    sam.username = QStringLiteral("sam");
    sam.role = core::Role::FrontDesk;
    sam.active = false;
    model.setUsers({ dana, sam });
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, ui::UserListModel::RoleColumn).data().toString()
          == QStringLiteral("Front desk"));
    CHECK(model.index(1, ui::UserListModel::StatusColumn).data().toString()
          == QStringLiteral("Disabled"));
    model.setUsers({});

    INFO(warnings.messages().join(u'\n').toStdString());
    CHECK(warnings.messages().isEmpty());
}
