// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeNumberEdit.h"

#include <QRegularExpressionValidator>

namespace stillpoint::ui {

IntakeNumberEdit::IntakeNumberEdit(int maxDigits, int decimals, QWidget *parent)
    : QLineEdit(parent), m_decimals(decimals)
{
    const QString pattern = decimals > 0
            ? QStringLiteral("\\d{0,%1}([.,]\\d{0,%2})?").arg(maxDigits).arg(decimals)
            : QStringLiteral("\\d{0,%1}").arg(maxDigits);
    setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), this));
    setPlaceholderText(QStringLiteral("—"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int digits = maxDigits + (decimals > 0 ? decimals + 1 : 0);
    setFixedWidth(fontMetrics().horizontalAdvance(QString(std::max(digits, 3) + 1, u'0')) + 20);
}

std::optional<int> IntakeNumberEdit::intValue() const
{
    const std::optional<double> value = doubleValue();
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}

std::optional<double> IntakeNumberEdit::doubleValue() const
{
    QString text = this->text().trimmed();
    text.replace(u',', u'.');
    if (text.isEmpty() || text == QLatin1String("."))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void IntakeNumberEdit::setIntValue(std::optional<int> value)
{
    const QString text = value ? QString::number(*value) : QString();
    if (text != this->text())
        setText(text);
}

void IntakeNumberEdit::setDoubleValue(std::optional<double> value)
{
    QString text = value ? QString::number(*value, 'f', m_decimals) : QString();
    if (text.contains(u'.')) // 1.50 reads 1.5, 2.0 reads 2
        text.remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    if (text != this->text())
        setText(text);
}

} // namespace stillpoint::ui
