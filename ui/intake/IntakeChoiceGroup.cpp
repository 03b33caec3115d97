// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeChoiceGroup.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

namespace stillpoint::ui {

IntakeChoiceGroup::IntakeChoiceGroup(const QStringList &options, const QString &question,
                                     const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setAccessibleName(question);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    for (int i = 0; i < options.size(); ++i) {
        auto *button = new QRadioButton(options[i], this);
        button->setObjectName(objectNamePrefix + QString::number(i));
        button->setAccessibleName(question + QStringLiteral(": ") + options[i]);
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
    }
    layout->addStretch();
    connect(m_group, &QButtonGroup::buttonClicked, this, [this] { Q_EMIT userChanged(); });
}

int IntakeChoiceGroup::value() const
{
    return m_group->checkedId();
}

void IntakeChoiceGroup::setValue(int index)
{
    if (index == value())
        return;
    if (index >= 0 && index < m_buttons.size()) {
        m_buttons[index]->setChecked(true);
        return;
    }
    // An exclusive group cannot be emptied button by button.
    m_group->setExclusive(false);
    for (QRadioButton *button : std::as_const(m_buttons))
        button->setChecked(false);
    m_group->setExclusive(true);
    // Every option takes the Tab focus again, as before the first choice.
    for (QRadioButton *button : std::as_const(m_buttons))
        button->setFocusPolicy(Qt::StrongFocus);
}

QRadioButton *IntakeChoiceGroup::button(int index) const
{
    return m_buttons.value(index);
}

core::Answer IntakeChoiceGroup::answer() const
{
    const int index = value();
    const int shift = count() == 2 ? 1 : 0;
    if (index < 0)
        return core::Answer::Unknown;
    switch (index + shift) {
    case 1:
        return core::Answer::No;
    case 2:
        return core::Answer::Yes;
    default:
        return core::Answer::Unknown;
    }
}

void IntakeChoiceGroup::setAnswer(core::Answer answer)
{
    const int shift = count() == 2 ? 1 : 0;
    switch (answer) {
    case core::Answer::Unknown:
        setValue(shift ? -1 : 0);
        break;
    case core::Answer::No:
        setValue(1 - shift);
        break;
    case core::Answer::Yes:
        setValue(2 - shift);
        break;
    }
}

} // namespace stillpoint::ui
