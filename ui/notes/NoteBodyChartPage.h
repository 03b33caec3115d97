// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/NotePage.h"

#include <QDate>

class QCheckBox;
class QUndoStack;

namespace stillpoint::ui {

class BodyChartPanel;

// The body chart of a note: the marks on the views (BodyChartPanel: click to add, drag to move,
// select to edit or delete), and "Show last session", which shows the last signed note's marks
// faded beside today's for comparison.
class NoteBodyChartPage final : public NotePage
{
    Q_OBJECT

public:
    NoteBodyChartPage(FieldUndoRecorder *recorder, QUndoStack *undoStack,
                      QWidget *parent = nullptr);

    void read(core::NoteContent &content) const override;
    QWidget *firstField() const override;

    // The last signed note's marks and date (none: the comparison box is disabled).
    void setPreviousMarks(const QList<core::BodyMark> &marks, const QDate &date);
    BodyChartPanel *chart() const { return m_chart; }
    QCheckBox *showLastSessionBox() const { return m_showLast; }

protected:
    void fill(const core::NoteContent &content) override;
    void applyReadOnly(bool readOnly) override;

private:
    void updateComparison();

    BodyChartPanel *m_chart;
    QCheckBox *m_showLast;
    QList<core::BodyMark> m_previous;
    bool m_hasPrevious = false;
};

} // namespace stillpoint::ui
