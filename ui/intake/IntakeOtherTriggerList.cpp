// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeOtherTriggerList.h"

#include "core/intake/IntakeCatalog.h"

#include <QComboBox>
#include <QLineEdit>

namespace stillpoint::ui {

IntakeOtherTriggerList::IntakeOtherTriggerList(QWidget *parent)
    : IntakeRowList({ tr("Other trigger"), tr("Role"), tr("How sure") }, tr("Add other trigger"),
                    tr("None."), QStringLiteral("otherTrigger"), parent)
{ }

QList<core::TriggerEntry> IntakeOtherTriggerList::entries() const
{
    QList<core::TriggerEntry> result;
    for (int row = 0; row < count(); ++row) {
        core::TriggerEntry entry;
        entry.key = QLatin1String(Key);
        entry.label = static_cast<QLineEdit *>(cell(row, 0))->text().trimmed();
        entry.role = static_cast<core::TriggerRole>(
                std::clamp(static_cast<QComboBox *>(cell(row, 1))->currentIndex(), 0, 1));
        entry.certainty = static_cast<core::Certainty>(
                std::clamp(static_cast<QComboBox *>(cell(row, 2))->currentIndex(), 0, 2));
        if (!entry.label.isEmpty())
            result.append(entry);
    }
    return result;
}

void IntakeOtherTriggerList::setEntries(const QList<core::TriggerEntry> &entries)
{
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < count(); ++row) {
        const core::TriggerEntry &entry = entries[row];
        setRowText(row,
                   { entry.label, QString::number(static_cast<int>(entry.role)),
                     QString::number(static_cast<int>(entry.certainty)) });
    }
}

QList<QWidget *> IntakeOtherTriggerList::createCells()
{
    auto *label = new QLineEdit(this);
    label->setObjectName(QStringLiteral("otherTriggerEdit"));
    label->setAccessibleName(tr("Other trigger"));
    label->setPlaceholderText(tr("For example: long car journeys"));
    connect(label, &QLineEdit::textEdited, this, [this, label] { cellEdited(label); });

    auto *role = new QComboBox(this);
    role->setObjectName(QStringLiteral("otherTriggerRoleCombo"));
    role->setAccessibleName(tr("Role of the other trigger"));
    role->addItem(core::IntakeCatalog::triggerRoleLabel(core::TriggerRole::Trigger));
    role->addItem(core::IntakeCatalog::triggerRoleLabel(core::TriggerRole::EarlyWarningSign));
    connect(role, &QComboBox::activated, this, [this, role] { cellEdited(role); });

    auto *certainty = new QComboBox(this);
    certainty->setObjectName(QStringLiteral("otherTriggerCertaintyCombo"));
    certainty->setAccessibleName(tr("Certainty of the other trigger"));
    for (core::Certainty each :
         { core::Certainty::Unsure, core::Certainty::Probably, core::Certainty::Sure })
        certainty->addItem(core::IntakeCatalog::certaintyLabel(each));
    certainty->setCurrentIndex(static_cast<int>(core::Certainty::Probably));
    connect(certainty, &QComboBox::activated, this, [this, certainty] { cellEdited(certainty); });
    return { label, role, certainty };
}

QStringList IntakeOtherTriggerList::rowText(int row) const
{
    return { static_cast<QLineEdit *>(cell(row, 0))->text(),
             QString::number(static_cast<QComboBox *>(cell(row, 1))->currentIndex()),
             QString::number(static_cast<QComboBox *>(cell(row, 2))->currentIndex()) };
}

void IntakeOtherTriggerList::setRowText(int row, const QStringList &text)
{
    auto *label = static_cast<QLineEdit *>(cell(row, 0));
    if (label->text() != text.value(0))
        label->setText(text.value(0));
    static_cast<QComboBox *>(cell(row, 1))->setCurrentIndex(text.value(1).toInt());
    static_cast<QComboBox *>(cell(row, 2))->setCurrentIndex(text.value(2).toInt());
}

} // namespace stillpoint::ui
