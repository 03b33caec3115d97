// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientEditor.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/ClientService.h"
#include "core/clients/ClientValidator.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/clients/ClientForm.h"
#include "ui/common/ScriptedPrompter.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

namespace {

// An editor on its own, with a fresh practice file and pre-answered questions.
struct EditorFixture
{
    test::TestDatabase database;
    core::FixedClock clock = test::fixedClock();
    core::ClientRepository repository{ database.db(), clock }; // what is stored, read directly
    core::ClientService clients{ database.db(), clock };
    std::unique_ptr<ui::CurrentSession> session =
            test::currentSession(test::signIn(database.db(), core::Role::Owner, clock));
    ui::ScriptedPrompter prompter;
    ui::ClientEditor editor{ clients, *session, prompter, clock };

    EditorFixture()
    {
        editor.resize(760, 1000);
        test::showAndWait(editor);
    }

    template<typename T = QLineEdit>
    T *field(const char *objectName) const
    {
        return test::child<T>(editor, objectName);
    }

    void click(const char *buttonName) const
    {
        QTest::mouseClick(test::child<QAbstractButton>(editor, buttonName), Qt::LeftButton);
    }

    int storedClients() const
    {
        core::ClientQuery everyone;
        everyone.includeArchived = true;
        return repository.count(everyone).value();
    }

    core::Client stored(qint64 id) const { return repository.find(id).value(); }

    // The error label the form shows under a field, by ClientField key.
    QLabel *errorLabel(const char *fieldKey) const
    {
        return editor.findChild<QLabel *>(QString::fromLatin1(fieldKey)
                                          + QStringLiteral("ErrorLabel"));
    }
};

} // namespace

TEST_CASE("an invalid email is shown beside the email field and nothing is saved",
          "[ui][clients][editor]")
{
    EditorFixture f;
    REQUIRE(f.editor.newClient());
    test::retype(f.field("givenNameEdit"), QStringLiteral("Ann"));
    test::retype(f.field("emailEdit"), QStringLiteral("ann@@example"));

    f.click("saveClientButton");

    QLabel *message = f.errorLabel(core::ClientField::Email);
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("ann@@example")));
    CHECK(message->textFormat() == Qt::PlainText);
    // Beside the field: in the same little container, directly below it.
    CHECK(message->parentWidget() == f.field("emailEdit")->parentWidget());
    CHECK(message->y() > f.field("emailEdit")->y());
    CHECK(f.field("emailEdit")->hasFocus());
    CHECK(f.storedClients() == 0);
    CHECK(f.prompter.asked().isEmpty());

    // Correcting the field clears its message, and then the client saves.
    test::retype(f.field("emailEdit"), QStringLiteral("ann@example.org"));
    CHECK_FALSE(message->isVisible());
    f.click("saveClientButton");
    CHECK(f.storedClients() == 1);
}

TEST_CASE("every invalid field shows its own message and the first one in the form gets the focus",
          "[ui][clients][editor]")
{
    EditorFixture f;
    REQUIRE(f.editor.newClient());
    CHECK(f.field("dateOfBirthEdit")->placeholderText() == QStringLiteral("YYYY-MM-DD"));
    test::retype(f.field("givenNameEdit"), QStringLiteral("Ann"));
    test::retype(f.field("emailEdit"), QStringLiteral("not an email"));
    test::retype(f.field("dateOfBirthEdit"), QStringLiteral("1984-02-30"));

    CHECK_FALSE(f.editor.save());

    CHECK(f.errorLabel(core::ClientField::DateOfBirth)
                  ->text()
                  .contains(QStringLiteral("1984-02-30")));
    CHECK(f.errorLabel(core::ClientField::DateOfBirth)->isVisible());
    CHECK(f.errorLabel(core::ClientField::Email)->isVisible());
    CHECK_FALSE(f.errorLabel(core::ClientField::GivenName)->isVisible());
    CHECK(f.field("dateOfBirthEdit")->hasFocus()); // date of birth comes before email
    CHECK(f.storedClients() == 0);
}

