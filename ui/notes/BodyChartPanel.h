// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QUndoStack;

namespace stillpoint::ui {

class BodyChartLegend;
class BodyChartWidget;
class BodyMarkEditor;

// The body chart of a session note, ready to embed: the six views (each with its number of
// marks), the chart, the legend that chooses the type of new marks, the selected mark's form
// and "Show last session" for the previous session's marks. Edits go through the undo stack
// the owner passes in.
class BodyChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BodyChartPanel(QWidget *parent = nullptr);

    // Loads the marks of every view (not an edit: no marksChanged(), no undo step). When the
    // view shown has none but another has, that view is shown.
    void setMarks(const QList<core::BodyMark> &marks);
    QList<core::BodyMark> marks() const;

    // The previous session's marks, shown faded while "Show last session" is ticked (it is
    // ticked at first, and disabled while there are none).
    void setComparisonMarks(const QList<core::BodyMark> &previous);
    // Hides the panel's own "Show last session" box, for an owner that offers its own.
    void setComparisonToggleVisible(bool visible);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setUndoStack(QUndoStack *stack);

    void setView(core::BodyView view);
    core::BodyView view() const;

    BodyChartWidget *chart() const { return m_chart; }
    BodyChartLegend *legend() const { return m_legend; }
    BodyMarkEditor *editor() const { return m_editor; }
    QListWidget *viewList() const { return m_views; }
    QCheckBox *comparisonBox() const { return m_showLast; }

Q_SIGNALS:
    // The user changed the marks (an edit, an undo or a redo).
    void marksChanged();

private:
    void updateViewCounts();
    void showSelectedMark();
    void updateComparison();

    QListWidget *m_views;
    BodyChartWidget *m_chart;
    BodyChartLegend *m_legend;
    BodyMarkEditor *m_editor;
    QCheckBox *m_showLast;
    QList<core::BodyMark> m_previous;
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
