// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QComboBox;
class QTableWidget;
class QWidget;

namespace stillpoint::core {
struct CsvTable;
}

namespace stillpoint::ui {

class FileChooser;

// What the CSV import dialogs (clients, headache diary) share: choosing the file, describing what
// was read, and the table that maps each column of the file to a field (its name, an example
// value, and a combo box of the fields), whatever the fields are.
namespace CsvMappingTable {

enum Column { FileColumn, ExampleColumn, FieldColumn };

// Names the table's three columns and makes it a read-only list whose combo boxes are the
// only thing to change.
void setUp(QTableWidget &table);
// The date orders a file may use (core::DateOrder, automatic first), each shown with 7 March of
// `exampleYear` written that way.
void addDateOrders(QComboBox &combo, int exampleYear);

// Asks for a CSV file in the user's documents folder; empty when cancelled.
QString chooseFile(FileChooser &files, QWidget *parent, const QString &title);
// "UTF-8, comma-separated; 365 rows below the header."
QString describe(const core::CsvTable &table);

// A field as the combo boxes offer it: its label and its value (the enum as an int).
using Field = std::pair<QString, int>;

// Fills `table` with a row per column of `csv`, each with a combo box of `fields` showing
// `current(column)`; `changed(column, value)` runs when the user picks another field.
void fill(QTableWidget &table, const core::CsvTable &csv, const QList<Field> &fields,
          const std::function<int(int column)> &current,
          const std::function<void(int column, int value)> &changed);
// Shows `current(column)` in every combo box again, without signals (after a field moved).
void sync(QTableWidget &table, const std::function<int(int column)> &current);
// The combo box of the file's `column`; null when there is none.
QComboBox *combo(const QTableWidget &table, int column);

} // namespace CsvMappingTable

} // namespace stillpoint::ui
