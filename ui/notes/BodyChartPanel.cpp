// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartPanel.h"

#include "ui/notes/BodyChartLegend.h"
#include "ui/notes/BodyChartWidget.h"
#include "ui/notes/BodyMarkEditor.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

constexpr int SideColumnWidth = 340;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

BodyChartPanel::BodyChartPanel(QWidget *parent)
    : QWidget(parent), m_views(new QListWidget(this)), m_chart(new BodyChartWidget(this)),
      m_legend(new BodyChartLegend(this)), m_editor(new BodyMarkEditor(this)),
      m_showLast(new QCheckBox(tr("Show &last session"), this))
{
    m_views->setObjectName(QStringLiteral("bodyChartViewList"));
    for (core::BodyView view : core::BodyChartCatalog::views()) {
        auto *item = new QListWidgetItem(core::BodyChartCatalog::viewLabel(view), m_views);
        item->setData(Qt::UserRole, static_cast<int>(view));
    }
    m_views->setCurrentRow(0);
    m_views->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views->setFixedHeight(m_views->sizeHintForRow(0) * m_views->count()
                            + 2 * m_views->frameWidth() + 4);
    auto *viewsLabel = sectionLabel(tr("&Views"), this);
    viewsLabel->setBuddy(m_views);

    m_chart->setObjectName(QStringLiteral("bodyChart"));
    m_legend->setObjectName(QStringLiteral("bodyChartLegend"));
    m_editor->setObjectName(QStringLiteral("bodyMarkEditor"));
    m_showLast->setObjectName(QStringLiteral("showLastSessionBox"));
    m_showLast->setChecked(true);
    m_showLast->setEnabled(false);
    m_showLast->setToolTip(tr("Show the previous session's marks, faded with a dashed ring"));

    auto *side = new QWidget(this);
    side->setFixedWidth(SideColumnWidth);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(viewsLabel);
    sideLayout->addWidget(m_views);
    sideLayout->addWidget(m_showLast);
    sideLayout->addWidget(separator(side));
    sideLayout->addWidget(sectionLabel(tr("Legend"), side));
    sideLayout->addWidget(m_legend);
    sideLayout->addWidget(separator(side));
    sideLayout->addWidget(m_editor);
    sideLayout->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(side);
    setFocusProxy(m_chart);

    // Views, the chart, the selected mark's form, then the legend and the comparison box.
    setTabOrder(m_views, m_chart);
    setTabOrder(m_chart, m_editor->firstField());
    QWidget *previous = m_editor->lastField();
    for (core::MarkType type : core::BodyChartCatalog::markTypes()) {
        setTabOrder(previous, m_legend->button(type));
        previous = m_legend->button(type);
    }
    setTabOrder(previous, m_showLast);

    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_chart->setView(
                    static_cast<core::BodyView>(m_views->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_chart, &BodyChartWidget::viewChanged, this, [this](core::BodyView view) {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentRow(static_cast<int>(core::BodyChartCatalog::views().indexOf(view)));
    });
    connect(m_chart, &BodyChartWidget::selectionChanged, this, &BodyChartPanel::showSelectedMark);
    connect(m_chart, &BodyChartWidget::marksChanged, this, [this] {
        showSelectedMark();
        updateViewCounts();
        Q_EMIT marksChanged();
    });
    connect(m_chart, &BodyChartWidget::editRequested, this,
            [this] { m_editor->firstField()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_legend, &BodyChartLegend::typeChosen, m_chart, &BodyChartWidget::setNewMarkType);
    connect(m_editor, &BodyMarkEditor::markEdited, this,
            [this](const core::BodyMark &mark, BodyChartWidget::EditField field) {
                const int index = m_chart->selectedIndex();
                if (index >= 0)
                    m_chart->updateMark(index, mark, BodyMarkEditor::undoText(field),
                                        BodyChartWidget::mergeKey(index, field));
            });
    connect(m_editor, &BodyMarkEditor::deleteRequested, this, [this] {
        m_chart->removeMark(m_chart->selectedIndex());
        m_chart->setFocus(Qt::OtherFocusReason);
    });
    connect(m_showLast, &QCheckBox::toggled, this, &BodyChartPanel::updateComparison);

    updateViewCounts();
}

void BodyChartPanel::setMarks(const QList<core::BodyMark> &marks)
{
    m_chart->setMarks(marks);
    if (m_chart->markCount(m_chart->view()) == 0) {
        for (core::BodyView view : core::BodyChartCatalog::views()) {
            if (m_chart->markCount(view) > 0) {
                m_chart->setView(view);
                break;
            }
        }
    }
    updateViewCounts();
    showSelectedMark();
}

QList<core::BodyMark> BodyChartPanel::marks() const
{
    return m_chart->marks();
}

void BodyChartPanel::setComparisonMarks(const QList<core::BodyMark> &previous)
{
    m_previous = previous;
    m_chart->setComparisonMarks(previous);
    m_showLast->setEnabled(!previous.isEmpty());
    updateComparison();
}

void BodyChartPanel::setComparisonToggleVisible(bool visible)
{
    m_showLast->setVisible(visible);
}

void BodyChartPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_chart->setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
    m_legend->setReadOnly(readOnly);
}

void BodyChartPanel::setUndoStack(QUndoStack *stack)
{
    m_chart->setUndoStack(stack);
}

void BodyChartPanel::setView(core::BodyView view)
{
    m_chart->setView(view);
}

core::BodyView BodyChartPanel::view() const
{
    return m_chart->view();
}

void BodyChartPanel::updateViewCounts()
{
    for (int row = 0; row < m_views->count(); ++row) {
        QListWidgetItem *item = m_views->item(row);
        const auto view = static_cast<core::BodyView>(item->data(Qt::UserRole).toInt());
        const int count = m_chart->markCount(view);
        const QString label = core::BodyChartCatalog::viewLabel(view);
        item->setText(count > 0 ? tr("%1 · %2").arg(label).arg(count) : label);
        item->setData(Qt::AccessibleTextRole, tr("%1, %n mark(s)", nullptr, count).arg(label));
    }
}

void BodyChartPanel::showSelectedMark()
{
    const int index = m_chart->selectedIndex();
    m_editor->setMark(index >= 0 ? std::optional(m_chart->marks().at(index)) : std::nullopt);
}

void BodyChartPanel::updateComparison()
{
    const bool visible = m_showLast->isChecked() && !m_previous.isEmpty();
    m_chart->setComparisonVisible(visible);
    m_legend->setComparisonShown(visible);
}

} // namespace stillpoint::ui
