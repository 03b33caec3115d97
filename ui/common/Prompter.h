// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace stillpoint::ui {

// Asks the user something modal and returns their choice. Widgets take a Prompter instead of
// calling QMessageBox directly, so that tests can pre-answer the questions (ScriptedPrompter) and
// check what was asked.
class Prompter
{
public:
    // The buttons a prompt can offer; each has a fixed, translated label.
    enum class Choice {
        Ok,
        Cancel,
        Yes,
        No,
        Save,
        Discard,
        SaveAnyway,
        Reload,
        Continue, // carry on with saved work (a draft)
        StartOver, // set saved work aside and begin again
    };
    enum class Kind { Question, Information, Warning, Critical };

    struct Prompt
    {
        Kind kind = Kind::Question;
        QString title; // never names or health information: window titles can end up in logs
        QString text; // shown as plain text
        QString informativeText; // a fixed sentence; no data from users
        QList<Choice> choices{ Choice::Ok };
        Choice defaultChoice = Choice::Ok;
        Choice escapeChoice = Choice::Ok; // what closing the box or pressing Escape means
    };

    virtual ~Prompter();

    virtual Choice ask(QWidget *parent, const Prompt &prompt) = 0;

    Choice question(QWidget *parent, const QString &title, const QString &text,
                    const QList<Choice> &choices, Choice defaultChoice, Choice escapeChoice,
                    const QString &informativeText = {});
    Choice warning(QWidget *parent, const QString &title, const QString &text,
                   const QList<Choice> &choices, Choice defaultChoice, Choice escapeChoice,
                   const QString &informativeText = {});
    void information(QWidget *parent, const QString &title, const QString &text);
    void critical(QWidget *parent, const QString &title, const QString &text);

    // The label a button for `choice` shows.
    static QString label(Choice choice);
};

} // namespace stillpoint::ui
