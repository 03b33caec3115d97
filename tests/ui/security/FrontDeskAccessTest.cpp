// SPDX-License-Identifier: GPL-3.0-or-later
// What the front desk can see and do in the window: contact details and front-desk alerts only.

#include "core/clients/ClientRepository.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/PracticeMenu.h"
#include "ui/clients/AlertListEditor.h"
#include "ui/clients/ClientEditor.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace stillpoint;

namespace {

const QString DeskAlert = QStringLiteral("Needs a ground-floor room");
const QString TherapistAlert = QStringLiteral("Recent shoulder surgery: avoid deep work");

core::Client clientWithAlerts(core::Database &database)
{
    core::Client ann = test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"));
    ann.alerts << core::ClientAlert{ 0, DeskAlert, true }
               << core::ClientAlert{ 0, TherapistAlert, false };
    return test::addClient(database, ann);
}

QStringList alertTexts(const ui::AlertListEditor &alerts)
{
    QStringList texts;
    for (int row = 0; row < alerts.count(); ++row)
        texts << alerts.textEdit(row)->text();
    return texts;
}

} // namespace

TEST_CASE("the front desk sees no Practice menu and only front-desk alerts",
          "[ui][security][frontdesk]")
{
    test::WindowFixture f;
    const core::Client ann = clientWithAlerts(f.database.db());
    f.open(core::Role::FrontDesk);

    CHECK(f.visibleMenus()
          == QStringList(
                  { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Client") }));
    for (QAction *admin :
         { f.window->practiceMenu()->usersAction(), f.window->practiceMenu()->auditAction(),
           f.window->practiceMenu()->settingsAction() }) {
        CHECK_FALSE(admin->isVisible());
        CHECK_FALSE(admin->isEnabled()); // no shortcut reaches it either
    }

    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    auto *alerts = test::child<ui::AlertListEditor>(*f.window, "alertsEditor");
    CHECK(alertTexts(*alerts) == QStringList({ DeskAlert }));
    CHECK(alerts->isFrontDeskOnly());
    CHECK_FALSE(alerts->frontDeskCheckBox(0)->isVisible());
}

TEST_CASE("an alert the front desk adds is for the front desk and therapist alerts are kept",
          "[ui][security][frontdesk]")
{
    test::WindowFixture f;
    const core::Client ann = clientWithAlerts(f.database.db());
    f.open(core::Role::FrontDesk);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    auto *alerts = test::child<ui::AlertListEditor>(*f.window, "alertsEditor");

    QTest::mouseClick(alerts->addButton(), Qt::LeftButton);
    REQUIRE(alerts->count() == 2);
    CHECK_FALSE(alerts->frontDeskCheckBox(1)->isVisible());
    test::type(alerts->textEdit(1), QStringLiteral("Prefers afternoon bookings"));
    REQUIRE(f.window->clientEditor()->save());

    const core::ClientRepository repository(f.database.db(), f.clock);
    const QList<core::ClientAlert> stored = repository.find(ann.id)->alerts;
    QStringList frontDesk;
    QStringList therapistOnly;
    for (const core::ClientAlert &alert : stored)
        (alert.frontDeskVisible ? frontDesk : therapistOnly) << alert.text;
    CHECK(frontDesk.contains(QStringLiteral("Prefers afternoon bookings")));
    CHECK(frontDesk.contains(DeskAlert));
    CHECK(therapistOnly == QStringList({ TherapistAlert }));
}

TEST_CASE("signed in as the front desk no intake or note or score is reachable or visible",
          "[ui][security][frontdesk]")
{
    test::WindowFixture f;
    const core::Client ann = clientWithAlerts(f.database.db());
    f.open(core::Role::FrontDesk);
    REQUIRE(f.window->clientEditor()->openClient(ann.id));

    // Clinical words, as a menu, button, section or label would carry them. "Front-desk notes"
    // are contact notes for reception, not clinical notes.
    const QRegularExpression clinical(
            QStringLiteral(R"(intake|clinical|soap|treatment|session note|diary|score|health)"),
            QRegularExpression::CaseInsensitiveOption);
    QStringList reachable;
    for (const QAction *action : f.window->findChildren<QAction *>()) {
        if (action->isVisible() && action->isEnabled()
            && (clinical.match(action->text()).hasMatch()
                || clinical.match(action->objectName()).hasMatch()))
            reachable << action->text();
    }
    for (const QWidget *widget : f.window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString text = widget->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text += u' ' + label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text += u' ' + button->text();
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            text += u' ' + group->title();
        if (clinical.match(text).hasMatch())
            reachable << text;
    }
    INFO(reachable.join(QStringLiteral(" | ")).toStdString());
    CHECK(reachable.isEmpty());
    CHECK_FALSE(test::child<ui::AlertListEditor>(*f.window, "alertsEditor")
                        ->findChildren<QLineEdit *>()
                        .isEmpty());
    for (const QLineEdit *edit : f.window->findChildren<QLineEdit *>())
        CHECK_FALSE(edit->text() == TherapistAlert);
}
