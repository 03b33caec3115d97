// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartLegend.h"

#include "ui/notes/MarkSymbol.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
constexpr int SymbolSize = 22;
} // namespace

BodyChartLegend::BodyChartLegend(QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_hint(new QLabel(this)),
      m_comparisonRow(new QWidget(this))
{
    m_group->setExclusive(true);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    const QList<core::MarkType> types = core::BodyChartCatalog::markTypes();
    for (int i = 0; i < types.size(); ++i) {
        const core::MarkType type = types.at(i);
        const QString label = MarkSymbol::label(type);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("legendButton_")
                              + core::BodyChartCatalog::markTypeKey(type));
        button->setText(label);
        button->setIcon(MarkSymbol::icon(type, SymbolSize));
        button->setIconSize(QSize(SymbolSize, SymbolSize));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setToolTip(
                tr("Add %1 marks: choose this, then click the chart").arg(label.toLower()));
        button->setAccessibleDescription(tr("Use for new marks"));
        m_group->addButton(button);
        m_buttons.insert(type, button);
        grid->addWidget(button, i / 2, i % 2);
        connect(button, &QToolButton::clicked, this, [this, type] {
            if (m_readOnly)
                return;
            m_current = type;
            Q_EMIT typeChosen(type);
        });
    }
    m_buttons.value(m_current)->setChecked(true);

    m_hint->setText(tr("Click an entry to choose the type of new marks."));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *fadedIcon = new QLabel(m_comparisonRow);
    fadedIcon->setPixmap(
            MarkSymbol::icon(core::MarkType::TriggerPoint, SymbolSize, MarkSymbol::Look::Faded)
                    .pixmap(SymbolSize, SymbolSize));
    auto *fadedText = new QLabel(tr("Faded, dashed ring: last session"), m_comparisonRow);
    fadedText->setTextFormat(Qt::PlainText);
    auto *comparisonLayout = new QHBoxLayout(m_comparisonRow);
    comparisonLayout->setContentsMargins(4, 0, 0, 0);
    comparisonLayout->addWidget(fadedIcon);
    comparisonLayout->addWidget(fadedText, 1);
    m_comparisonRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(grid);
    layout->addWidget(m_comparisonRow);
    layout->addWidget(m_hint);
}

void BodyChartLegend::setCurrentType(core::MarkType type)
{
    m_current = type;
    if (!m_readOnly)
        m_buttons.value(type)->setChecked(true);
}

void BodyChartLegend::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Read-only, nothing is "chosen": the entries only explain the symbols.
    m_group->setExclusive(!readOnly);
    for (QToolButton *button : std::as_const(m_buttons)) {
        button->setChecked(false);
        button->setCheckable(!readOnly);
    }
    if (!readOnly)
        m_buttons.value(m_current)->setChecked(true);
    m_hint->setVisible(!readOnly);
}

void BodyChartLegend::setComparisonShown(bool shown)
{
    m_comparisonRow->setVisible(shown);
}

} // namespace stillpoint::ui
