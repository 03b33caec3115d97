// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <optional>

namespace stillpoint::ui {

// A short field for a number the client may leave unanswered: empty means "not answered", which
// is not 0. It accepts digits only (and one decimal separator when decimals > 0) but no range:
// out-of-range values are kept so that the intake's rules can say what is wrong beside the field.
class IntakeNumberEdit final : public QLineEdit
{
    Q_OBJECT

public:
    // `maxDigits` before the separator; `decimals` after it (0 for whole numbers).
    explicit IntakeNumberEdit(int maxDigits, int decimals = 0, QWidget *parent = nullptr);

    std::optional<int> intValue() const;
    std::optional<double> doubleValue() const;
    void setIntValue(std::optional<int> value);
    void setDoubleValue(std::optional<double> value);

private:
    int m_decimals;
};

} // namespace stillpoint::ui
