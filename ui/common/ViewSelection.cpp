// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ViewSelection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace stillpoint::ui {

void selectOnlyRow(QAbstractItemView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace stillpoint::ui
