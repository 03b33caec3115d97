// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldUndoRecorder.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

using namespace stillpoint;

TEST_CASE("consecutive typing in one field is one undo step and a tick is a step of its own",
          "[ui][common][undo]")
{
    QWidget form;
    auto *name = new QLineEdit(&form);
    auto *notes = new QPlainTextEdit(&form);
    auto *consent = new QCheckBox(QStringLiteral("Consent"), &form);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(name);
    layout->addWidget(notes);
    layout->addWidget(consent);
    QUndoStack stack;
    ui::FieldUndoRecorder recorder(&stack);
    recorder.track(name, QStringLiteral("name"));
    recorder.track(notes, QStringLiteral("notes"));
    recorder.track(consent, QStringLiteral("consent"));
    name->setText(QStringLiteral("Ann")); // as loaded: not an edit
    recorder.snapshot();

    test::type(name, QStringLiteral("ie"));
    test::type(notes, QStringLiteral("Hi"));
    QTest::mouseClick(consent, Qt::LeftButton);
    test::type(notes, QStringLiteral("!"));

    REQUIRE(stack.count() == 4);
    CHECK(stack.undoText() == QStringLiteral("Edit notes"));
    stack.undo();
    CHECK(notes->toPlainText() == QStringLiteral("Hi"));
    stack.undo();
    CHECK_FALSE(consent->isChecked());
    stack.undo();
    CHECK(notes->toPlainText().isEmpty());
    stack.undo();
    CHECK(name->text() == QStringLiteral("Ann"));
    CHECK(stack.isClean());

    // Typing back what was there before leaves nothing to undo.
    test::type(name, QStringLiteral("x"));
    QTest::keyClick(name, Qt::Key_Backspace);
    CHECK(name->text() == QStringLiteral("Ann"));
    CHECK(stack.isClean());
}
