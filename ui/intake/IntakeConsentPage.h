// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "ui/intake/IntakePage.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace stillpoint::ui {

class SignaturePad;

// Consent to treatment: the statement, the client's tick, their typed name, the date and a
// signature drawn on screen (kept as PNG). Ticking the box dates the consent today when no date
// is there yet.
class IntakeConsentPage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeConsentPage(FieldUndoRecorder *recorder, const core::Clock &clock,
                      QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;
    // A date that is not a date, once the user has left the field.
    QList<core::Error> localProblems() const override;
    SignaturePad *signaturePad() const { return m_signature; }

protected:
    void fill(const core::Intake &intake) override;

private:
    const core::Clock &m_clock;
    QCheckBox *m_agreed;
    QLineEdit *m_typedName;
    QLineEdit *m_date;
    QPushButton *m_todayButton;
    SignaturePad *m_signature;
    QPushButton *m_clearButton;
    bool m_dateBeingTyped = false;
};

} // namespace stillpoint::ui
