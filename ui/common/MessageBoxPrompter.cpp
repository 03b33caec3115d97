// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBoxPrompter.h"

#include <QAbstractButton>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace stillpoint::ui {

namespace {

QMessageBox::Icon iconFor(Prompter::Kind kind)
{
    switch (kind) {
    case Prompter::Kind::Question:
        return QMessageBox::Question;
    case Prompter::Kind::Information:
        return QMessageBox::Information;
    case Prompter::Kind::Warning:
        return QMessageBox::Warning;
    case Prompter::Kind::Critical:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}

// Standard buttons get the platform's order and roles; the others are added with a role.
QAbstractButton *addButton(QMessageBox &box, Prompter::Choice choice)
{
    using Choice = Prompter::Choice;
    switch (choice) {
    case Choice::Ok:
        return box.addButton(QMessageBox::Ok);
    case Choice::Cancel:
        return box.addButton(QMessageBox::Cancel);
    case Choice::Yes:
        return box.addButton(QMessageBox::Yes);
    case Choice::No:
        return box.addButton(QMessageBox::No);
    case Choice::Save:
        return box.addButton(QMessageBox::Save);
    case Choice::Discard:
        return box.addButton(QMessageBox::Discard);
    case Choice::SaveAnyway:
        return box.addButton(Prompter::label(choice), QMessageBox::AcceptRole);
    case Choice::Reload:
        return box.addButton(Prompter::label(choice), QMessageBox::ResetRole);
    case Choice::Continue:
        return box.addButton(Prompter::label(choice), QMessageBox::AcceptRole);
    case Choice::StartOver:
        return box.addButton(Prompter::label(choice), QMessageBox::DestructiveRole);
    }
    return nullptr;
}

} // namespace

Prompter::Choice MessageBoxPrompter::ask(QWidget *parent, const Prompt &prompt)
{
    QMessageBox box(parent);
    box.setIcon(iconFor(prompt.kind));
    box.setWindowTitle(prompt.title);
    box.setTextFormat(Qt::PlainText);
    box.setText(prompt.text);
    if (!prompt.informativeText.isEmpty())
        box.setInformativeText(prompt.informativeText);

    QHash<QAbstractButton *, Choice> choiceOf;
    for (Choice choice : prompt.choices) {
        QAbstractButton *button = addButton(box, choice);
        choiceOf.insert(button, choice);
        if (choice == prompt.defaultChoice)
            if (auto *push = qobject_cast<QPushButton *>(button))
                box.setDefaultButton(push);
        if (choice == prompt.escapeChoice)
            box.setEscapeButton(button);
    }
    box.exec();
    return choiceOf.value(box.clickedButton(), prompt.escapeChoice);
}

} // namespace stillpoint::ui
