// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace stillpoint::ui {

class IntakeDifferenceModel;

// Two versions of one client's intake side by side: every field with its value before and after,
// the changed ones highlighted and labelled, and a switch to show the changes only. It shows what
// it is given; the caller reads both versions (audited) through core::IntakeService.
class IntakeCompareDialog final : public QDialog
{
    Q_OBJECT

public:
    // `before` is the older version.
    IntakeCompareDialog(const core::Intake &before, const core::Intake &after,
                        QWidget *parent = nullptr);
    ~IntakeCompareDialog() override;

    IntakeDifferenceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *changedOnlyCheckBox() const { return m_changedOnly; }

private:
    IntakeDifferenceModel *m_model;
    QTableView *m_view;
    QCheckBox *m_changedOnly;
    QLabel *m_summary;
};

} // namespace stillpoint::ui
