// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/CsvMappingTable.h"

#include "core/exchange/ClientImportMapping.h"
#include "core/exchange/CsvReader.h"
#include "ui/common/FileChooser.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>

namespace stillpoint::ui::CsvMappingTable {

namespace {

// How many rows are searched for an example value of each column.
constexpr qsizetype ExampleRows = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvMappingTable", text);
}

QString example(const core::CsvTable &table, int column)
{
    for (qsizetype i = 0; i < table.records.size() && i < ExampleRows; ++i) {
        const QString value = table.records.at(i).fields.value(column).simplified();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

void setUp(QTableWidget &table)
{
    table.setObjectName(QStringLiteral("mappingTable"));
    table.setHorizontalHeaderLabels({ tr("Column in the file"), tr("Example"), tr("Import as") });
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table.verticalHeader()->hide();
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.setSelectionMode(QAbstractItemView::NoSelection);
}

void addDateOrders(QComboBox &combo, int exampleYear)
{
    const QDate example(exampleYear, 3, 7);
    const auto written = [&example](const char *format) {
        return example.toString(QString::fromLatin1(format));
    };
    combo.addItem(tr("Decide from the dates"), static_cast<int>(core::DateOrder::Automatic));
    combo.addItem(tr("Year-month-day (%1)").arg(written("yyyy-MM-dd")),
                  static_cast<int>(core::DateOrder::YearMonthDay));
    combo.addItem(tr("Day/month/year (%1)").arg(written("dd/MM/yyyy")),
                  static_cast<int>(core::DateOrder::DayMonthYear));
    combo.addItem(tr("Month/day/year (%1)").arg(written("MM/dd/yyyy")),
                  static_cast<int>(core::DateOrder::MonthDayYear));
}

QString chooseFile(FileChooser &files, QWidget *parent, const QString &title)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return files.openFileName(parent, title, folder, tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString describe(const core::CsvTable &table)
{
    const auto rows = table.records.size();
    return rows == 1 ? tr("%1; 1 row below the header.").arg(table.describeFormat())
                     : tr("%1; %2 rows below the header.")
                               .arg(table.describeFormat(), QLocale().toString(rows));
}

void fill(QTableWidget &table, const core::CsvTable &csv, const QList<Field> &fields,
          const std::function<int(int column)> &current,
          const std::function<void(int column, int value)> &changed)
{
    const auto columns = static_cast<int>(csv.header.size());
    table.setRowCount(columns);
    for (int column = 0; column < columns; ++column) {
        const QString name = csv.header.at(column);
        table.setItem(column, FileColumn,
                      new QTableWidgetItem(name.isEmpty() ? tr("(no name)") : name));
        table.setItem(column, ExampleColumn, new QTableWidgetItem(example(csv, column)));
        auto *box = new QComboBox(&table);
        box->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        for (const Field &field : fields)
            box->addItem(field.first, field.second);
        box->setCurrentIndex(box->findData(current(column)));
        QObject::connect(box, &QComboBox::currentIndexChanged, &table,
                         [column, box, changed](int index) {
                             changed(column, box->itemData(index).toInt());
                         });
        table.setCellWidget(column, FieldColumn, box);
    }
}

void sync(QTableWidget &table, const std::function<int(int column)> &current)
{
    for (int column = 0; column < table.rowCount(); ++column) {
        QComboBox *box = combo(table, column);
        if (!box)
            continue;
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(box->findData(current(column)));
    }
}

QComboBox *combo(const QTableWidget &table, int column)
{
    return qobject_cast<QComboBox *>(table.cellWidget(column, FieldColumn));
}

} // namespace stillpoint::ui::CsvMappingTable
