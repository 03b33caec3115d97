// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeTabOrder.h"

#include <QWidget>

namespace stillpoint::ui::IntakeTabOrder {

void insertBefore(QWidget *anchor, const QList<QWidget *> &widgets)
{
    QList<QWidget *> focusable;
    for (QWidget *widget : widgets) {
        if (widget && (widget->focusPolicy() & Qt::TabFocus))
            focusable.append(widget);
    }
    if (!anchor || focusable.isEmpty())
        return;
    // The nearest widget before the anchor that takes the focus and is not one of the new ones.
    QWidget *previous = anchor->previousInFocusChain();
    while (previous != anchor
           && (!(previous->focusPolicy() & Qt::TabFocus) || focusable.contains(previous)))
        previous = previous->previousInFocusChain();
    if (previous == anchor)
        return;
    for (QWidget *widget : std::as_const(focusable)) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace stillpoint::ui::IntakeTabOrder
