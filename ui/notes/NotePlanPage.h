// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/NotePage.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace stillpoint::ui {

// P: the next visit (optional: a date only once ticked) and how often, the focus of the next
// sessions, home care (stretches, posture, hydration, heat or ice) and referrals.
class NotePlanPage final : public NotePage
{
    Q_OBJECT

public:
    explicit NotePlanPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::NoteContent &content) const override;
    // The date a newly ticked next visit starts from (a week after the session).
    void setSessionDate(const QDate &date);

    QCheckBox *nextVisitBox() const { return m_hasNextVisit; }
    QDateEdit *nextVisitEdit() const { return m_nextVisit; }

protected:
    void fill(const core::NoteContent &content) override;
    void applyReadOnly(bool readOnly) override;

private:
    void updateEnabled();

    QCheckBox *m_hasNextVisit;
    QDateEdit *m_nextVisit;
    QLineEdit *m_frequency;
    QPlainTextEdit *m_focus;
    QPlainTextEdit *m_homeCare;
    QPlainTextEdit *m_referrals;
    QDate m_sessionDate;
};

} // namespace stillpoint::ui
