// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartWidget.h"

#include "ui/notes/BodyChartCommand.h"
#include "ui/notes/MarkSymbol.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stillpoint::ui {

namespace {

constexpr qreal FrameMargin = 6.0; // around the drawing's card, in pixels
constexpr double MidlineHalfWidth = 0.025; // the midline band, in 0..1 units
constexpr int DefaultIntensity = 5;

double clampUnit(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

core::BodyMark clamped(core::BodyMark mark)
{
    mark.x = clampUnit(mark.x);
    mark.y = clampUnit(mark.y);
    mark.intensity = std::clamp(mark.intensity, 0, 10);
    if (mark.directionDegrees)
        mark.directionDegrees = ((*mark.directionDegrees % 360) + 360) % 360;
    return mark;
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// Where a mark's intensity number sits, as a unit vector from its centre: up and to the right,
// unless a referred-pain arrow points there.
QPointF labelDirection(const core::BodyMark &mark)
{
    if (mark.type == core::MarkType::ReferredPain && mark.directionDegrees) {
        const int away = std::abs(((*mark.directionDegrees - 45) % 360 + 540) % 360 - 180);
        if (away < 60)
            return { 0.72, 0.72 }; // the arrow points up and right: the number goes below
    }
    return { 0.72, -0.72 };
}

} // namespace

BodyChartWidget::BodyChartWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateAccessibility();
}

BodyChartWidget::~BodyChartWidget() = default;

QString BodyChartWidget::resourcePath(core::BodyView view)
{
    switch (view) {
    case core::BodyView::HeadNeckBack:
        return QStringLiteral(":/stillpoint/bodychart/head_neck_back.svg");
    case core::BodyView::HeadSide:
        return QStringLiteral(":/stillpoint/bodychart/head_side.svg");
    case core::BodyView::FaceJaw:
        return QStringLiteral(":/stillpoint/bodychart/face_jaw.svg");
    case core::BodyView::UpperBackShoulders:
        return QStringLiteral(":/stillpoint/bodychart/upper_back.svg");
    case core::BodyView::BodyFront:
        return QStringLiteral(":/stillpoint/bodychart/body_front.svg");
    case core::BodyView::BodyBack:
        return QStringLiteral(":/stillpoint/bodychart/body_back.svg");
    }
    return {};
}

core::BodySide BodyChartWidget::sideAt(core::BodyView view, double x)
{
    if (view == core::BodyView::HeadSide)
        return core::BodySide::Right; // the drawing shows the client's right side
    if (std::abs(x - 0.5) < MidlineHalfWidth)
        return core::BodySide::Midline;
    const bool drawnLeft = x < 0.5;
    const bool fromBehind = view == core::BodyView::HeadNeckBack
            || view == core::BodyView::UpperBackShoulders || view == core::BodyView::BodyBack;
    // From behind the client's left is on our left; from the front it is on our right.
    if (fromBehind)
        return drawnLeft ? core::BodySide::Left : core::BodySide::Right;
    return drawnLeft ? core::BodySide::Right : core::BodySide::Left;
}

int BodyChartWidget::mergeKey(int index, EditField field)
{
    return index * 16 + static_cast<int>(field);
}

void BodyChartWidget::setView(core::BodyView view)
{
    if (view == m_view)
        return;
    finishDrag();
    m_view = view;
    m_drawingCache = QPixmap();
    if (m_selected >= 0 && m_marks.at(m_selected).view != view)
        setSelected(-1);
    updateAccessibility();
    update();
    Q_EMIT viewChanged(view);
}

void BodyChartWidget::finishDrag()
{
    // A press that added or moved a mark is recorded before anything else changes the chart.
    const Drag drag = m_drag;
    m_drag = {};
    if (drag.added)
        commit(drag.before, drag.selectedBefore, tr("Add mark"));
    else if (drag.moved)
        commit(drag.before, drag.selectedBefore, tr("Move mark"));
}

void BodyChartWidget::setMarks(const QList<core::BodyMark> &marks)
{
    m_drag = {};
    m_marks.clear();
    for (const core::BodyMark &mark : marks)
        m_marks.append(clamped(mark));
    m_selected = -1;
    updateAccessibility();
    update();
    Q_EMIT selectionChanged(-1);
}

int BodyChartWidget::markCount(core::BodyView view) const
{
    return static_cast<int>(std::count_if(m_marks.cbegin(), m_marks.cend(),
                                          [view](const auto &mark) { return mark.view == view; }));
}

void BodyChartWidget::setComparisonMarks(const QList<core::BodyMark> &previous)
{
    m_comparison = previous;
    update();
}

void BodyChartWidget::setComparisonVisible(bool visible)
{
    m_comparisonVisible = visible;
    update();
}

void BodyChartWidget::setReadOnly(bool readOnly)
{
    if (m_drag.active && m_drag.moved)
        m_marks = m_drag.before; // an unfinished drag is abandoned, not half-recorded
    m_drag = {};
    m_readOnly = readOnly;
    unsetCursor();
    updateAccessibility();
    update();
}

void BodyChartWidget::setNewMarkType(core::MarkType type)
{
    m_newMarkType = type;
}

void BodyChartWidget::selectMark(int index)
{
    if (index < 0 || index >= m_marks.size()) {
        setSelected(-1);
        return;
    }
    setView(m_marks.at(index).view);
    setSelected(index);
}

void BodyChartWidget::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

QUndoStack *BodyChartWidget::undoStack() const
{
    return m_undoStack;
}

int BodyChartWidget::addMark(const core::BodyMark &mark)
{
    if (m_readOnly)
        return -1;
    const QList<core::BodyMark> before = m_marks;
    const int selectedBefore = m_selected;
    m_marks.append(clamped(mark));
    setView(mark.view);
    setSelected(static_cast<int>(m_marks.size()) - 1);
    commit(before, selectedBefore, tr("Add mark"));
    return m_selected;
}

void BodyChartWidget::updateMark(int index, const core::BodyMark &mark, const QString &undoText,
                                 int mergeKey)
{
    if (m_readOnly || index < 0 || index >= m_marks.size())
        return;
    const core::BodyMark changed = clamped(mark);
    if (m_marks.at(index) == changed)
        return;
    const QList<core::BodyMark> before = m_marks;
    m_marks[index] = changed;
    commit(before, m_selected, undoText, mergeKey);
}

void BodyChartWidget::removeMark(int index)
{
    if (m_readOnly || index < 0 || index >= m_marks.size())
        return;
    const QList<core::BodyMark> before = m_marks;
    const int selectedBefore = m_selected;
    m_marks.removeAt(index);
    if (m_selected == index)
        setSelected(-1);
    else if (m_selected > index)
        setSelected(m_selected - 1);
    commit(before, selectedBefore, tr("Delete mark"));
}

QRectF BodyChartWidget::drawingRect() const
{
    const qreal side = std::max<qreal>(0, std::min(width(), height()) - 2 * FrameMargin - 8);
    const QPointF centre = QRectF(rect()).center();
    return { centre.x() - side / 2, centre.y() - side / 2, side, side };
}

QPointF BodyChartWidget::toWidget(double x, double y) const
{
    const QRectF area = drawingRect();
    return { area.left() + x * area.width(), area.top() + y * area.height() };
}

QPointF BodyChartWidget::toDrawing(const QPointF &widgetPoint) const
{
    const QRectF area = drawingRect();
    if (area.width() <= 0)
        return { 0.5, 0.5 };
    return { (widgetPoint.x() - area.left()) / area.width(),
             (widgetPoint.y() - area.top()) / area.height() };
}

QSize BodyChartWidget::sizeHint() const
{
    return { 520, 520 };
}

QSize BodyChartWidget::minimumSizeHint() const
{
    return { 260, 260 };
}

void BodyChartWidget::restoreState(const QList<core::BodyMark> &marks, int selected)
{
    // Show the view where the step happened, so an undo never changes something out of sight.
    std::optional<core::BodyView> changedView;
    const qsizetype common = std::min(marks.size(), m_marks.size());
    for (qsizetype i = 0; i < common && !changedView; ++i) {
        if (!(marks.at(i) == m_marks.at(i)))
            changedView = marks.at(i).view;
    }
    if (!changedView && marks.size() != m_marks.size())
        changedView = (marks.size() > m_marks.size() ? marks : m_marks).at(common).view;

    m_drag = {};
    m_marks = marks;
    m_selected = -1;
    if (selected >= 0 && selected < m_marks.size())
        changedView = m_marks.at(selected).view;
    if (changedView)
        setView(*changedView);
    m_selected = (selected >= 0 && selected < m_marks.size()) ? selected : -1;
    updateAccessibility();
    update();
    Q_EMIT selectionChanged(m_selected);
    Q_EMIT marksChanged();
}

void BodyChartWidget::commit(const QList<core::BodyMark> &before, int selectedBefore,
                             const QString &text, int mergeKey)
{
    if (before == m_marks)
        return;
    if (m_undoStack) {
        m_undoStack->push(new BodyChartCommand(this, text, { before, selectedBefore },
                                               { m_marks, m_selected }, mergeKey));
    }
    updateAccessibility();
    update();
    Q_EMIT marksChanged();
}

void BodyChartWidget::setSelected(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    updateAccessibility();
    update();
    Q_EMIT selectionChanged(index);
}

QList<int> BodyChartWidget::indexesInView() const
{
    QList<int> indexes;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).view == m_view)
            indexes.append(i);
    }
    return indexes;
}

