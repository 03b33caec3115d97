// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/SessionNote.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace stillpoint::ui {

class FieldUndoRecorder;
class NoteAddendaPage;
class NoteAssessmentPage;
class NoteBodyChartPage;
class NoteObjectivePage;
class NotePage;
class NotePlanPage;
class NoteSubjectivePage;

// The body of the note editor: the list of sections on the left (S, O, A, P, Body chart and, for
// a signed note, Addenda, each with its count of problems) and the chosen section's page. It
// shows a note's content, reads it back, puts validation messages at their fields and finds the
// field a message is about. It stores nothing.
class NoteSections final : public QWidget
{
    Q_OBJECT

public:
    enum Section { Subjective, Objective, Assessment, Plan, BodyChart, Addenda, SectionCount };

    NoteSections(FieldUndoRecorder *recorder, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows `content` (not a user edit; the undo recorder takes it as the starting point).
    void load(const core::NoteContent &content);
    void read(core::NoteContent &content) const;
    void setReadOnly(bool readOnly);
    // The Addenda section is listed for signed notes only.
    void setAddenda(bool listed, const QList<core::NoteAddendum> &addenda);

    int currentSection() const;
    // False when there is no such section (or it is not listed).
    bool setCurrentSection(int index, bool focusFirstField = false);
    NotePage *page(int index) const { return m_pages.value(index); }
    QListWidget *sectionList() const { return m_list; }
    NoteSubjectivePage *subjective() const { return m_subjective; }
    NoteObjectivePage *objective() const { return m_objective; }
    NoteAssessmentPage *assessment() const { return m_assessment; }
    NotePlanPage *plan() const { return m_plan; }
    NoteBodyChartPage *bodyChart() const { return m_bodyChart; }
    NoteAddendaPage *addenda() const { return m_addenda; }

    QList<core::Error> localProblems() const;
    // Shows each problem at its field (the first per field) and counts them per section.
    void showProblems(const QList<core::Error> &problems);
    // Shows one message at its field and moves there; false when no field shows `error.field`.
    bool showAtField(const core::Error &error);
    bool jumpToField(const QString &fieldKey);
    // Shows the section holding `field` and focuses it (after an undo).
    void revealField(QWidget *field);

Q_SIGNALS:
    void edited();

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<NotePage *> m_pages;
    NoteSubjectivePage *m_subjective;
    NoteObjectivePage *m_objective;
    NoteAssessmentPage *m_assessment;
    NotePlanPage *m_plan;
    NoteBodyChartPage *m_bodyChart;
    NoteAddendaPage *m_addenda;
    FieldUndoRecorder *m_recorder;
};

} // namespace stillpoint::ui
