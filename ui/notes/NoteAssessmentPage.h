// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/NotePage.h"

class QPlainTextEdit;

namespace stillpoint::ui {

class IntakeNumberEdit;

// A: the response to treatment, pain after the session (empty: not asked), what released, what
// resisted, and progress against the plan.
class NoteAssessmentPage final : public NotePage
{
    Q_OBJECT

public:
    explicit NoteAssessmentPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::NoteContent &content) const override;
    IntakeNumberEdit *painAfterEdit() const { return m_painAfter; }

protected:
    void fill(const core::NoteContent &content) override;

private:
    QPlainTextEdit *m_response;
    IntakeNumberEdit *m_painAfter;
    QPlainTextEdit *m_released;
    QPlainTextEdit *m_resisted;
    QPlainTextEdit *m_progress;
};

} // namespace stillpoint::ui
