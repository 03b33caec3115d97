// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/notes/NotePage.h"

#include <QHash>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stillpoint::ui {

class IntakeNumberEdit;
class NoteTechniqueList;

// O: palpation findings, posture, cervical range of motion in degrees per direction (empty: not
// measured), the techniques used (technique, area, minutes, pressure) and the client's position.
// A technique the practice's list lacks can be added to it from here.
class NoteObjectivePage final : public NotePage
{
    Q_OBJECT

public:
    using TechniqueAdder = std::function<core::Result<core::Technique>(const QString &label)>;

    explicit NoteObjectivePage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::NoteContent &content) const override;
    // Core names a range of motion by its place in the note ("objective.rangeOfMotion.1.degrees");
    // the page shows it at that motion's field.
    QString fieldKeyFor(const QString &key) const override;

    void setTechniques(const QList<core::Technique> &techniques);
    // How a new technique reaches the practice's list (core); without one the button is hidden.
    void setTechniqueAdder(TechniqueAdder adder);
    // Adds `label` to the practice's list, as the inline editor's Add button does.
    bool addPracticeTechnique(const QString &label);

    NoteTechniqueList *techniqueList() const { return m_techniques; }
    IntakeNumberEdit *rangeEdit(core::CervicalMotion motion) const;

protected:
    void fill(const core::NoteContent &content) override;
    void applyReadOnly(bool readOnly) override;

private:
    QWidget *createRangeOfMotion(QWidget *parent);
    QWidget *createNewTechniqueRow(QWidget *parent);
    void showNewTechniqueEditor(bool show);

    QPlainTextEdit *m_palpation;
    QPlainTextEdit *m_posture;
    QHash<int, IntakeNumberEdit *> m_ranges; // by CervicalMotion
    NoteTechniqueList *m_techniques;
    QComboBox *m_position;
    QPushButton *m_addTechniqueButton = nullptr;
    QWidget *m_newTechniqueRow = nullptr;
    QLineEdit *m_newTechnique = nullptr;
    TechniqueAdder m_adder;
};

} // namespace stillpoint::ui
