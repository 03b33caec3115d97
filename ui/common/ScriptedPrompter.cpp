// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ScriptedPrompter.h"

namespace stillpoint::ui {

Prompter::Choice ScriptedPrompter::ask(QWidget *parent, const Prompt &prompt)
{
    Q_UNUSED(parent)
    Choice answer = prompt.escapeChoice;
    if (m_answers.isEmpty())
        ++m_unexpected;
    else
        answer = m_answers.takeFirst();
    m_asked.append(Asked{ prompt, answer });
    return answer;
}

} // namespace stillpoint::ui
