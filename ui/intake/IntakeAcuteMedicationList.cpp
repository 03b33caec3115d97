// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeAcuteMedicationList.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/intake/IntakeNumberEdit.h"

#include <QComboBox>
#include <QLineEdit>

namespace stillpoint::ui {

namespace {

constexpr core::AcuteMedicationKind Kinds[] = {
    core::AcuteMedicationKind::Triptan,
    core::AcuteMedicationKind::SimpleAnalgesic,
    core::AcuteMedicationKind::Combination,
    core::AcuteMedicationKind::Other,
};

int kindIndex(core::AcuteMedicationKind kind)
{
    for (int i = 0; i < 4; ++i)
        if (Kinds[i] == kind)
            return i;
    return 3;
}

} // namespace

IntakeAcuteMedicationList::IntakeAcuteMedicationList(QWidget *parent)
    : IntakeRowList({ tr("Name"), tr("Kind"), tr("Days a month") }, tr("Add acute medication"),
                    tr("None listed."), QStringLiteral("acuteMedication"), parent)
{ }

QList<core::AcuteMedication> IntakeAcuteMedicationList::medications() const
{
    QList<core::AcuteMedication> result;
    for (int row = 0; row < count(); ++row) {
        core::AcuteMedication medication;
        medication.name = static_cast<QLineEdit *>(cell(row, 0))->text().trimmed();
        medication.kind =
                Kinds[std::clamp(static_cast<QComboBox *>(cell(row, 1))->currentIndex(), 0, 3)];
        medication.daysPerMonth = static_cast<IntakeNumberEdit *>(cell(row, 2))->intValue();
        if (!medication.name.isEmpty() || medication.daysPerMonth)
            result.append(medication);
    }
    return result;
}

void IntakeAcuteMedicationList::setMedications(const QList<core::AcuteMedication> &medications)
{
    setRowCount(static_cast<int>(medications.size()));
    for (int row = 0; row < count(); ++row) {
        const core::AcuteMedication &medication = medications[row];
        static_cast<QLineEdit *>(cell(row, 0))->setText(medication.name);
        static_cast<QComboBox *>(cell(row, 1))->setCurrentIndex(kindIndex(medication.kind));
        static_cast<IntakeNumberEdit *>(cell(row, 2))->setIntValue(medication.daysPerMonth);
    }
}

QList<QWidget *> IntakeAcuteMedicationList::createCells()
{
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("acuteMedicationNameEdit"));
    name->setAccessibleName(tr("Acute medication name"));
    name->setPlaceholderText(tr("For example: sumatriptan 50 mg"));
    connect(name, &QLineEdit::textEdited, this, [this, name] { cellEdited(name); });

    auto *kind = new QComboBox(this);
    kind->setObjectName(QStringLiteral("acuteMedicationKindCombo"));
    kind->setAccessibleName(tr("Acute medication kind"));
    for (core::AcuteMedicationKind each : Kinds)
        kind->addItem(core::IntakeCatalog::acuteKindLabel(each));
    kind->setCurrentIndex(kindIndex(core::AcuteMedicationKind::Other));
    connect(kind, &QComboBox::activated, this, [this, kind] { cellEdited(kind); });

    auto *days = new IntakeNumberEdit(3, 0, this);
    days->setObjectName(QStringLiteral("acuteMedicationDaysEdit"));
    days->setAccessibleName(tr("Days the acute medication is used per month"));
    days->setToolTip(tr("Days a month on which it is taken (0 to 31); leave empty if not known"));
    connect(days, &QLineEdit::textEdited, this, [this, days] { cellEdited(days); });
    return { name, kind, days };
}

QStringList IntakeAcuteMedicationList::rowText(int row) const
{
    return { static_cast<QLineEdit *>(cell(row, 0))->text(),
             QString::number(static_cast<QComboBox *>(cell(row, 1))->currentIndex()),
             static_cast<QLineEdit *>(cell(row, 2))->text() };
}

void IntakeAcuteMedicationList::setRowText(int row, const QStringList &text)
{
    auto *name = static_cast<QLineEdit *>(cell(row, 0));
    if (name->text() != text.value(0))
        name->setText(text.value(0));
    static_cast<QComboBox *>(cell(row, 1))->setCurrentIndex(text.value(1).toInt());
    auto *days = static_cast<QLineEdit *>(cell(row, 2));
    if (days->text() != text.value(2))
        days->setText(text.value(2));
}

} // namespace stillpoint::ui
