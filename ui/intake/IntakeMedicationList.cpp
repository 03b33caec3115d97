// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeMedicationList.h"

#include <QLineEdit>

namespace stillpoint::ui {

IntakeMedicationList::IntakeMedicationList(const QString &what, const QString &objectNamePrefix,
                                           QWidget *parent)
    : IntakeRowList({ tr("Name"), tr("Dose"), tr("How often") }, tr("Add %1").arg(what.toLower()),
                    tr("None listed."), objectNamePrefix, parent),
      m_what(what)
{ }

QList<core::Medication> IntakeMedicationList::medications() const
{
    QList<core::Medication> result;
    for (int row = 0; row < count(); ++row) {
        const QStringList text = rowText(row);
        core::Medication medication{ text[0].trimmed(), text[1].trimmed(), text[2].trimmed() };
        if (!medication.name.isEmpty() || !medication.dose.isEmpty()
            || !medication.frequency.isEmpty())
            result.append(medication);
    }
    return result;
}

void IntakeMedicationList::setMedications(const QList<core::Medication> &medications)
{
    setRowCount(static_cast<int>(medications.size()));
    for (int row = 0; row < count(); ++row) {
        const core::Medication &medication = medications[row];
        setRowText(row, { medication.name, medication.dose, medication.frequency });
    }
}

QList<QWidget *> IntakeMedicationList::createCells()
{
    const QString prefix = objectNamePrefix();
    const struct
    {
        const char *name;
        QString label;
        QString placeholder;
    } columns[] = {
        { "NameEdit", tr("%1 name").arg(m_what), tr("For example: sumatriptan") },
        { "DoseEdit", tr("%1 dose").arg(m_what), tr("50 mg") },
        { "FrequencyEdit", tr("%1: how often").arg(m_what), tr("As needed, twice a day") },
    };
    QList<QWidget *> cells;
    for (const auto &column : columns) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(prefix + QLatin1String(column.name));
        edit->setAccessibleName(column.label);
        edit->setPlaceholderText(column.placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { cellEdited(edit); });
        cells.append(edit);
    }
    return cells;
}

QStringList IntakeMedicationList::rowText(int row) const
{
    QStringList text;
    for (int column = 0; column < 3; ++column)
        text.append(static_cast<QLineEdit *>(cell(row, column))->text());
    return text;
}

void IntakeMedicationList::setRowText(int row, const QStringList &text)
{
    for (int column = 0; column < 3; ++column) {
        auto *edit = static_cast<QLineEdit *>(cell(row, column));
        const QString value = text.value(column);
        if (edit->text() != value)
            edit->setText(value);
    }
}

int IntakeMedicationList::columnStretch(int column) const
{
    return column == 0 ? 3 : 2;
}

} // namespace stillpoint::ui
