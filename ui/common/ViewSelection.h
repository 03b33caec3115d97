// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

namespace stillpoint::ui {

// Makes `row` the view's only selected row and its current one, as a program choice: unlike
// QTableView::selectRow(), the keyboard modifiers held at that moment (Shift extends a
// selection, Ctrl toggles it) do not change what gets selected. Does nothing for a row the
// model does not have.
void selectOnlyRow(QAbstractItemView *view, int row);

} // namespace stillpoint::ui
