// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"

#include <QAbstractTableModel>
#include <QList>

namespace stillpoint::ui {

// A client's session notes as a table, newest session first, as core::NoteService::history()
// gives them: session date, status, pain before → after, body-chart marks, addenda and who
// signed it when. Discarded drafts stay listed (greyed), since no note is ever thrown away.
class NoteHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        StatusColumn,
        PainColumn,
        MarksColumn,
        AddendaColumn,
        SignedColumn,
        ColumnCount
    };
    enum Role { NoteIdRole = Qt::UserRole + 1, StatusRole };

    explicit NoteHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setNotes(const QList<core::NoteSummary> &notes);
    const QList<core::NoteSummary> &notes() const { return m_rows; }
    const core::NoteSummary &note(int row) const { return m_rows.at(row); }
    // The row showing this note, or -1.
    int rowOf(qint64 noteId) const;

    static QString statusLabel(core::NoteStatus status);
    // "6 → 3", "6 → ?" or "" when neither was asked.
    static QString painText(const std::optional<int> &before, const std::optional<int> &after);

private:
    QList<core::NoteSummary> m_rows;
};

} // namespace stillpoint::ui
