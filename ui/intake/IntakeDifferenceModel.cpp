// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeDifferenceModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace stillpoint::ui {

namespace {

QString keyOf(const QString &section, const QString &label)
{
    return section + QChar(u'\x1f') + label;
}

} // namespace

IntakeDifferenceModel::IntakeDifferenceModel(QObject *parent) : QAbstractTableModel(parent) { }

int IntakeDifferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int IntakeDifferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntakeDifferenceModel::changeLabel(Change change)
{
    switch (change) {
    case Change::Unchanged:
        return {};
    case Change::Changed:
        return tr("Changed");
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    }
    return {};
}

QVariant IntakeDifferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn:
            return changeLabel(row.change);
        case SectionColumn:
            return row.section;
        case FieldColumn:
            return row.label;
        case BeforeColumn:
            return row.before;
        case AfterColumn:
            return row.after;
        }
        return {};
    case ChangeRole:
        return static_cast<int>(row.change);
    case Qt::BackgroundRole:
        switch (row.change) {
        case Change::Unchanged:
            return {};
        case Change::Changed:
            return QBrush(QColor(0xff, 0xf1, 0xc2));
        case Change::Added:
            return QBrush(QColor(0xdf, 0xf3, 0xe3));
        case Change::Removed:
            return QBrush(QColor(0xfb, 0xe1, 0xe4));
        }
        return {};
    case Qt::ForegroundRole:
        if (row.change != Change::Unchanged)
            return QBrush(QColor(0x1f, 0x1f, 0x1f)); // dark on the light highlight, any theme
        return {};
    case Qt::FontRole:
        if (row.change != Change::Unchanged
            && (index.column() == ChangeColumn || index.column() == AfterColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (row.change != Change::Unchanged && index.column() == BeforeColumn) {
            QFont font;
            font.setStrikeOut(row.change == Change::Removed);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant IntakeDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case SectionColumn:
        return tr("Section");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

QList<IntakeDifferenceModel::Row>
IntakeDifferenceModel::merge(const QList<core::IntakeLine> &after,
                             const QList<core::IntakeDifference> &differences)
{
    // Differences by field, in order, so a label that repeats in a section matches in turn.
    QHash<QString, QList<qsizetype>> pending;
    for (qsizetype i = 0; i < differences.size(); ++i)
        pending[keyOf(differences.at(i).section, differences.at(i).label)].append(i);
    QList<bool> used(differences.size(), false);

    QList<Row> rows;
    rows.reserve(after.size() + differences.size());
    for (const core::IntakeLine &line : after) {
        QList<qsizetype> &matches = pending[keyOf(line.section, line.label)];
        if (matches.isEmpty()) {
            rows.append({ line.section, line.label, line.value, line.value, Change::Unchanged });
            continue;
        }
        const qsizetype i = matches.takeFirst();
        used[i] = true;
        const core::IntakeDifference &difference = differences.at(i);
        rows.append({ line.section, line.label, difference.before, difference.after,
                      difference.before.isEmpty() ? Change::Added : Change::Changed });
    }
    for (qsizetype i = 0; i < differences.size(); ++i) {
        if (used.at(i))
            continue;
        const core::IntakeDifference &difference = differences.at(i);
        const Row row{ difference.section, difference.label, difference.before, difference.after,
                       difference.after.isEmpty() ? Change::Removed : Change::Changed };
        const auto lastOfSection =
                std::find_if(rows.rbegin(), rows.rend(), [&difference](const Row &existing) {
                    return existing.section == difference.section;
                });
        rows.insert(lastOfSection == rows.rend() ? rows.end() : lastOfSection.base(), row);
    }
    return rows;
}

void IntakeDifferenceModel::setVersions(const core::Intake &before, const core::Intake &after)
{
    beginResetModel();
    m_all = merge(core::IntakeDocument::lines(after), core::IntakeDocument::compare(before, after));
    rebuildShown();
    endResetModel();
}

void IntakeDifferenceModel::setChangedOnly(bool changedOnly)
{
    if (changedOnly == m_changedOnly)
        return;
    beginResetModel();
    m_changedOnly = changedOnly;
    rebuildShown();
    endResetModel();
}

int IntakeDifferenceModel::changeCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const Row &row) { return row.change != Change::Unchanged; }));
}

void IntakeDifferenceModel::rebuildShown()
{
    m_shown.clear();
    for (const Row &row : std::as_const(m_all)) {
        if (!m_changedOnly || row.change != Change::Unchanged)
            m_shown.append(row);
    }
}

} // namespace stillpoint::ui
