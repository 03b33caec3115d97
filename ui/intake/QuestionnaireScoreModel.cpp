// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/QuestionnaireScoreModel.h"

#include "core/assess/QuestionnaireLoader.h"

#include <QLocale>

#include <algorithm>

namespace stillpoint::ui {

QuestionnaireScoreModel::QuestionnaireScoreModel(QObject *parent) : QAbstractTableModel(parent) { }

int QuestionnaireScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionnaireScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuestionnaireScoreModel::shortTitle(const QString &questionnaireId)
{
    const auto definition = core::QuestionnaireLoader::builtIn(questionnaireId);
    if (!definition)
        return questionnaireId;
    const QString &title = definition->title;
    const qsizetype bracket = title.indexOf(QStringLiteral(" ("));
    return bracket > 0 ? title.left(bracket) : title;
}

QString QuestionnaireScoreModel::gradeText(const std::optional<core::QuestionnaireScore> &score)
{
    if (!score)
        return tr("Incomplete");
    if (score->grade.isEmpty())
        return score->gradeLabel;
    return tr("%1 · %2").arg(score->grade, score->gradeLabel);
}

QVariant QuestionnaireScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::QuestionnaireAdministration &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(row.date, QStringLiteral("d MMM yyyy"));
        case QuestionnaireColumn:
            return m_titles.value(row.questionnaireId, row.questionnaireId);
        case TotalColumn:
            return row.score ? QString::number(row.score->total) : QStringLiteral("—");
        case GradeColumn:
            return gradeText(row.score);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TotalColumn && row.score)
        return tr("%1 (possible %2 to %3)")
                .arg(row.score->total)
                .arg(row.score->minimumPossible)
                .arg(row.score->maximumPossible);
    return {};
}

QVariant QuestionnaireScoreModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case QuestionnaireColumn:
        return tr("Questionnaire");
    case TotalColumn:
        return tr("Total");
    case GradeColumn:
        return tr("Grade");
    default:
        return {};
    }
}

void QuestionnaireScoreModel::setAdministrations(
        const QList<core::QuestionnaireAdministration> &administrations)
{
    beginResetModel();
    m_rows = administrations;
    std::reverse(m_rows.begin(), m_rows.end());
    for (const core::QuestionnaireAdministration &row : std::as_const(m_rows)) {
        if (!m_titles.contains(row.questionnaireId))
            m_titles.insert(row.questionnaireId, shortTitle(row.questionnaireId));
    }
    endResetModel();
}

} // namespace stillpoint::ui
