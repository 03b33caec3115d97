// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldErrorLabel.h"

#include <QPalette>

namespace stillpoint::ui {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QPalette errorPalette = palette();
    // A red that stays readable on light backgrounds (WCAG AA contrast on white).
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(errorPalette);
    QFont smaller = font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.92);
    setFont(smaller);
    hide();
}

void FieldErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLabel::clearMessage()
{
    clear();
    hide();
}

} // namespace stillpoint::ui
