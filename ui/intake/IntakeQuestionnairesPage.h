// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/intake/IntakePage.h"

#include <QList>

class QLabel;

namespace stillpoint::ui {

class IntakeQuestionnaireForm;

// The questionnaires given with the intake (MIDAS and HIT-6), built from their definitions and
// dated with the intake date. Answers to questionnaires this page does not show are kept.
class IntakeQuestionnairesPage final : public IntakePage
{
    Q_OBJECT

public:
    IntakeQuestionnairesPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::Intake &intake) const override;
    // The date line follows the intake date as it is edited.
    void setIntakeDate(const QDate &date);
    IntakeQuestionnaireForm *form(const QString &questionnaireId) const;

protected:
    void fill(const core::Intake &intake) override;

private:
    QLabel *m_dateLabel;
    QList<IntakeQuestionnaireForm *> m_forms;
};

} // namespace stillpoint::ui
