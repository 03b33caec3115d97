// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ViewSelection.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace stillpoint;

namespace {

QList<int> selectedRows(const QTableView &view)
{
    QList<int> rows;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        rows << index.row();
    return rows;
}

} // namespace

TEST_CASE("a row chosen by the program is the only one selected even while Shift or Ctrl is held",
          "[ui][common][selection]")
{
    QStandardItemModel model(4, 2);
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    ui::selectOnlyRow(&view, 2);
    CHECK(selectedRows(view) == QList<int>{ 2 });

    // A modifier still down (the user holding Shift while a list reloads): selectRow() would
    // extend or toggle the selection; the program's choice must not.
    for (const auto &[key, modifier] : { std::pair{ Qt::Key_Shift, Qt::ShiftModifier },
                                         std::pair{ Qt::Key_Control, Qt::ControlModifier } }) {
        QTest::keyPress(&view, key, modifier);
        REQUIRE(QGuiApplication::keyboardModifiers() != Qt::NoModifier);
        ui::selectOnlyRow(&view, 0);
        CHECK(selectedRows(view) == QList<int>{ 0 });
        CHECK(view.currentIndex().row() == 0);
        ui::selectOnlyRow(&view, 3);
        CHECK(selectedRows(view) == QList<int>{ 3 });
        QTest::keyRelease(&view, key, modifier);
    }

    ui::selectOnlyRow(&view, 9); // no such row: nothing changes
    CHECK(selectedRows(view) == QList<int>{ 3 });
}
