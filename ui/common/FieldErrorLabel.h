// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace stillpoint::ui {

// The small red message shown under a form field that failed a check. Hidden while empty, so a
// form without errors takes no extra room. Plain text only.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();
};

} // namespace stillpoint::ui
