// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeDocument.h"

#include <QAbstractTableModel>
#include <QList>

namespace stillpoint::ui {

// Two versions of an intake side by side, one row per field: section, field, the value before and
// after, and whether it changed. The changes are those core::IntakeDocument::compare() reports;
// the unchanged fields around them come from IntakeDocument::lines(), so a change can be read in
// its context. Changed rows are coloured and labelled; "changed only" hides the rest.
class IntakeDifferenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChangeColumn,
        SectionColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum class Change { Unchanged, Changed, Added, Removed };
    enum Role { ChangeRole = Qt::UserRole + 1 };

    struct Row
    {
        QString section;
        QString label;
        QString before;
        QString after;
        Change change = Change::Unchanged;
    };

    explicit IntakeDifferenceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setVersions(const core::Intake &before, const core::Intake &after);
    void setChangedOnly(bool changedOnly);
    bool changedOnly() const { return m_changedOnly; }
    // How many fields differ, whatever is shown.
    int changeCount() const;
    const Row &row(int row) const { return m_shown.at(row); }

    // Every field of `after` in form order with the differences merged in; a removed field is
    // placed after the last field of its section.
    static QList<Row> merge(const QList<core::IntakeLine> &after,
                            const QList<core::IntakeDifference> &differences);
    static QString changeLabel(Change change);

private:
    void rebuildShown();

    QList<Row> m_all;
    QList<Row> m_shown;
    bool m_changedOnly = false;
};

} // namespace stillpoint::ui
