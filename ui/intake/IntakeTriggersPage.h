// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"
#include "ui/intake/IntakePage.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::ui {

class IntakeOtherTriggerList;

// Triggers: the literature's most reported ones, the practice's own list and free entries. Each
// ticked row says whether the item is a trigger or an early warning sign (neck pain and fatigue
// usually are the latter, so ticking them suggests it) and how sure the client is.
class IntakeTriggersPage final : public IntakePage
{
    Q_OBJECT

public:
    // Adds a label to the practice's list (through core) and returns the stored entry.
    using PracticeTriggerAdder =
            std::function<core::Result<core::PracticeTrigger>(const QString &label)>;

    IntakeTriggersPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;

    // Rows for the practice's own triggers; entries already shown are kept.
    void setPracticeTriggers(const QList<core::PracticeTrigger> &triggers);
    void setPracticeTriggerAdder(PracticeTriggerAdder adder);

protected:
    void fill(const core::Intake &intake) override;
    void updateEnabled() override;
    void applyReadOnly(bool readOnly) override;

private:
    struct Row
    {
        QString key;
        QString label; // what a ticked entry stores
        QCheckBox *box = nullptr;
        QComboBox *role = nullptr;
        QComboBox *certainty = nullptr;
    };

    Row &addRow(QGridLayout *grid, const QString &key, const QString &label, const QString &hint);
    Row *findRow(const QString &key);
    QGridLayout *makeGrid(QWidget *parent, bool withHeaders);
    void updateRows();
    void showNewTriggerEditor(bool show);
    void addPracticeTrigger();

    QList<Row> m_rows; // the literature's list first, then the practice's and stored extras
    QGridLayout *m_catalogGrid = nullptr;
    QGridLayout *m_practiceGrid = nullptr;
    QLabel *m_practiceEmpty = nullptr;
    QWidget *m_newTriggerRow = nullptr;
    QLineEdit *m_newTrigger = nullptr;
    QPushButton *m_addPracticeButton = nullptr;
    QPushButton *m_confirmAddButton = nullptr;
    QPushButton *m_cancelAddButton = nullptr;
    IntakeOtherTriggerList *m_other = nullptr;
    PracticeTriggerAdder m_adder;
};

} // namespace stillpoint::ui
