// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeRowList.h"

#include "ui/intake/IntakeTabOrder.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace stillpoint::ui {

IntakeRowList::IntakeRowList(const QStringList &headers, const QString &addText,
                             const QString &emptyText, const QString &objectNamePrefix,
                             QWidget *parent)
    : QWidget(parent), m_prefix(objectNamePrefix), m_grid(new QGridLayout),
      m_emptyLabel(new QLabel(emptyText, this)), m_addButton(new QPushButton(addText, this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    for (const QString &header : headers) {
        auto *label = new QLabel(header, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_headers.append(label);
    }
    m_emptyLabel->setObjectName(objectNamePrefix + QStringLiteral("EmptyLabel"));
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_addButton->setObjectName(objectNamePrefix + QStringLiteral("AddButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        Q_EMIT edited(-1);
    });

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_emptyLabel);
    buttonRow->addStretch();
    buttonRow->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_grid);
    layout->addLayout(buttonRow);
    relayout();
}

QWidget *IntakeRowList::cell(int row, int column) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return m_rows[row].cells.value(column);
}

QToolButton *IntakeRowList::removeButton(int row) const
{
    return row >= 0 && row < count() ? m_rows[row].remove : nullptr;
}

QVariant IntakeRowList::value() const
{
    QList<QStringList> rows;
    for (int row = 0; row < count(); ++row)
        rows.append(rowText(row));
    return QVariant::fromValue(rows);
}

void IntakeRowList::setValue(const QVariant &value)
{
    const auto rows = value.value<QList<QStringList>>();
    setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < count(); ++row)
        setRowText(row, rows[row]);
}

void IntakeRowList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addButton->setVisible(!readOnly);
    for (const Row &row : std::as_const(m_rows)) {
        row.remove->setVisible(!readOnly);
        for (QWidget *cell : row.cells) {
            if (auto *edit = qobject_cast<QLineEdit *>(cell))
                edit->setReadOnly(readOnly);
            else if (auto *spin = qobject_cast<QAbstractSpinBox *>(cell))
                spin->setReadOnly(readOnly);
            else
                cell->setEnabled(!readOnly);
        }
    }
}

void IntakeRowList::addRow()
{
    appendRow();
    relayout();
    if (QWidget *first = m_rows.last().cells.value(0))
        first->setFocus(Qt::OtherFocusReason);
}

void IntakeRowList::setRowCount(int rows)
{
    const bool changed = rows != count();
    while (count() > rows)
        removeRowAt(count() - 1);
    while (count() < rows)
        appendRow();
    if (changed)
        relayout();
}

void IntakeRowList::cellEdited(QWidget *cell)
{
    const int row = rowOf(cell);
    if (row < 0)
        return;
    const int column = static_cast<int>(m_rows[row].cells.indexOf(cell));
    Q_EMIT edited(row * 16 + column);
}

void IntakeRowList::appendRow()
{
    Row row;
    row.cells = createCells();
    row.remove = new QToolButton(this);
    row.remove->setObjectName(m_prefix + QStringLiteral("RemoveButton"));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this row"));
    row.remove->setAccessibleName(tr("Remove row %1").arg(count() + 1));
    row.remove->setFocusPolicy(Qt::StrongFocus);
    for (QWidget *cell : std::as_const(row.cells)) {
        // Shown now rather than when the layout gets round to it, so a new row can take the focus.
        cell->show();
        if (auto *edit = qobject_cast<QLineEdit *>(cell))
            edit->setReadOnly(m_readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(cell))
            spin->setReadOnly(m_readOnly);
        else
            cell->setEnabled(!m_readOnly);
    }
    row.remove->setVisible(!m_readOnly);
    QToolButton *remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        const int index = rowOf(remove);
        if (index < 0)
            return;
        removeRowAt(index);
        relayout();
        // The focus stays in the list: on the row that moved up, or on the add button.
        if (index < count())
            m_rows[index].cells.value(0)->setFocus(Qt::OtherFocusReason);
        else
            m_addButton->setFocus(Qt::OtherFocusReason);
        Q_EMIT edited(-1);
    });
    QList<QWidget *> tabOrder = row.cells;
    tabOrder.append(row.remove);
    m_rows.append(row);
    IntakeTabOrder::insertBefore(m_addButton, tabOrder);
    Q_EMIT rowCreated(row.cells);
}

void IntakeRowList::removeRowAt(int row)
{
    const Row removed = m_rows.takeAt(row);
    for (QWidget *cell : removed.cells) {
        m_grid->removeWidget(cell);
        cell->hide();
        cell->deleteLater();
    }
    m_grid->removeWidget(removed.remove);
    removed.remove->hide();
    removed.remove->deleteLater();
}

void IntakeRowList::relayout()
{
    // Rebuilt from scratch: a grid keeps empty rows where widgets were removed.
    while (m_grid->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(m_grid->takeAt(0)); // the item, not its widget
    }
    const bool empty = m_rows.isEmpty();
    for (int column = 0; column < m_headers.size(); ++column) {
        m_grid->addWidget(m_headers[column], 0, column);
        m_headers[column]->setVisible(!empty);
        m_grid->setColumnStretch(column, columnStretch(column));
    }
    for (int row = 0; row < count(); ++row) {
        const Row &entry = m_rows[row];
        for (int column = 0; column < entry.cells.size(); ++column)
            m_grid->addWidget(entry.cells[column], row + 1, column);
        m_grid->addWidget(entry.remove, row + 1, static_cast<int>(entry.cells.size()));
        entry.remove->setAccessibleName(tr("Remove row %1").arg(row + 1));
    }
    m_emptyLabel->setVisible(empty);
}

int IntakeRowList::rowOf(const QWidget *widget) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_rows[row].remove == widget || m_rows[row].cells.contains(widget))
            return row;
    }
    return -1;
}

} // namespace stillpoint::ui
