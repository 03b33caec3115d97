// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/MarkSymbol.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>

namespace stillpoint::ui::MarkSymbol {

namespace {

// A pale inside for the open symbols, so the drawing's lines do not run through them.
QColor paleInside()
{
    return QColor(255, 255, 255, 215);
}

QPen outlinePen(const QColor &colour, qreal width)
{
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

// Clockwise from up, as stored: 0 up, 90 right.
QPointF unitFor(int degrees)
{
    const qreal radians = qDegreesToRadians(static_cast<qreal>(degrees));
    return { qSin(radians), -qCos(radians) };
}

void paintArrow(QPainter &painter, const QPointF &centre, qreal r, int degrees,
                const QColor &colour)
{
    const QPointF unit = unitFor(degrees);
    const QPointF normal(-unit.y(), unit.x());
    const QPointF start = centre + unit * (r * 1.05);
    const QPointF tip = centre + unit * (r * 2.7);
    const qreal head = std::max(4.0, r * 0.75);
    painter.setPen(outlinePen(colour, std::max(1.6, r * 0.26)));
    painter.drawLine(start, tip - unit * (head * 0.6));
    QPolygonF arrowHead;
    arrowHead << tip << tip - unit * head + normal * (head * 0.55)
              << tip - unit * head - normal * (head * 0.55);
    painter.setPen(outlinePen(colour, 1.0));
    painter.setBrush(colour);
    painter.drawPolygon(arrowHead);
}

void paintShape(QPainter &painter, core::MarkType type, const QPointF &c, qreal r,
                std::optional<int> directionDegrees)
{
    const QColor base = colour(type);
    const QColor edge = base.darker(160);
    switch (type) {
    case core::MarkType::TriggerPoint: {
        // Filled circle with a white cross: the classic trigger-point "X marks the spot".
        painter.setPen(outlinePen(edge, std::max(1.0, r * 0.12)));
        painter.setBrush(base);
        painter.drawEllipse(c, r, r);
        const qreal arm = r * 0.56;
        painter.setPen(outlinePen(Qt::white, std::max(1.4, r * 0.24)));
        painter.drawLine(c + QPointF(-arm, 0), c + QPointF(arm, 0));
        painter.drawLine(c + QPointF(0, -arm), c + QPointF(0, arm));
        break;
    }
    case core::MarkType::TenderPoint:
        // Open circle: a thick ring with a pale centre.
        painter.setPen(outlinePen(base, std::max(1.8, r * 0.34)));
        painter.setBrush(paleInside());
        painter.drawEllipse(c, r * 0.83, r * 0.83);
        break;
    case core::MarkType::Hypertonicity: {
        // A wide ellipse hatched with diagonal lines: tight, ropey tissue.
        const QRectF box(c.x() - r * 1.3, c.y() - r * 0.82, r * 2.6, r * 1.64);
        QPainterPath outline;
        outline.addEllipse(box);
        painter.setPen(Qt::NoPen);
        painter.setBrush(paleInside());
        painter.drawPath(outline);
        painter.save();
        painter.setClipPath(outline, Qt::IntersectClip);
        painter.setPen(outlinePen(base, std::max(1.1, r * 0.17)));
        const qreal step = std::max(2.8, r * 0.42);
        for (qreal offset = -box.width(); offset <= box.width(); offset += step) {
            painter.drawLine(QPointF(box.left() + offset, box.bottom()),
                             QPointF(box.left() + offset + box.height(), box.top()));
        }
        painter.restore();
        painter.setPen(outlinePen(base.darker(120), std::max(1.4, r * 0.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline);
        break;
    }
    case core::MarkType::Pain: {
        // Filled diamond.
        QPolygonF diamond;
        diamond << c + QPointF(0, -r * 1.25) << c + QPointF(r * 1.05, 0) << c + QPointF(0, r * 1.25)
                << c + QPointF(-r * 1.05, 0);
        painter.setPen(outlinePen(edge, std::max(1.0, r * 0.12)));
        painter.setBrush(base);
        painter.drawPolygon(diamond);
        break;
    }
    case core::MarkType::ReferredPain:
        // A ring around a dot, with an arrow where the pain spreads.
        painter.setPen(outlinePen(base, std::max(1.6, r * 0.26)));
        painter.setBrush(paleInside());
        painter.drawEllipse(c, r * 0.85, r * 0.85);
        painter.setPen(Qt::NoPen);
        painter.setBrush(base);
        painter.drawEllipse(c, r * 0.32, r * 0.32);
        if (directionDegrees)
            paintArrow(painter, c, r, *directionDegrees, base);
        break;
    case core::MarkType::Numbness: {
        // Dotted circle over a faint wash.
        QColor wash = base;
        wash.setAlpha(60);
        painter.setPen(Qt::NoPen);
        painter.setBrush(wash);
        painter.drawEllipse(c, r * 0.9, r * 0.9);
        QPen dots(base, std::max(2.2, r * 0.32));
        dots.setCapStyle(Qt::RoundCap);
        dots.setDashPattern({ 0.01, 1.9 });
        painter.setPen(dots);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r * 0.9, r * 0.9);
        break;
    }
    }
}

core::ChartLegend &current()
{
    static core::ChartLegend legend = core::ChartLegend::defaults();
    return legend;
}

} // namespace

void setLegend(const core::ChartLegend &legend)
{
    current().entries = legend.complete();
}

const core::ChartLegend &legend()
{
    return current();
}

QString label(core::MarkType type)
{
    return current().label(type);
}

QColor colour(core::MarkType type)
{
    return QColor(current().colour(type));
}

qreal radius(int intensity, qreal side)
{
    const qreal strength = std::clamp(intensity, 0, 10) / 10.0;
    return std::max(5.0, side * (0.011 + 0.011 * strength));
}

qreal opacity(int intensity)
{
    return 0.55 + 0.45 * (std::clamp(intensity, 0, 10) / 10.0);
}

void paint(QPainter &painter, core::MarkType type, const QPointF &centre, qreal radius,
           std::optional<int> directionDegrees, Look look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal opacityBefore = painter.opacity();
    if (look == Look::Faded)
        painter.setOpacity(opacityBefore * 0.35);
    paintShape(painter, type, centre, radius, directionDegrees);
    if (look == Look::Faded) {
        // The dashed ring says "last session" even where the pale symbol is hard to see.
        painter.setOpacity(opacityBefore * 0.8);
        QPen dashed(QColor(0x4a, 0x51, 0x58), 1.3, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius * 1.5, radius * 1.5);
    }
    painter.restore();
}

QIcon icon(core::MarkType type, int size, Look look)
{
    constexpr qreal Scale = 2.0; // sharp on high-density screens too
    QPixmap pixmap(static_cast<int>(size * Scale), static_cast<int>(size * Scale));
    pixmap.setDevicePixelRatio(Scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    // A faded symbol carries its dashed ring, so it is drawn smaller to fit.
    const qreal r = size * (look == Look::Faded ? 0.22 : 0.27);
    if (type == core::MarkType::ReferredPain)
        paint(painter, type, QPointF(size * 0.36, size * 0.64), r * 0.9, 45, look);
    else
        paint(painter, type, QPointF(size / 2.0, size / 2.0), r, std::nullopt, look);
    painter.end();
    return QIcon(pixmap);
}

} // namespace stillpoint::ui::MarkSymbol
