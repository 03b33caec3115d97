// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteHistoryModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace stillpoint::ui {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

NoteHistoryModel::NoteHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

int NoteHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoteHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoteHistoryModel::statusLabel(core::NoteStatus status)
{
    switch (status) {
    case core::NoteStatus::Draft:
        return tr("Draft");
    case core::NoteStatus::Signed:
        return tr("Signed");
    case core::NoteStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString NoteHistoryModel::painText(const std::optional<int> &before,
                                   const std::optional<int> &after)
{
    if (!before && !after)
        return {};
    const auto text = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QStringLiteral("?");
    };
    return QStringLiteral("%1 → %2").arg(text(before), text(after));
}

QVariant NoteHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::NoteSummary &row = m_rows.at(index.row());
    switch (role) {
    case NoteIdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return shortDate(row.sessionDate);
        case StatusColumn:
            return statusLabel(row.status);
        case PainColumn:
            return painText(row.painBefore, row.painAfter);
        case MarksColumn:
            return row.markCount;
        case AddendaColumn:
            return row.addendumCount == 0 ? QString() : QString::number(row.addendumCount);
        case SignedColumn:
            return row.status == core::NoteStatus::Signed ? row.signedBy : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PainColumn || index.column() == MarksColumn
            || index.column() == AddendaColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PainColumn)
            return tr("Pain before → after the session, 0 to 10 (? not asked)");
        if (index.column() == SignedColumn && row.status == core::NoteStatus::Signed)
            return tr("Signed by %1 on %2")
                    .arg(row.signedBy,
                         QLocale().toString(row.signedAtUtc.toLocalTime(),
                                            QStringLiteral("d MMM yyyy HH:mm")));
        if (row.status == core::NoteStatus::Discarded)
            return tr("A draft set aside; kept for the record");
        if (row.appointmentId != 0 && index.column() == DateColumn)
            return tr("Written for an appointment");
        return {};
    case Qt::ForegroundRole:
        if (row.status == core::NoteStatus::Discarded)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && row.status == core::NoteStatus::Draft) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant NoteHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Session");
    case StatusColumn:
        return tr("Status");
    case PainColumn:
        return tr("Pain");
    case MarksColumn:
        return tr("Marks");
    case AddendaColumn:
        return tr("Addenda");
    case SignedColumn:
        return tr("Signed by");
    default:
        return {};
    }
}

void NoteHistoryModel::setNotes(const QList<core::NoteSummary> &notes)
{
    beginResetModel();
    m_rows = notes;
    endResetModel();
}

int NoteHistoryModel::rowOf(qint64 noteId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == noteId)
            return int(row);
    return -1;
}

} // namespace stillpoint::ui
