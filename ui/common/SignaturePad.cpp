// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SignaturePad.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

namespace stillpoint::ui {

namespace {

// A mouse has no pressure; this gives it a pen of medium width.
constexpr qreal MousePressure = 0.5;

QPen inkPen(qreal pressure)
{
    QPen pen(QColor(0x10, 0x1c, 0x3c));
    pen.setWidthF(1.6 + 3.2 * pressure);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent), m_image(ImageWidth, ImageHeight, QImage::Format_ARGB32_Premultiplied)
{
    m_image.fill(Qt::transparent);
    setFocusPolicy(Qt::NoFocus); // drawing needs a pointer; the Clear button takes the focus
    setCursor(Qt::CrossCursor);
    // No wider than the image at full size: all of the white box is somewhere to sign.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(ImageWidth + 8);
    setAccessibleName(tr("Signature"));
    setAccessibleDescription(tr("Draw the signature with a mouse, pen or finger"));
}

void SignaturePad::setPng(const QByteArray &png)
{
    m_drawing = false;
    m_image.fill(Qt::transparent);
    m_png.clear();
    if (!png.isEmpty()) {
        QImage stored;
        if (stored.loadFromData(png, "PNG")) {
            QPainter painter(&m_image);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            const QSize fitted = stored.size().scaled(m_image.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRect(QPoint(0, 0), fitted), stored);
            // Kept byte for byte, so showing a signed intake never changes what was signed.
            m_png = png;
        }
    }
    update();
}

void SignaturePad::clear()
{
    const bool hadSignature = !m_png.isEmpty();
    setPng({});
    if (hadSignature)
        Q_EMIT changed();
}

void SignaturePad::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_drawing = false;
    setCursor(readOnly ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

QSize SignaturePad::sizeHint() const
{
    return { ImageWidth + 8, ImageHeight + 8 };
}

QSize SignaturePad::minimumSizeHint() const
{
    return { ImageWidth / 2, ImageHeight / 2 + 8 };
}

QRectF SignaturePad::imageRect() const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    QSizeF size(ImageWidth, ImageHeight);
    size.scale(area.size(), Qt::KeepAspectRatio);
    return { area.center() - QPointF(size.width() / 2, size.height() / 2), size };
}

QPointF SignaturePad::toImage(const QPointF &widgetPoint) const
{
    const QRectF target = imageRect();
    if (target.width() <= 0 || target.height() <= 0)
        return {};
    return { (widgetPoint.x() - target.left()) * ImageWidth / target.width(),
             (widgetPoint.y() - target.top()) * ImageHeight / target.height() };
}

void SignaturePad::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = imageRect().adjusted(-3.5, -3.5, 3.5, 3.5);
    painter.setPen(QPen(palette().color(isEnabled() ? QPalette::Mid : QPalette::Midlight), 1));
    painter.setBrush(m_readOnly ? palette().color(QPalette::Window) : QColor(Qt::white));
    painter.drawRoundedRect(frame, 4, 4);

    const QRectF target = imageRect();
    // The line to sign on, and a cross at its start as on paper.
    const qreal baseline = target.top() + target.height() * 0.78;
    painter.setPen(QPen(QColor(0xb8, 0xbf, 0xc8), 1, Qt::DashLine));
    painter.drawLine(QPointF(target.left() + 16, baseline), QPointF(target.right() - 16, baseline));
    painter.setPen(QPen(QColor(0x8a, 0x93, 0x9e), 1.2));
    painter.drawText(QRectF(target.left() + 16, baseline - 22, 20, 20), Qt::AlignCenter,
                     QStringLiteral("×"));
    if (m_png.isEmpty() && !m_drawing && !m_readOnly) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(target.adjusted(0, 0, 0, -target.height() * 0.3), Qt::AlignCenter,
                         tr("Sign here with the mouse or a pen"));
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (m_readOnly || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    beginStroke(event->position(), MousePressure);
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    continueStroke(event->position(), MousePressure);
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    continueStroke(event->position(), MousePressure);
    endStroke();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // Accepted, so Qt does not also synthesize mouse events for the same pen movement.
    if (m_readOnly) {
        event->ignore();
        return;
    }
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        if (m_drawing)
            continueStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        if (m_drawing)
            endStroke();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void SignaturePad::beginStroke(const QPointF &widgetPoint, qreal pressure)
{
    m_drawing = true;
    m_last = toImage(widgetPoint);
    // A tap leaves a dot, as a pen would.
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen(pressure));
    painter.drawPoint(m_last);
    m_drewSomething = true;
    update();
}

void SignaturePad::continueStroke(const QPointF &widgetPoint, qreal pressure)
{
    const QPointF point = toImage(widgetPoint);
    if (point == m_last)
        return;
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen(pressure));
    painter.drawLine(m_last, point);
    m_last = point;
    m_drewSomething = true;
    update();
}

void SignaturePad::endStroke()
{
    m_drawing = false;
    if (m_drewSomething)
        encode();
    update();
    Q_EMIT changed();
}

void SignaturePad::encode()
{
    m_drewSomething = false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (m_image.save(&buffer, "PNG"))
        m_png = bytes;
}

} // namespace stillpoint::ui
