// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeCatalog.h"
#include "ui/intake/IntakePage.h"

#include <QList>
#include <QPair>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace stillpoint::ui {

class IntakeAcuteMedicationList;
class IntakeChoiceGroup;
class IntakeMedicationList;
class IntakeNumberEdit;

// Migraine history: how often and how long, where and how it hurts, associated symptoms, aura and
// its characteristics, diagnosis and medication, what helps. Every number may stay unanswered
// (empty), which is not 0; every symptom is Not answered, No or Yes.
class IntakeMigrainePage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeMigrainePage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;

protected:
    void fill(const core::Intake &intake) override;
    void updateEnabled() override;

private:
    using IntMember = std::optional<int> core::MigraineHistory::*;
    using AnswerMember = core::Answer core::MigraineHistory::*;
    using KeysMember = QStringList core::MigraineHistory::*;

    struct NumberField
    {
        IntMember member;
        IntakeNumberEdit *edit;
    };
    struct AnswerField
    {
        AnswerMember member;
        IntakeChoiceGroup *group;
    };
    struct KeysField
    {
        KeysMember member;
        QList<QPair<QString, QCheckBox *>> boxes;
        QStringList unknown; // stored keys this build does not list, kept as they are
    };

    QWidget *createPatternSection();
    QWidget *createCharacterSection();
    QWidget *createSymptomsSection();
    QWidget *createAuraSection();
    QWidget *createMedicationSection();
    QWidget *createReliefSection();

    IntakeNumberEdit *addNumber(QFormLayout *form, const QString &label, const QString &unit,
                                const QString &field, int maxDigits, int decimals = 0);
    void addAnswer(QFormLayout *form, const QString &label, const QString &field,
                   AnswerMember member);
    KeysField &addKeys(QFormLayout *form, const QString &label, const QString &field,
                       const QList<core::CatalogEntry> &entries, KeysMember member);

    QList<NumberField> m_numbers;
    QList<AnswerField> m_answers;
    QList<KeysField> m_keys;
    IntakeNumberEdit *m_duration = nullptr;
    IntakeChoiceGroup *m_auraReported = nullptr;
    QList<QWidget *> m_auraDetails;
    QLineEdit *m_diagnosis = nullptr;
    IntakeAcuteMedicationList *m_acute = nullptr;
    IntakeMedicationList *m_preventive = nullptr;
    QLineEdit *m_whatHelpsOther = nullptr;
};

} // namespace stillpoint::ui
