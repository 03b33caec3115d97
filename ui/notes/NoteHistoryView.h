// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace stillpoint::ui {

class NoteHistoryModel;

// What the therapist sees in the Notes tab: the client's name, a one-line summary (signed notes,
// the last one, open drafts), the notes table and buttons for the panel's actions.
class NoteHistoryView final : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *newNote;
        QAction *open;
        QAction *print;
        QAction *savePdf;
        QAction *printRange;
        QAction *templates;
    };

    NoteHistoryView(const Actions &actions, QWidget *parent = nullptr);

    void setClientName(const QString &name);
    void setNotes(const QList<core::NoteSummary> &notes);
    // Shown instead of the notes when they could not be read.
    void showProblem(const QString &message);
    void clear();

    NoteHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    // The selected row, or -1.
    int selectedRow() const;
    void selectNote(qint64 noteId);

Q_SIGNALS:
    void selectionChanged();
    void noteActivated();

private:
    NoteHistoryModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace stillpoint::ui
