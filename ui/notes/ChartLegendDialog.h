// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/ChartLegend.h"

#include <QColor>
#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class PracticeSettings;
}

namespace stillpoint::ui {

class CurrentSession;

// The owner's dialog for the body chart's legend: what the practice calls each mark type and the
// colour it is drawn in (the symbol's shape stays, so charts read without colour). Saved in the
// practice file through PracticeSettings; a refusal (an empty or repeated name) is shown in the
// dialog with the field focused and nothing saved. Once saved, charts opened afterwards use it.
class ChartLegendDialog final : public QDialog
{
    Q_OBJECT

public:
    ChartLegendDialog(core::PracticeSettings &settings, const CurrentSession &session,
                      QWidget *parent = nullptr);

    QLineEdit *labelEdit(core::MarkType type) const { return m_labels.value(type); }
    QPushButton *colourButton(core::MarkType type) const { return m_colourButtons.value(type); }
    QLabel *problemLabel() const { return m_problem; }
    // The legend as the dialog shows it now.
    core::ChartLegend legend() const;
    void setColour(core::MarkType type, const QColor &colour);
    // Puts back the default names and colours (saved only with Save).
    void restoreDefaults();
    // Saves and closes; false (the dialog stays, the problem shown) when refused.
    bool save();

private:
    void showLegend(const core::ChartLegend &legend);
    void updateRow(core::MarkType type);

    core::PracticeSettings &m_settings;
    const CurrentSession &m_session;
    QMap<core::MarkType, QLineEdit *> m_labels;
    QMap<core::MarkType, QPushButton *> m_colourButtons;
    QMap<core::MarkType, QLabel *> m_symbols;
    QMap<core::MarkType, QColor> m_colours;
    QLabel *m_problem;
};

} // namespace stillpoint::ui
