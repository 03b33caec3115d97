// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

#include <QList>

namespace stillpoint::ui {

// A Prompter for tests: answers from a queue given in advance and remembers every prompt, so a
// test can check what the user would have been asked. With nothing queued it answers the prompt's
// escape choice (as closing the box would) and counts the prompt as unexpected.
class ScriptedPrompter final : public Prompter
{
public:
    struct Asked
    {
        Prompt prompt;
        Choice answer;
    };

    void enqueue(Choice answer) { m_answers.append(answer); }
    Choice ask(QWidget *parent, const Prompt &prompt) override;

    const QList<Asked> &asked() const { return m_asked; }
    int pendingAnswers() const { return int(m_answers.size()); }
    int unexpectedPrompts() const { return m_unexpected; }

private:
    QList<Choice> m_answers;
    QList<Asked> m_asked;
    int m_unexpected = 0;
};

} // namespace stillpoint::ui
