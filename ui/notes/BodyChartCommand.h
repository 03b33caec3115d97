// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace stillpoint::ui {

class BodyChartWidget;

// One edit of a body chart as an undo step: the marks (and the selected one) before and after.
// The edit has already happened in the chart when the command is pushed, so the first redo()
// does nothing. Consecutive edits with the same merge key (nudging one mark, typing its note)
// merge into one step; a step that ends where it began disappears. When the chart is gone the
// command does nothing.
class BodyChartCommand final : public QUndoCommand
{
public:
    struct State
    {
        QList<core::BodyMark> marks;
        int selected = -1;
    };

    BodyChartCommand(BodyChartWidget *chart, const QString &text, State before, State after,
                     int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<BodyChartWidget> m_chart;
    State m_before;
    State m_after;
    int m_mergeKey;
    bool m_skipFirstRedo = true;
};

} // namespace stillpoint::ui