TEST_CASE("a new client typed into the editor is saved with every field filled in",
          "[ui][clients][editor]")
{
    EditorFixture f;
    f.click("emptyNewClientButton");
    REQUIRE(f.editor.isNewClient());
    CHECK(f.field("givenNameEdit")->hasFocus());

    test::type(f.field("givenNameEdit"), QStringLiteral("Zoë"));
    test::type(f.field("familyNameEdit"), QStringLiteral("Martin"));
    test::type(f.field("dateOfBirthEdit"), QStringLiteral("1984-03-07"));
    CHECK(f.field<QLabel>("ageLabel")->text() == QStringLiteral("age 42"));
    test::type(f.field("mobilePhoneEdit"), QStringLiteral("(541) 555-0123"));
    test::type(f.field("emailEdit"), QStringLiteral("zoe@example.org"));
    QTest::mouseClick(f.field<QCheckBox>("smsConsentCheckBox"), Qt::LeftButton);
    test::type(f.field("cityEdit"), QStringLiteral("Springfield"));
    test::type(f.field("emergencyNameEdit"), QStringLiteral("Luc Martin"));
    test::type(f.field("physicianNameEdit"), QStringLiteral("Dr. Okafor"));
    f.click("addAlertButton");
    test::type(f.field("alertTextEdit"), QStringLiteral("Latex allergy"));
    QTest::mouseClick(f.field<QCheckBox>("alertFrontDeskCheckBox"), Qt::LeftButton);
    test::type(f.field<QPlainTextEdit>("frontDeskNotesEdit"), QStringLiteral("Prefers mornings"));
    CHECK(f.editor.isModified());

    f.click("saveClientButton");

    REQUIRE(f.storedClients() == 1);
    const core::Client saved = f.stored(f.editor.clientId());
    CHECK(saved.givenName == QStringLiteral("Zoë"));
    CHECK(saved.familyName == QStringLiteral("Martin"));
    CHECK(saved.dateOfBirth == QDate(1984, 3, 7));
    CHECK(saved.mobilePhone == QStringLiteral("(541) 555-0123"));
    CHECK(saved.email == QStringLiteral("zoe@example.org"));
    CHECK(saved.consent == core::CommunicationConsent{ false, true, false });
    CHECK(saved.address.city == QStringLiteral("Springfield"));
    CHECK(saved.emergencyContact.name == QStringLiteral("Luc Martin"));
    CHECK(saved.physician.name == QStringLiteral("Dr. Okafor"));
    REQUIRE(saved.alerts.size() == 1);
    CHECK(saved.alerts[0].text == QStringLiteral("Latex allergy"));
    CHECK(saved.alerts[0].frontDeskVisible);
    CHECK(saved.frontDeskNotes == QStringLiteral("Prefers mornings"));
    CHECK_FALSE(f.editor.isModified());
    CHECK(f.field<QLabel>("clientTitleLabel")->text() == QStringLiteral("Zoë Martin"));
    CHECK(f.field<QLabel>("clientTitleLabel")->textFormat() == Qt::PlainText);
}

TEST_CASE("saving a new client that looks like a duplicate asks first", "[ui][clients][editor]")
{
    EditorFixture f;
    test::addClient(
            f.database.db(),
            test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 1, 1)));
    REQUIRE(f.editor.newClient());
    test::type(f.field("givenNameEdit"), QStringLiteral("Ann"));
    test::type(f.field("familyNameEdit"), QStringLiteral("Lee"));
    test::type(f.field("dateOfBirthEdit"), QStringLiteral("1980-01-01"));

    f.prompter.enqueue(Choice::Cancel);
    f.click("saveClientButton");

    REQUIRE(f.prompter.asked().size() == 1);
    const ui::Prompter::Prompt &asked = f.prompter.asked().at(0).prompt;
    CHECK(asked.text.contains(QStringLiteral("Ann Lee")));
    CHECK(asked.text.contains(QStringLiteral("1980-01-01")));
    CHECK(asked.choices.contains(Choice::SaveAnyway));
    CHECK(asked.defaultChoice == Choice::Cancel);
    CHECK(f.storedClients() == 1);
    CHECK(f.editor.isNewClient());

    f.prompter.enqueue(Choice::SaveAnyway);
    f.click("saveClientButton");
    CHECK(f.storedClients() == 2);
    CHECK_FALSE(f.editor.isNewClient());
}

