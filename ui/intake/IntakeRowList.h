// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace stillpoint::ui {

// A small editable table made of ordinary inputs: a header, one row of fields per entry with a
// remove button, and an add button below. Plain widgets rather than a QTableView, so every cell
// is reached with Tab and typed into directly. Subclasses make a row's cells and say how a row
// reads as text; the base keeps rows, tab order, read-only state and the whole list's value
// (for undo).
class IntakeRowList : public QWidget
{
    Q_OBJECT

public:
    int count() const { return static_cast<int>(m_rows.size()); }
    QPushButton *addButton() const { return m_addButton; }
    QWidget *cell(int row, int column) const;
    QToolButton *removeButton(int row) const;

    // The whole list as text, one QStringList per row (for the undo history).
    QVariant value() const;
    void setValue(const QVariant &value);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // What the user's add button does: a new empty row, focused.
    void addRow();

Q_SIGNALS:
    // The user typed in a row (mergeKey row * 16 + column) or added or removed one (-1).
    void edited(int mergeKey);
    // A row was created; these are its inputs.
    void rowCreated(const QList<QWidget *> &cells);

protected:
    IntakeRowList(const QStringList &headers, const QString &addText, const QString &emptyText,
                  const QString &objectNamePrefix, QWidget *parent);

    // A new row's inputs, left to right, with this list as parent. Call cellEdited() from their
    // user-change signals.
    virtual QList<QWidget *> createCells() = 0;
    virtual QStringList rowText(int row) const = 0;
    virtual void setRowText(int row, const QStringList &text) = 0;
    // How much of the spare width each column takes (default: all to the first).
    virtual int columnStretch(int column) const { return column == 0 ? 1 : 0; }

    // Creates or removes rows until there are `rows` (showing stored data, not a user edit).
    void setRowCount(int rows);
    void cellEdited(QWidget *cell);
    QString objectNamePrefix() const { return m_prefix; }

private:
    struct Row
    {
        QList<QWidget *> cells;
        QToolButton *remove = nullptr;
    };

    void appendRow();
    void removeRowAt(int row);
    void relayout();
    int rowOf(const QWidget *widget) const;

    QString m_prefix;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QLabel *m_emptyLabel;
    QPushButton *m_addButton;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
