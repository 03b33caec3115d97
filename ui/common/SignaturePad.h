// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPointF>
#include <QWidget>

namespace stillpoint::ui {

// A box to sign in with a mouse, a pen tablet or a touch screen. The signature is kept as an image
// of fixed size (whatever the widget's size, so it looks the same on paper) and handed out as PNG
// bytes; an empty pad gives no bytes. Read-only pads show a stored signature and ignore input.
class SignaturePad final : public QWidget
{
    Q_OBJECT

public:
    // The stored image's size in pixels (3:1, wide enough for a name written by hand).
    static constexpr int ImageWidth = 600;
    static constexpr int ImageHeight = 200;

    explicit SignaturePad(QWidget *parent = nullptr);

    // PNG bytes of the drawn signature; empty when nothing is drawn.
    QByteArray png() const { return m_png; }
    // Shows a stored signature (empty bytes clear the pad). Not a user change: no changed().
    void setPng(const QByteArray &png);
    bool isEmpty() const { return m_png.isEmpty(); }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Wipes the signature, as the user's Clear button does (emits changed() when it held one).
    void clear();

Q_SIGNALS:
    // The user finished a stroke or cleared the pad.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;

private:
    // Where the image is drawn in the widget: as large as fits, centred, never stretched.
    QRectF imageRect() const;
    QPointF toImage(const QPointF &widgetPoint) const;
    void beginStroke(const QPointF &widgetPoint, qreal pressure);
    void continueStroke(const QPointF &widgetPoint, qreal pressure);
    void endStroke();
    void encode();

    QImage m_image;
    QByteArray m_png;
    QPointF m_last; // in image coordinates
    bool m_drawing = false;
    bool m_drewSomething = false; // since the last encode
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
