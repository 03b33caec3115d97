// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"
#include "ui/intake/IntakeRowList.h"

namespace stillpoint::ui {

// Triggers the client names that are on no list: free text, role and certainty per row. They are
// stored with the key "other".
class IntakeOtherTriggerList final : public IntakeRowList
{
    Q_OBJECT

public:
    explicit IntakeOtherTriggerList(QWidget *parent = nullptr);

    // Rows with empty text are left out.
    QList<core::TriggerEntry> entries() const;
    void setEntries(const QList<core::TriggerEntry> &entries);

    static constexpr auto Key = "other";

protected:
    QList<QWidget *> createCells() override;
    QStringList rowText(int row) const override;
    void setRowText(int row, const QStringList &text) override;
};

} // namespace stillpoint::ui
