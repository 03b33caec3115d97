// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace stillpoint::ui {

// One answer picked from a few, as a row of radio buttons: No / Yes, Never … Always. The value is
// the chosen option's index, or -1 while none is chosen ("not answered yet"). Arrow keys move
// between the options as in any radio group; Tab enters and leaves the row.
class IntakeChoiceGroup final : public QWidget
{
    Q_OBJECT

public:
    // `question` names the row for screen readers ("Nausea: Yes"); `objectNamePrefix` names each
    // button (prefix + option index) for tests and style sheets.
    IntakeChoiceGroup(const QStringList &options, const QString &question,
                      const QString &objectNamePrefix, QWidget *parent = nullptr);

    int value() const;
    // Shows a value without counting as the user's choice (no userChanged()).
    void setValue(int index);
    QRadioButton *button(int index) const;
    int count() const { return static_cast<int>(m_buttons.size()); }

    // For a core::Answer: options {Not answered, No, Yes} use the Answer's own index, and
    // {No, Yes} shift by one (nothing chosen is Unknown).
    core::Answer answer() const;
    void setAnswer(core::Answer answer);

Q_SIGNALS:
    // The user chose an option (mouse, Space or an arrow key).
    void userChanged();

private:
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
};

} // namespace stillpoint::ui
