// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/intake/IntakePage.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stillpoint::ui {

class IntakeChoiceGroup;
class IntakeMedicationList;
class IntakeNumberEdit;

// Health history: the date the intake was filled in, conditions, surgeries, injuries, current
// medications, allergies (massage oils and lotions included) and pregnancy.
class IntakeHealthPage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeHealthPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;

protected:
    void fill(const core::Intake &intake) override;
    void updateEnabled() override;

private:
    QDateEdit *m_intakeDate;
    QPlainTextEdit *m_conditions;
    QPlainTextEdit *m_surgeries;
    QPlainTextEdit *m_injuries;
    IntakeMedicationList *m_medications;
    QPlainTextEdit *m_allergies;
    IntakeChoiceGroup *m_pregnancy;
    IntakeNumberEdit *m_pregnancyWeeks;
    QPlainTextEdit *m_notes;
};

} // namespace stillpoint::ui
