// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace stillpoint::ui {

// The body chart's legend: each mark type's symbol (painted by MarkSymbol, as on the chart) and
// name. It doubles as the palette for new marks: clicking an entry chooses the type the next
// click on the chart adds. A line explains the faded marks of the last session while they show.
class BodyChartLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit BodyChartLegend(QWidget *parent = nullptr);

    // Marks `type` as the one for new marks (no typeChosen()).
    void setCurrentType(core::MarkType type);
    core::MarkType currentType() const { return m_current; }

    // A read-only chart adds no marks: the entries then only explain the symbols.
    void setReadOnly(bool readOnly);
    // Shows the line about the last session's faded marks.
    void setComparisonShown(bool shown);

    QToolButton *button(core::MarkType type) const { return m_buttons.value(type); }

Q_SIGNALS:
    void typeChosen(core::MarkType type);

private:
    QMap<core::MarkType, QToolButton *> m_buttons;
    QButtonGroup *m_group;
    QLabel *m_hint;
    QWidget *m_comparisonRow;
    core::MarkType m_current = core::MarkType::TriggerPoint;
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
