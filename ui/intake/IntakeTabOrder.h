// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace stillpoint::ui::IntakeTabOrder {

// Puts `widgets` (in this order) in the window's tab order just before `anchor`. Widgets created
// after the window was built (a row added to a list) otherwise land at the end of the tab order,
// far from where they appear. Widgets that take no keyboard focus are left out.
void insertBefore(QWidget *anchor, const QList<QWidget *> &widgets);

} // namespace stillpoint::ui::IntakeTabOrder
