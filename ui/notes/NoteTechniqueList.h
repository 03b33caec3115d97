// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"
#include "ui/intake/IntakeRowList.h"

class QComboBox;

namespace stillpoint::ui {

// The techniques used in a session, one row each: technique (chosen from the practice's list or
// typed freely), area, minutes and pressure. Plain inputs reached with Tab; "Add technique" adds a
// row and focuses it, each row's Remove takes it away.
class NoteTechniqueList final : public IntakeRowList
{
    Q_OBJECT

public:
    explicit NoteTechniqueList(QWidget *parent = nullptr);

    // The practice's techniques, offered in every row (keys are what is stored).
    void setTechniques(const QList<core::Technique> &techniques);
    const QList<core::Technique> &techniques() const { return m_techniques; }

    // Rows with neither a technique nor an area are left out.
    QList<core::TechniqueUse> uses() const;
    void setUses(const QList<core::TechniqueUse> &uses);

    // The label shown for a stored key (the key itself when it is free text).
    QString labelFor(const QString &key) const;

protected:
    QList<QWidget *> createCells() override;
    QStringList rowText(int row) const override;
    void setRowText(int row, const QStringList &text) override;
    int columnStretch(int column) const override;

private:
    QString keyFor(const QString &text) const;
    void fillTechniqueCombo(QComboBox *combo) const;

    QList<core::Technique> m_techniques;
};

} // namespace stillpoint::ui
