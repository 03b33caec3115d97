// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/intake/IntakePage.h"

#include <QList>

class QLineEdit;

namespace stillpoint::ui {

class IntakeChoiceGroup;

// The red-flag screen (SNOOP4 and a headache after head or neck injury): every question asked,
// each answered No or Yes with a note. Nothing chosen means "not asked yet", which signing does
// not accept.
class IntakeRedFlagsPage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeRedFlagsPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;
    bool anyYes() const;

Q_SIGNALS:
    // An answer changed (the editor's warning banner follows it).
    void answersChanged();

protected:
    void fill(const core::Intake &intake) override;

private:
    struct Question
    {
        QString key;
        IntakeChoiceGroup *answer = nullptr;
        QLineEdit *note = nullptr;
    };

    QList<Question> m_questions;
    QList<core::RedFlagAnswer> m_unknown; // stored answers to questions this build does not ask
};

} // namespace stillpoint::ui
