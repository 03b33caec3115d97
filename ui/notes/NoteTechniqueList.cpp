// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteTechniqueList.h"

#include "ui/intake/IntakeNumberEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace stillpoint::ui {

namespace {

constexpr core::Pressure Pressures[] = { core::Pressure::Light, core::Pressure::Moderate,
                                         core::Pressure::Firm, core::Pressure::Deep };

int pressureIndex(core::Pressure pressure)
{
    for (int i = 0; i < 4; ++i)
        if (Pressures[i] == pressure)
            return i;
    return 1;
}

QComboBox *techniqueCombo(const NoteTechniqueList *list, int row)
{
    return static_cast<QComboBox *>(list->cell(row, 0));
}

} // namespace

NoteTechniqueList::NoteTechniqueList(QWidget *parent)
    : IntakeRowList({ tr("Technique"), tr("Area"), tr("Minutes"), tr("Pressure") },
                    tr("Add technique"), tr("No techniques recorded yet."),
                    QStringLiteral("technique"), parent)
{
    m_techniques = core::NoteCatalog::seededTechniques();
}

void NoteTechniqueList::setTechniques(const QList<core::Technique> &techniques)
{
    m_techniques = techniques;
    for (int row = 0; row < count(); ++row) {
        QComboBox *combo = techniqueCombo(this, row);
        const QSignalBlocker blocker(combo);
        const QString text = combo->currentText();
        fillTechniqueCombo(combo);
        combo->setEditText(text);
    }
}

QString NoteTechniqueList::labelFor(const QString &key) const
{
    for (const core::Technique &technique : m_techniques)
        if (technique.key == key)
            return technique.label;
    return key;
}

QString NoteTechniqueList::keyFor(const QString &text) const
{
    const QString trimmed = text.trimmed();
    for (const core::Technique &technique : m_techniques)
        if (technique.label.compare(trimmed, Qt::CaseInsensitive) == 0 || technique.key == trimmed)
            return technique.key;
    return trimmed; // free text
}

QList<core::TechniqueUse> NoteTechniqueList::uses() const
{
    QList<core::TechniqueUse> result;
    for (int row = 0; row < count(); ++row) {
        core::TechniqueUse use;
        use.technique = keyFor(techniqueCombo(this, row)->currentText());
        use.area = static_cast<QLineEdit *>(cell(row, 1))->text().trimmed();
        use.minutes = static_cast<IntakeNumberEdit *>(cell(row, 2))->intValue().value_or(0);
        use.pressure =
                Pressures[std::clamp(static_cast<QComboBox *>(cell(row, 3))->currentIndex(), 0, 3)];
        if (!use.technique.isEmpty() || !use.area.isEmpty() || use.minutes != 0)
            result.append(use);
    }
    return result;
}

void NoteTechniqueList::setUses(const QList<core::TechniqueUse> &uses)
{
    setRowCount(static_cast<int>(uses.size()));
    for (int row = 0; row < count(); ++row) {
        const core::TechniqueUse &use = uses[row];
        techniqueCombo(this, row)->setEditText(labelFor(use.technique));
        static_cast<QLineEdit *>(cell(row, 1))->setText(use.area);
        static_cast<IntakeNumberEdit *>(cell(row, 2))
                ->setIntValue(use.minutes > 0 ? std::optional<int>(use.minutes) : std::nullopt);
        static_cast<QComboBox *>(cell(row, 3))->setCurrentIndex(pressureIndex(use.pressure));
    }
}

void NoteTechniqueList::fillTechniqueCombo(QComboBox *combo) const
{
    combo->clear();
    for (const core::Technique &technique : m_techniques)
        combo->addItem(technique.label, technique.key);
}

QList<QWidget *> NoteTechniqueList::createCells()
{
    auto *technique = new QComboBox(this);
    technique->setObjectName(QStringLiteral("techniqueCombo"));
    technique->setAccessibleName(tr("Technique"));
    technique->setEditable(true);
    technique->setInsertPolicy(QComboBox::NoInsert);
    technique->setToolTip(tr("Choose from the practice's list or type another technique"));
    fillTechniqueCombo(technique);
    technique->setEditText(QString());
    technique->completer()->setCompletionMode(QCompleter::InlineCompletion);
    technique->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    technique->setMinimumContentsLength(16);
    technique->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(technique->lineEdit(), &QLineEdit::textEdited, this,
            [this, technique] { cellEdited(technique); });
    connect(technique, &QComboBox::activated, this, [this, technique] { cellEdited(technique); });

    auto *area = new QLineEdit(this);
    area->setObjectName(QStringLiteral("techniqueAreaEdit"));
    area->setAccessibleName(tr("Area treated"));
    area->setPlaceholderText(tr("For example: bilateral upper trapezius"));
    connect(area, &QLineEdit::textEdited, this, [this, area] { cellEdited(area); });

    auto *minutes = new IntakeNumberEdit(3, 0, this);
    minutes->setObjectName(QStringLiteral("techniqueMinutesEdit"));
    minutes->setAccessibleName(tr("Minutes"));
    minutes->setToolTip(tr("Minutes spent on it (1 to 240)"));
    connect(minutes, &QLineEdit::textEdited, this, [this, minutes] { cellEdited(minutes); });

    auto *pressure = new QComboBox(this);
    pressure->setObjectName(QStringLiteral("techniquePressureCombo"));
    pressure->setAccessibleName(tr("Pressure"));
    for (core::Pressure each : Pressures)
        pressure->addItem(core::NoteCatalog::pressureLabel(each));
    pressure->setCurrentIndex(pressureIndex(core::Pressure::Moderate));
    connect(pressure, &QComboBox::activated, this, [this, pressure] { cellEdited(pressure); });
    return { technique, area, minutes, pressure };
}

QStringList NoteTechniqueList::rowText(int row) const
{
    return { techniqueCombo(this, row)->currentText(),
             static_cast<QLineEdit *>(cell(row, 1))->text(),
             static_cast<QLineEdit *>(cell(row, 2))->text(),
             QString::number(static_cast<QComboBox *>(cell(row, 3))->currentIndex()) };
}

void NoteTechniqueList::setRowText(int row, const QStringList &text)
{
    QComboBox *technique = techniqueCombo(this, row);
    if (technique->currentText() != text.value(0))
        technique->setEditText(text.value(0));
    for (int column : { 1, 2 }) {
        auto *edit = static_cast<QLineEdit *>(cell(row, column));
        if (edit->text() != text.value(column))
            edit->setText(text.value(column));
    }
    static_cast<QComboBox *>(cell(row, 3))->setCurrentIndex(text.value(3).toInt());
}

int NoteTechniqueList::columnStretch(int column) const
{
    return column == 0 ? 2 : column == 1 ? 3 : 0;
}

} // namespace stillpoint::ui
