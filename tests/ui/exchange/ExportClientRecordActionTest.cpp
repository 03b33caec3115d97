// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExportClientRecordAction.h"

#include "core/exchange/ClientRecordExport.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/WindowFixture.h"
#include "tests/ui/exchange/ExchangeFixture.h"
#include "ui/clients/ClientEditor.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/exchange/ExportAppointmentsAction.h"
#include "ui/exchange/ExportMenu.h"
#include "ui/exchange/ExportPracticeAction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

using namespace stillpoint;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the therapist exports the shown client's record into the folder chosen: a JSON file "
          "and a PDF appear",
          "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Therapist);
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    ui::DocumentPrinter printer;
    ui::ExportClientRecordAction action(f.services(), printer, &f.window);
    CHECK(action.isVisible());
    CHECK_FALSE(action.isEnabled()); // no client shown yet
    action.setClient(ann.id);
    REQUIRE(action.isEnabled());

    f.files.enqueue(f.folder.path());
    action.trigger();

    const QDir folder(f.folder.path());
    const QString json = folder.filePath(core::ClientRecordExport::jsonFileName(ann.id));
    const QString pdf = folder.filePath(core::ClientRecordExport::pdfFileName(ann.id));
    REQUIRE(QFileInfo::exists(json));
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(contents(pdf).startsWith("%PDF"));
    const QJsonObject root = QJsonDocument::fromJson(contents(json)).object();
    CHECK(root.value(QStringLiteral("client")).toObject().value(QStringLiteral("familyName"))
          == QStringLiteral("Lee"));
    REQUIRE(f.files.suggested().size() == 1);
    CHECK(f.files.suggested().at(0).endsWith(QStringLiteral("Documents")));
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.kind == ui::Prompter::Kind::Information);
    CHECK(f.prompter.asked().at(0).prompt.text.startsWith(
            QStringLiteral("Saved client-%1-record.json and client-%1-record.pdf in ")
                    .arg(ann.id)));
    CHECK_FALSE(f.prompter.asked().at(0).prompt.title.contains(QStringLiteral("Lee")));

    // A second export into the same folder is refused with the reason, and changes nothing.
    f.files.enqueue(f.folder.path());
    const QByteArray before = contents(json);
    CHECK_FALSE(action.exportRecord());
    REQUIRE(f.prompter.asked().size() == 2);
    CHECK(f.prompter.asked().at(1).prompt.kind == ui::Prompter::Kind::Warning);
    CHECK(f.prompter.asked().at(1).prompt.text.contains(QStringLiteral("already exists")));
    CHECK(contents(json) == before);
}

TEST_CASE("cancelling the folder question writes nothing", "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Owner);
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    ui::DocumentPrinter printer;
    ui::ExportClientRecordAction action(f.services(), printer, &f.window);
    action.setClient(ann.id);
    CHECK_FALSE(action.exportRecord());
    CHECK(f.prompter.asked().isEmpty());
    CHECK(QDir(f.folder.path()).isEmpty());
}

TEST_CASE("the front desk is not offered the client's record, nor the practice-wide exports",
          "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::FrontDesk);
    ui::DocumentPrinter printer;
    ui::ExportClientRecordAction record(f.services(), printer, &f.window);
    record.setClient(1);
    CHECK_FALSE(record.isVisible());
    CHECK_FALSE(record.isEnabled());
    auto *appointments = new ui::ExportAppointmentsAction(f.services(), &f.window);
    auto *practice = new ui::ExportPracticeAction(f.services(), &f.window);
    CHECK_FALSE(appointments->isVisible());
    CHECK_FALSE(practice->isVisible());
    // With nothing in it to use, the Export menu is not shown at all.
    ui::ExportMenu menu({ appointments, practice }, &f.window);
    CHECK_FALSE(menu.menuAction()->isVisible());
}

TEST_CASE("the owner exports the appointments and the whole practice to the files chosen",
          "[ui][exchange][export]")
{
    test::ExchangeFixture f(core::Role::Owner);
    test::addClient(f.database.db(),
                    test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    auto *appointments = new ui::ExportAppointmentsAction(f.services(), &f.window);
    auto *practice = new ui::ExportPracticeAction(f.services(), &f.window);
    ui::ExportMenu menu({ appointments, practice }, &f.window);
    CHECK(menu.menuAction()->isVisible());

    const QString csv = QDir(f.folder.path()).filePath(QStringLiteral("appointments.csv"));
    f.files.enqueue(csv);
    CHECK(appointments->exportAppointments());
    CHECK(f.files.suggested().at(0).endsWith(
            QStringLiteral("/stillpoint-appointments-2026-11-24.csv")));
    CHECK(contents(csv).contains("Appointment number,Date,Start,End"));

    const QString json = QDir(f.folder.path()).filePath(QStringLiteral("practice.json"));
    f.files.enqueue(json);
    CHECK(practice->exportPractice());
    CHECK(f.files.suggested().at(1).endsWith(
            QStringLiteral("/stillpoint-practice-2026-11-24.json")));
    CHECK(QJsonDocument::fromJson(contents(json)).object().value(QStringLiteral("format"))
          == QStringLiteral("stillpoint-practice"));
    REQUIRE(f.prompter.asked().size() == 2);
    CHECK(f.prompter.asked().at(1).prompt.text.contains(
            QStringLiteral("(clients: 1, intakes: 0, ")));
}

TEST_CASE("the main window offers the exports under File > Export and the client's record for the "
          "client shown",
          "[ui][exchange][export][mainwindow]")
{
    test::WindowFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.open(core::Role::Owner);
    auto *exportMenu = f.window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exportMenu);
    CHECK(exportMenu->menuAction()->isVisible());
    QStringList names;
    for (const QAction *action : exportMenu->actions())
        names << action->objectName();
    CHECK(names
          == QStringList({ QStringLiteral("exportClientsAction"),
                           QStringLiteral("exportAppointmentsAction"),
                           QStringLiteral("exportPracticeAction") }));

    QAction *record = f.action("exportClientRecordAction");
    CHECK(record->isVisible());
    CHECK_FALSE(record->isEnabled());
    REQUIRE(f.window->clientEditor()->openClient(ann.id));
    CHECK(record->isEnabled());
    f.files.enqueue(f.database.dirPath());
    record->trigger();
    CHECK(QFileInfo::exists(
            QDir(f.database.dirPath()).filePath(core::ClientRecordExport::pdfFileName(ann.id))));
}

TEST_CASE("the front desk's window has no Export menu and no client's record",
          "[ui][exchange][export][mainwindow]")
{
    test::WindowFixture f;
    f.open(core::Role::FrontDesk);
    auto *exportMenu = f.window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exportMenu);
    CHECK_FALSE(exportMenu->menuAction()->isVisible());
    CHECK_FALSE(f.action("exportClientRecordAction")->isVisible());
}
