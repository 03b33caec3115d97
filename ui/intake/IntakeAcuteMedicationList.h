// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"
#include "ui/intake/IntakeRowList.h"

namespace stillpoint::ui {

// Acute (as-needed) headache medications: name, kind (triptan, simple analgesic, combination,
// other) and days used per month, which may be left unanswered.
class IntakeAcuteMedicationList final : public IntakeRowList
{
    Q_OBJECT

public:
    explicit IntakeAcuteMedicationList(QWidget *parent = nullptr);

    // Rows without a name and without days are left out.
    QList<core::AcuteMedication> medications() const;
    void setMedications(const QList<core::AcuteMedication> &medications);

protected:
    QList<QWidget *> createCells() override;
    QStringList rowText(int row) const override;
    void setRowText(int row, const QStringList &text) override;
};

} // namespace stillpoint::ui