TEST_CASE("undo restores the previous value of a field and redo brings the edit back",
          "[ui][clients][editor][undo]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    REQUIRE(f.editor.openClient(ann.id));
    QLineEdit *given = f.field("givenNameEdit");
    CHECK_FALSE(f.editor.isModified());

    test::retype(given, QStringLiteral("Annabel")); // clearing and typing: one step
    CHECK(given->text() == QStringLiteral("Annabel"));
    CHECK(f.editor.undoStack()->count() == 1);
    CHECK(f.editor.isModified());

    f.editor.undoStack()->undo();
    CHECK(given->text() == QStringLiteral("Ann"));
    CHECK_FALSE(f.editor.isModified());

    f.editor.undoStack()->redo();
    CHECK(given->text() == QStringLiteral("Annabel"));

    // Ctrl+Z in the field goes to the same history, not to the line edit's own.
    QTest::keyClick(given, Qt::Key_Z, Qt::ControlModifier);
    CHECK(given->text() == QStringLiteral("Ann"));
}

TEST_CASE("edits to different fields are separate undo steps undone last first",
          "[ui][clients][editor][undo]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    REQUIRE(f.editor.openClient(ann.id));

    test::type(f.field("givenNameEdit"), QStringLiteral("ie"));
    test::type(f.field("familyNameEdit"), QStringLiteral("-Smith"));
    QTest::mouseClick(f.field<QCheckBox>("emailConsentCheckBox"), Qt::LeftButton);
    CHECK(f.editor.undoStack()->count() == 3);

    f.editor.undoStack()->undo();
    CHECK_FALSE(f.field<QCheckBox>("emailConsentCheckBox")->isChecked());
    f.editor.undoStack()->undo();
    CHECK(f.field("familyNameEdit")->text() == QStringLiteral("Lee"));
    CHECK(f.field("givenNameEdit")->text() == QStringLiteral("Annie"));
}

TEST_CASE("removing an alert can be undone and the alert's front-desk mark comes back with it",
          "[ui][clients][editor][undo]")
{
    EditorFixture f;
    core::Client ann = test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"));
    ann.alerts << core::ClientAlert{ 0, QStringLiteral("Needs a ground-floor room"), true };
    ann = test::addClient(f.database.db(), ann);
    REQUIRE(f.editor.openClient(ann.id));
    REQUIRE(f.field("alertTextEdit")->text() == QStringLiteral("Needs a ground-floor room"));

    f.click("removeAlertButton");
    REQUIRE(test::waitUntil(
            [&] { return !f.editor.findChild<QLineEdit *>(QStringLiteral("alertTextEdit")); }));

    f.editor.undoStack()->undo();
    CHECK(f.field("alertTextEdit")->text() == QStringLiteral("Needs a ground-floor room"));
    CHECK(f.field<QCheckBox>("alertFrontDeskCheckBox")->isChecked());
    CHECK_FALSE(f.editor.isModified());
}

TEST_CASE("Revert puts back the record as it was last saved", "[ui][clients][editor]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    REQUIRE(f.editor.openClient(ann.id));
    auto *revert = f.field<QPushButton>("revertClientButton");
    CHECK_FALSE(revert->isEnabled());

    test::retype(f.field("familyNameEdit"), QStringLiteral("Leigh"));
    CHECK(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);

    CHECK(f.field("familyNameEdit")->text() == QStringLiteral("Lee"));
    CHECK_FALSE(f.editor.isModified());
    CHECK(f.stored(ann.id).familyName == QStringLiteral("Lee"));
}

