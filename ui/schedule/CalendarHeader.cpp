// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/CalendarHeader.h"

#include "ui/schedule/CalendarView.h"

#include <QMouseEvent>
#include <QPainter>

namespace stillpoint::ui {

CalendarHeader::CalendarHeader(const CalendarView &view, QWidget *parent)
    : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("calendarHeader"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize CalendarHeader::sizeHint() const
{
    return { 200, fontMetrics().lineSpacing() * 2 + 14 };
}

QSize CalendarHeader::minimumSizeHint() const
{
    return sizeHint();
}

void CalendarHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(rect(), QColor(0xf8, 0xf9, 0xfa));
    const CalendarGeometry grid = m_view.layout();
    const CalendarPlan &plan = m_view.plan();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF smallMetrics(small);
    const double line = fontMetrics().lineSpacing();
    for (int i = 0; i < plan.columns().size(); ++i) {
        const CalendarColumn &column = plan.columns().at(i);
        const QRectF box(grid.columnLeft(i), 0, grid.columnWidth(), height());
        const QRectF text = box.adjusted(8, 5, -6, -4);
        if (column.isToday && plan.options().mode == CalendarMode::Week) {
            const double width =
                    std::min(text.width(), boldMetrics.horizontalAdvance(column.title) + 14);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x18, 0x64, 0xab));
            painter.drawRoundedRect(QRectF(text.left() - 6, text.top() - 1, width, line + 2), 4, 4);
            painter.setPen(Qt::white);
        } else {
            painter.setPen(QColor(0x1b, 0x1f, 0x24));
        }
        painter.setFont(bold);
        painter.drawText(QRectF(text.left(), text.top(), text.width() - 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(column.title, Qt::ElideRight, text.width() - 8));
        painter.setFont(small);
        painter.setPen(QColor(0x68, 0x70, 0x78));
        painter.drawText(QRectF(text.left(), text.top() + line + 2, text.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(column.subtitle, Qt::ElideRight, text.width()));
        if (i > 0) {
            painter.setPen(QColor(0xd6, 0xda, 0xdf));
            const double x = std::floor(box.left()) + 0.5;
            painter.drawLine(QPointF(x, 0), QPointF(x, height()));
        }
    }
    painter.setPen(QColor(0xc4, 0xc9, 0xcf));
    painter.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
}

void CalendarHeader::mouseReleaseEvent(QMouseEvent *event)
{
    const CalendarPlan &plan = m_view.plan();
    const int column = m_view.layout().columnAt(event->position().x());
    if (event->button() == Qt::LeftButton && column >= 0
        && plan.options().mode == CalendarMode::Week)
        Q_EMIT dayRequested(plan.columns().at(column).date);
}

} // namespace stillpoint::ui
