// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"
#include "ui/intake/IntakeRowList.h"

namespace stillpoint::ui {

// Medications as rows of name, dose and how often (current medications, preventives).
class IntakeMedicationList final : public IntakeRowList
{
    Q_OBJECT

public:
    // `what` names the list for screen readers ("Medication", "Preventive medication").
    IntakeMedicationList(const QString &what, const QString &objectNamePrefix,
                         QWidget *parent = nullptr);

    // Rows whose fields are all empty are left out.
    QList<core::Medication> medications() const;
    void setMedications(const QList<core::Medication> &medications);

protected:
    QList<QWidget *> createCells() override;
    QStringList rowText(int row) const override;
    void setRowText(int row, const QStringList &text) override;
    int columnStretch(int column) const override;

private:
    QString m_what;
};

} // namespace stillpoint::ui
