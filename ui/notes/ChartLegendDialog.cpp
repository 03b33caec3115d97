// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/ChartLegendDialog.h"

#include "core/security/PracticeSettings.h"
#include "ui/common/Styles.h"
#include "ui/notes/MarkSymbol.h"
#include "ui/security/CurrentSession.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

constexpr int SymbolSize = 26;

// The symbol as the chart would draw it in `colour`, without changing the practice's legend.
QPixmap symbolIn(core::MarkType type, const QColor &colour)
{
    core::ChartLegend saved = MarkSymbol::legend();
    core::ChartLegend trial = saved;
    for (core::ChartLegendEntry &entry : trial.entries) {
        if (entry.type == type)
            entry.colour = colour.name();
    }
    MarkSymbol::setLegend(trial);
    const QPixmap pixmap = MarkSymbol::icon(type, SymbolSize).pixmap(SymbolSize, SymbolSize);
    MarkSymbol::setLegend(saved);
    return pixmap;
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(150));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ChartLegendDialog::ChartLegendDialog(core::PracticeSettings &settings,
                                     const CurrentSession &session, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_session(session), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("chartLegendDialog"));
    setWindowTitle(tr("Body Chart Legend"));
    Styles::makeProblemBanner(m_problem, QStringLiteral("chartLegendProblemLabel"));
    auto *hint = Styles::subtitleLabel(
            tr("What the practice calls each type of mark, and its colour. Each type keeps its "
               "own shape, so charts still read in greyscale print. Notes already open show the "
               "change when opened again."),
            this);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Symbol"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Name"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Colour"), this), 0, 2);
    const QList<core::MarkType> types = core::BodyChartCatalog::markTypes();
    for (int i = 0; i < types.size(); ++i) {
        const core::MarkType type = types.at(i);
        const QString key = core::BodyChartCatalog::markTypeKey(type);
        const QString standard = core::BodyChartCatalog::markTypeLabel(type);
        auto *symbol = new QLabel(this);
        symbol->setFixedSize(SymbolSize + 4, SymbolSize + 4);
        auto *label = new QLineEdit(this);
        label->setObjectName(QStringLiteral("legendLabel_") + key);
        label->setMaxLength(core::ChartLegend::MaxLabelLength);
        label->setAccessibleName(tr("Name for %1").arg(standard));
        label->setPlaceholderText(standard);
        auto *colour = new QPushButton(tr("Choose…"), this);
        colour->setObjectName(QStringLiteral("legendColour_") + key);
        colour->setAccessibleName(tr("Colour for %1").arg(standard));
        connect(colour, &QPushButton::clicked, this, [this, type, standard] {
            const QColor chosen = QColorDialog::getColor(m_colours.value(type), this,
                                                         tr("Colour for %1").arg(standard));
            if (chosen.isValid())
                setColour(type, chosen);
        });
        m_symbols.insert(type, symbol);
        m_labels.insert(type, label);
        m_colourButtons.insert(type, colour);
        grid->addWidget(symbol, i + 1, 0);
        grid->addWidget(label, i + 1, 1);
        grid->addWidget(colour, i + 1, 2);
    }
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                 | QDialogButtonBox::RestoreDefaults,
                                         this);
    buttons->setObjectName(QStringLiteral("chartLegendButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ChartLegendDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, 400);

    const auto stored = m_settings.bodyChartLegend();
    if (!stored) {
        m_problem->setText(stored.error().message);
        m_problem->show();
    }
    showLegend(stored ? stored.value() : core::ChartLegend::defaults());
}

void ChartLegendDialog::showLegend(const core::ChartLegend &legend)
{
    for (const core::ChartLegendEntry &entry : legend.complete()) {
        m_labels.value(entry.type)->setText(entry.label);
        m_colours.insert(entry.type, QColor(entry.colour));
        updateRow(entry.type);
    }
}

void ChartLegendDialog::updateRow(core::MarkType type)
{
    const QColor colour = m_colours.value(type);
    m_symbols.value(type)->setPixmap(symbolIn(type, colour));
    m_colourButtons.value(type)->setIcon(swatch(colour));
    m_colourButtons.value(type)->setToolTip(colour.name());
}

core::ChartLegend ChartLegendDialog::legend() const
{
    core::ChartLegend legend;
    for (core::MarkType type : core::BodyChartCatalog::markTypes())
        legend.entries << core::ChartLegendEntry{ type, m_labels.value(type)->text(),
                                                  m_colours.value(type).name() };
    return legend;
}

void ChartLegendDialog::setColour(core::MarkType type, const QColor &colour)
{
    if (!colour.isValid())
        return;
    m_colours.insert(type, colour);
    updateRow(type);
}

void ChartLegendDialog::restoreDefaults()
{
    showLegend(core::ChartLegend::defaults());
    m_problem->hide();
}

bool ChartLegendDialog::save()
{
    const core::ChartLegend chosen = legend();
    const core::Status saved = m_settings.setBodyChartLegend(m_session.session(), chosen);
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        const QString field = saved.error().field;
        for (core::MarkType type : core::BodyChartCatalog::markTypes()) {
            const QString key = core::BodyChartCatalog::markTypeKey(type);
            if (field == QStringLiteral("legend.%1.label").arg(key))
                m_labels.value(type)->setFocus();
            else if (field == QStringLiteral("legend.%1.colour").arg(key))
                m_colourButtons.value(type)->setFocus();
        }
        return false;
    }
    const auto stored = m_settings.bodyChartLegend();
    MarkSymbol::setLegend(stored ? stored.value() : chosen);
    accept();
    return true;
}

} // namespace stillpoint::ui
