// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"
#include "ui/notes/BodyChartWidget.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDial;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace stillpoint::ui {

// The form for the selected body-chart mark: type, intensity, muscle (from the catalog, the
// view's muscles first), side, the direction of referred pain, an optional pressure-pain
// threshold and a note. It edits a copy and reports each change with markEdited(); the owner
// applies it to the chart (and so to the undo stack). With no mark it is empty and disabled.
class BodyMarkEditor final : public QWidget
{
    Q_OBJECT

public:
    using EditField = BodyChartWidget::EditField;

    explicit BodyMarkEditor(QWidget *parent = nullptr);

    // Shows a mark, or none. Not an edit: no markEdited().
    void setMark(const std::optional<core::BodyMark> &mark);
    std::optional<core::BodyMark> mark() const { return m_mark; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The first field, for moving the focus into the form (F2 on the chart).
    QWidget *firstField() const;
    // The last widget in its tab order (the Delete button).
    QWidget *lastField() const;

    // The undo step's name for a change of `field`.
    static QString undoText(EditField field);

Q_SIGNALS:
    void markEdited(const core::BodyMark &mark, EditField field);
    void deleteRequested();

private:
    void fillMuscles(core::BodyView view);
    void showMuscle(const QString &key);
    void updateEnabled();
    void edit(EditField field);

    QLabel *m_title;
    QComboBox *m_type;
    QSpinBox *m_intensity;
    QComboBox *m_muscle;
    QComboBox *m_side;
    QSpinBox *m_direction;
    QDial *m_dial;
    QCheckBox *m_thresholdMeasured;
    QDoubleSpinBox *m_threshold;
    QLineEdit *m_note;
    QPushButton *m_delete;
    QWidget *m_form;

    std::optional<core::BodyMark> m_mark;
    std::optional<core::BodyView> m_musclesFor; // the view the muscle list is ordered for
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace stillpoint::ui