qreal BodyChartWidget::markRadius(const core::BodyMark &mark) const
{
    return MarkSymbol::radius(mark.intensity, drawingRect().width());
}

int BodyChartWidget::markAt(const QPointF &widgetPoint) const
{
    // The selected mark is drawn on top, so it wins; otherwise the nearest mark under the pointer.
    int best = -1;
    qreal bestDistance = 0;
    for (int index : indexesInView()) {
        const qreal distance = distanceTo(m_marks.at(index), widgetPoint);
        if (distance < 0)
            continue;
        if (index == m_selected)
            return index;
        if (best < 0 || distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    return best;
}

qreal BodyChartWidget::distanceTo(const core::BodyMark &mark, const QPointF &widgetPoint) const
{
    const qreal reach = std::max<qreal>(markRadius(mark) * 1.35, 9.0);
    const QPointF delta = widgetPoint - toWidget(mark.x, mark.y);
    const qreal distance = std::hypot(delta.x(), delta.y());
    return distance <= reach ? distance : -1;
}

QPointF BodyChartWidget::freeCentre() const
{
    // The centre, or the first spot near it that no mark of this view occupies.
    const QList<int> here = indexesInView();
    for (int ring = 0; ring < 8; ++ring) {
        for (int step = 0; step < std::max(1, ring * 6); ++step) {
            const qreal angle = ring == 0 ? 0 : 2 * std::numbers::pi * step / (ring * 6);
            const QPointF candidate(0.5 + 0.04 * ring * std::cos(angle),
                                    0.5 + 0.04 * ring * std::sin(angle));
            const bool taken = std::any_of(here.cbegin(), here.cend(), [&](int index) {
                const core::BodyMark &mark = m_marks.at(index);
                return std::hypot(mark.x - candidate.x(), mark.y - candidate.y()) < 0.025;
            });
            if (!taken)
                return candidate;
        }
    }
    return { 0.5, 0.5 };
}

void BodyChartWidget::followSide(core::BodyMark &mark, double oldX) const
{
    // A side the chart guessed follows the mark across the midline; one the therapist chose
    // stays.
    if (mark.side == sideAt(mark.view, oldX))
        mark.side = sideAt(mark.view, mark.x);
}

core::BodyMark BodyChartWidget::newMarkAt(const QPointF &position) const
{
    core::BodyMark mark;
    mark.view = m_view;
    mark.x = clampUnit(position.x());
    mark.y = clampUnit(position.y());
    mark.type = m_newMarkType;
    mark.intensity = DefaultIntensity;
    mark.side = sideAt(m_view, mark.x);
    if (mark.type == core::MarkType::ReferredPain)
        mark.directionDegrees = 0; // pointing up until the therapist turns it
    return mark;
}

QString BodyChartWidget::describe(const core::BodyMark &mark) const
{
    QStringList parts{ MarkSymbol::label(mark.type) };
    if (!mark.muscle.isEmpty())
        parts << lowerFirst(core::BodyChartCatalog::muscleLabel(mark.muscle));
    if (mark.side != core::BodySide::NotApplicable)
        parts << lowerFirst(core::BodyChartCatalog::sideLabel(mark.side));
    parts << tr("intensity %1").arg(mark.intensity);
    if (mark.type == core::MarkType::ReferredPain && mark.directionDegrees)
        parts << tr("spreading towards %1°").arg(*mark.directionDegrees);
    if (mark.pressurePainThreshold)
        parts << tr("pressure-pain threshold %1 kg/cm²")
                         .arg(QLocale().toString(*mark.pressurePainThreshold, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

void BodyChartWidget::updateAccessibility()
{
    setAccessibleName(tr("Body chart: %1").arg(core::BodyChartCatalog::viewLabel(m_view)));
    QStringList described;
    for (int index : indexesInView())
        described << describe(m_marks.at(index));
    QString description =
            described.isEmpty() ? tr("No marks.") : described.join(QStringLiteral("; ")) + u'.';
    if (m_selected >= 0)
        description = tr("Selected: %1. ").arg(describe(m_marks.at(m_selected))) + description;
    if (!m_readOnly)
        description += u' ' + tr("Click or press Insert to add a mark.");
    setAccessibleDescription(description);
}

QSvgRenderer *BodyChartWidget::renderer(core::BodyView view)
{
    auto found = m_renderers.find(view);
    if (found == m_renderers.end())
        found = m_renderers.emplace(view, std::make_unique<QSvgRenderer>(resourcePath(view))).first;
    return found->second.get();
}

void BodyChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_drawingCache = QPixmap();
}

void BodyChartWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = drawingRect();
    if (area.width() < 1)
        return;

    // The card the drawing sits on; its frame turns into the focus frame.
    const QRectF card = area.adjusted(-FrameMargin, -FrameMargin, FrameMargin, FrameMargin);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(m_readOnly ? QColor(0xf6, 0xf6, 0xf4) : QColor(Qt::white));
    painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (hasFocus()) {
        QPen focusPen(palette().color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6);
    }

    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (area.size() * ratio).toSize();
    if (m_drawingCache.isNull() || m_drawingCache.size() != pixels) {
        m_drawingCache = QPixmap(pixels);
        m_drawingCache.fill(Qt::transparent);
        QPainter cachePainter(&m_drawingCache);
        cachePainter.setRenderHint(QPainter::Antialiasing);
        renderer(m_view)->render(&cachePainter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        cachePainter.end();
        m_drawingCache.setDevicePixelRatio(ratio);
    }
    painter.drawPixmap(area.topLeft(), m_drawingCache);
    if (!m_readOnly && indexesInView().isEmpty()) {
        // Until the view has a mark, say how to make one, in the corner every drawing leaves free.
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
                QRectF(area.left() + 6, area.top() + 4, area.width() * 0.36, area.height() * 0.2),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                tr("Click the drawing to add a mark, or press Insert."));
    }
    paintMarks(painter);
}

void BodyChartWidget::paintMarks(QPainter &painter)
{
    const qreal side = drawingRect().width();
    if (m_comparisonVisible) {
        for (const core::BodyMark &mark : std::as_const(m_comparison)) {
            if (mark.view != m_view)
                continue;
            MarkSymbol::paint(painter, mark.type, toWidget(mark.x, mark.y),
                              MarkSymbol::radius(mark.intensity, side), mark.directionDegrees,
                              MarkSymbol::Look::Faded);
        }
    }

    QList<int> order = indexesInView();
    if (order.removeOne(m_selected))
        order.append(m_selected); // the selected mark on top
    QFont numberFont = font();
    numberFont.setBold(true);
    for (int index : std::as_const(order)) {
        const core::BodyMark &mark = m_marks.at(index);
        const QPointF centre = toWidget(mark.x, mark.y);
        const qreal r = MarkSymbol::radius(mark.intensity, side);
        if (index == m_selected) {
            const qreal ring = r * 1.55 + 4;
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(255, 255, 255, 230), 6));
            painter.drawEllipse(centre, ring, ring);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
            painter.drawEllipse(centre, ring, ring);
        }
        painter.save();
        painter.setOpacity(MarkSymbol::opacity(mark.intensity));
        MarkSymbol::paint(painter, mark.type, centre, r, mark.directionDegrees);
        painter.restore();

        // The intensity, small, beside the symbol, with a white halo to read over the lines.
        numberFont.setPixelSize(static_cast<int>(std::max<qreal>(10, r * 1.05)));
        QPainterPath number;
        const QString text = QString::number(mark.intensity);
        const QFontMetricsF metrics(numberFont);
        const QPointF direction = labelDirection(mark);
        const qreal reach = r * (mark.type == core::MarkType::Hypertonicity ? 1.45 : 1.15) + 2;
        QPointF anchor = centre + direction * reach; // the number's baseline starts here
        if (direction.y() > 0)
            anchor.ry() += metrics.ascent() * 0.8; // below the symbol: hang from the anchor
        number.addText(anchor, numberFont, text);
        painter.setPen(
                QPen(QColor(255, 255, 255, 235), 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(number);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x24, 0x29, 0x2e));
        painter.drawPath(number);
    }
}

} // namespace stillpoint::ui