TEST_CASE("switching to another client with unsaved edits asks first", "[ui][clients][editor]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    const core::Client bo = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Bo"), QStringLiteral("Park")));
    REQUIRE(f.editor.openClient(ann.id));
    test::retype(f.field("familyNameEdit"), QStringLiteral("Leigh"));

    SECTION("Cancel stays on the edited record")
    {
        f.prompter.enqueue(Choice::Cancel);
        CHECK_FALSE(f.editor.openClient(bo.id));
        CHECK(f.editor.clientId() == ann.id);
        CHECK(f.field("familyNameEdit")->text() == QStringLiteral("Leigh"));
    }
    SECTION("Discard drops the edits and opens the other client")
    {
        f.prompter.enqueue(Choice::Discard);
        CHECK(f.editor.openClient(bo.id));
        CHECK(f.field("givenNameEdit")->text() == QStringLiteral("Bo"));
        CHECK(f.stored(ann.id).familyName == QStringLiteral("Lee"));
    }
    SECTION("Save stores the edits, then opens the other client")
    {
        f.prompter.enqueue(Choice::Save);
        CHECK(f.editor.openClient(bo.id));
        CHECK(f.stored(ann.id).familyName == QStringLiteral("Leigh"));
    }
    REQUIRE(f.prompter.asked().size() == 1);
    const auto &prompt = f.prompter.asked().at(0).prompt;
    CHECK(prompt.choices == QList<Choice>({ Choice::Save, Choice::Discard, Choice::Cancel }));
    CHECK_FALSE(prompt.title.contains(QStringLiteral("Ann")));
}

TEST_CASE("a record changed elsewhere meanwhile is not overwritten and can be reloaded",
          "[ui][clients][editor]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    REQUIRE(f.editor.openClient(ann.id));
    test::retype(f.field("givenNameEdit"), QStringLiteral("Anne"));

    core::Client elsewhere = ann; // another workstation saves first
    elsewhere.familyName = QStringLiteral("Lee-Park");
    REQUIRE(f.repository.update(elsewhere).ok());

    f.prompter.enqueue(Choice::Reload);
    f.click("saveClientButton");

    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().at(0).prompt.choices.contains(Choice::Reload));
    CHECK(f.stored(ann.id).givenName == QStringLiteral("Ann"));
    CHECK(f.field("familyNameEdit")->text() == QStringLiteral("Lee-Park"));
    CHECK(f.field("givenNameEdit")->text() == QStringLiteral("Ann"));
    CHECK_FALSE(f.editor.isModified());
}

TEST_CASE("archiving a client keeps the record and marks it archived and offers to restore it",
          "[ui][clients][editor]")
{
    EditorFixture f;
    const core::Client ann = test::addClient(
            f.database.db(), test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
    REQUIRE(f.editor.openClient(ann.id));
    auto *archive = f.field<QPushButton>("archiveClientButton");
    CHECK(archive->text() == QStringLiteral("Archive Client"));
    CHECK_FALSE(f.field<QLabel>("archivedBanner")->isVisible());

    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(f.stored(ann.id).archived);
    CHECK(f.field<QLabel>("archivedBanner")->isVisible());
    CHECK(archive->text() == QStringLiteral("Restore Client"));

    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK_FALSE(f.stored(ann.id).archived);
    CHECK_FALSE(f.field<QLabel>("archivedBanner")->isVisible());
}

TEST_CASE("Tab moves through the fields in reading order", "[ui][clients][editor]")
{
    EditorFixture f;
    REQUIRE(f.editor.newClient());
    QStringList visited{ QApplication::focusWidget()->objectName() };
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    CHECK(visited
          == QStringList({ QStringLiteral("givenNameEdit"), QStringLiteral("familyNameEdit"),
                           QStringLiteral("preferredNameEdit"), QStringLiteral("pronounsEdit"),
                           QStringLiteral("dateOfBirthEdit"), QStringLiteral("mobilePhoneEdit"),
                           QStringLiteral("homePhoneEdit"), QStringLiteral("workPhoneEdit"),
                           QStringLiteral("emailEdit"), QStringLiteral("phoneConsentCheckBox") }));
}
