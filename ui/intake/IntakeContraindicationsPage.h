// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/intake/IntakePage.h"

#include <QList>

class QCheckBox;
class QLineEdit;

namespace stillpoint::ui {

// Contraindications in their three groups (defer the session, avoid the area, caution or
// physician approval), each a tick with a note that opens once ticked. Only ticked items are
// stored; stored keys this build does not know are kept as they are.
class IntakeContraindicationsPage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeContraindicationsPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;

protected:
    void fill(const core::Intake &intake) override;
    void updateEnabled() override;

private:
    struct Item
    {
        QString key;
        QCheckBox *box = nullptr;
        QLineEdit *note = nullptr;
    };

    QList<Item> m_items;
    QList<core::ContraindicationEntry> m_unknown;
};

} // namespace stillpoint::ui
