// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/HeadacheHistoryChecklist.h"
#include "ui/intake/IntakePage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QGridLayout;

namespace stillpoint::ui {

// Review and sign: what still stops signing (each problem leads to its field), the ICHD-3 history
// checklist for the physician with its "not a diagnosis" disclaimer, and the Sign button.
class IntakeReviewPage final : public IntakePage
{
    Q_OBJECT

public:
    struct Problem
    {
        QString section; // the page title
        QString fieldKey;
        QString message;
    };

    IntakeReviewPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;

    void setProblems(const QList<Problem> &problems);
    void setChecklist(const core::HeadacheHistoryChecklist &checklist);
    // What the page says instead of offering to sign (a signed or discarded intake).
    void setLockedText(const QString &text);

    QPushButton *signButton() const { return m_signButton; }
    QListWidget *problemList() const { return m_problems; }

Q_SIGNALS:
    void jumpRequested(const QString &fieldKey);
    void signRequested();

protected:
    void fill(const core::Intake &intake) override;
    void applyReadOnly(bool readOnly) override;

private:
    void fitListHeight();

    QLabel *m_summary;
    QListWidget *m_problems;
    QWidget *m_checklist;
    QGridLayout *m_checklistGrid;
    QStringList m_shownChecklist; // what the checklist shows, to rebuild only on change
    QLabel *m_lockedLabel;
    QPushButton *m_signButton;
    QLabel *m_signNote;
};

} // namespace stillpoint::ui
