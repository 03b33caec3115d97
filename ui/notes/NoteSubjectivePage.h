// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/NotePage.h"

class QPlainTextEdit;

namespace stillpoint::ui {

class IntakeNumberEdit;
class NoteContraindicationList;

// S: what the client reports today, headaches since the last visit (as told, and how many days),
// pain before the session (empty: not asked, which is not 0), medication changes, and today's
// re-check of the contraindications on the signed intake.
class NoteSubjectivePage final : public NotePage
{
    Q_OBJECT

public:
    explicit NoteSubjectivePage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::NoteContent &content) const override;

    QPlainTextEdit *clientReportEdit() const { return m_clientReport; }
    IntakeNumberEdit *painBeforeEdit() const { return m_painBefore; }
    NoteContraindicationList *contraindicationList() const { return m_checks; }

protected:
    void fill(const core::NoteContent &content) override;
    void applyReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_clientReport;
    QPlainTextEdit *m_headaches;
    IntakeNumberEdit *m_headacheDays;
    IntakeNumberEdit *m_painBefore;
    QPlainTextEdit *m_medicationChanges;
    NoteContraindicationList *m_checks;
};

} // namespace stillpoint::ui
