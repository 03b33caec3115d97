// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Prompter.h"

#include <QCoreApplication>

namespace stillpoint::ui {

Prompter::~Prompter() = default;

Prompter::Choice Prompter::question(QWidget *parent, const QString &title, const QString &text,
                                    const QList<Choice> &choices, Choice defaultChoice,
                                    Choice escapeChoice, const QString &informativeText)
{
    return ask(parent,
               Prompt{ Kind::Question, title, text, informativeText, choices, defaultChoice,
                       escapeChoice });
}

Prompter::Choice Prompter::warning(QWidget *parent, const QString &title, const QString &text,
                                   const QList<Choice> &choices, Choice defaultChoice,
                                   Choice escapeChoice, const QString &informativeText)
{
    return ask(parent,
               Prompt{ Kind::Warning, title, text, informativeText, choices, defaultChoice,
                       escapeChoice });
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent,
        Prompt{ Kind::Information, title, text, {}, { Choice::Ok }, Choice::Ok, Choice::Ok });
}

void Prompter::critical(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, Prompt{ Kind::Critical, title, text, {}, { Choice::Ok }, Choice::Ok, Choice::Ok });
}

QString Prompter::label(Choice choice)
{
    switch (choice) {
    case Choice::Ok:
        return QCoreApplication::translate("Prompter", "OK");
    case Choice::Cancel:
        return QCoreApplication::translate("Prompter", "Cancel");
    case Choice::Yes:
        return QCoreApplication::translate("Prompter", "Yes");
    case Choice::No:
        return QCoreApplication::translate("Prompter", "No");
    case Choice::Save:
        return QCoreApplication::translate("Prompter", "Save");
    case Choice::Discard:
        return QCoreApplication::translate("Prompter", "Discard");
    case Choice::SaveAnyway:
        return QCoreApplication::translate("Prompter", "Save Anyway");
    case Choice::Reload:
        return QCoreApplication::translate("Prompter", "Reload");
    case Choice::Continue:
        return QCoreApplication::translate("Prompter", "Continue");
    case Choice::StartOver:
        return QCoreApplication::translate("Prompter", "Start Over");
    }
    return {};
}

} // namespace stillpoint::ui
