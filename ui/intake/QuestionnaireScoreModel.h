// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace stillpoint::ui {

// A client's questionnaire administrations (MIDAS, HIT-6 …) as a table, newest first: date,
// questionnaire, total and grade, or "Incomplete" when a scored item was left unanswered.
// Read-only.
class QuestionnaireScoreModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, QuestionnaireColumn, TotalColumn, GradeColumn, ColumnCount };

    explicit QuestionnaireScoreModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Takes them oldest first, as core gives them, and shows them newest first.
    void setAdministrations(const QList<core::QuestionnaireAdministration> &administrations);

    // "MIDAS", "HIT-6": the short name of a questionnaire, from its definition's title.
    static QString shortTitle(const QString &questionnaireId);
    // "III · Moderate disability", "Severe impact", or "Incomplete".
    static QString gradeText(const std::optional<core::QuestionnaireScore> &score);

private:
    QList<core::QuestionnaireAdministration> m_rows;
    QHash<QString, QString> m_titles; // questionnaire id -> short title
};

} // namespace stillpoint::ui
