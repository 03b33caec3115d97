// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryMonthGrid.h"

#include "ui/outcomes/DiaryMonthModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace stillpoint::ui {

// Makes the keys that leave a cell work the same while it is being edited: the typed text is
// kept and the grid moves on at once (the stock delegate closes on Enter only later, queued,
// so the next keystroke would still land in the old cell).
class DiaryMonthDelegate final : public QStyledItemDelegate
{
public:
    explicit DiaryMonthDelegate(DiaryMonthGrid *grid) : QStyledItemDelegate(grid), m_grid(grid) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(QStringLiteral("diaryCellEditor"));
            line->setFrame(false);
        }
        m_grid->m_editor = editor;
        return editor;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                m_grid->setFocus(Qt::OtherFocusReason);
                m_grid->navigate(key->key(), key->modifiers());
                return true;
            default:
                break;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    DiaryMonthGrid *m_grid;
};

DiaryMonthGrid::DiaryMonthGrid(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("diaryMonthGrid"));
    setItemDelegate(new DiaryMonthDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(true);
}

void DiaryMonthGrid::setMonthModel(DiaryMonthModel *model)
{
    m_model = model;
    setModel(model);
}

void DiaryMonthGrid::commitEditor()
{
    if (m_editor && state() == QAbstractItemView::EditingState) {
        QWidget *editor = m_editor;
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    m_editor = nullptr;
}

void DiaryMonthGrid::moveToCell(int row, int column)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, column);
    setCurrentIndex(index);
    // The day's label first, so the grid only scrolls sideways when the cell needs it.
    scrollTo(m_model->index(row, DiaryMonthModel::DayColumn));
    scrollTo(index);
}

void DiaryMonthGrid::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    // Cells chosen before the grid had its size may have scrolled it sideways for nothing.
    if (m_model && currentIndex().isValid())
        moveToCell(currentIndex().row(), currentIndex().column());
}

bool DiaryMonthGrid::focusNextPrevChild(bool next)
{
    // Tab stays in the grid: it is how a row is filled. Ctrl+S and Escape leave it.
    if (m_model && m_model->rowCount() > 0 && state() != QAbstractItemView::EditingState) {
        step(next);
        return true;
    }
    return QTableView::focusNextPrevChild(next);
}

void DiaryMonthGrid::keyboardSearch(const QString &)
{
    // Typed letters fill cells; they never jump to a day whose label starts with them.
}

void DiaryMonthGrid::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && state() != QAbstractItemView::EditingState) {
        event->ignore(); // the dialog closes (asking first when something is unsaved)
        return;
    }
    if (navigate(event->key(), event->modifiers())) {
        event->accept();
        return;
    }
    const QModelIndex current = currentIndex();
    if (m_model && current.isValid() && m_model->isEditableDay(current.row())
        && current.column() != DiaryMonthModel::DayColumn) {
        const int row = current.row();
        const int column = current.column();
        const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && plain) {
            m_model->setText(row, column, QString());
            event->accept();
            return;
        }
        if (DiaryMonthModel::isAnswerColumn(column) && plain) {
            switch (event->key()) {
            case Qt::Key_Space:
                m_model->toggleAnswer(row, column);
                break;
            case Qt::Key_Y:
            case Qt::Key_J:
            case Qt::Key_1:
            case Qt::Key_X:
                m_model->setText(row, column, QStringLiteral("yes"));
                break;
            case Qt::Key_N:
            case Qt::Key_0:
                m_model->setText(row, column, QStringLiteral("no"));
                break;
            default:
                if (!event->text().isEmpty() && plain)
                    break; // other letters mean nothing in a yes/no cell
                QTableView::keyPressEvent(event);
                return;
            }
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

bool DiaryMonthGrid::navigate(int key, Qt::KeyboardModifiers modifiers)
{
    if (!m_model || (modifiers & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const QModelIndex current = currentIndex();
    switch (key) {
    case Qt::Key_Tab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        step(!(modifiers & Qt::ShiftModifier));
        return true;
    case Qt::Key_Backtab:
        step(false);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (!current.isValid())
            return false;
        const int row = current.row() + (key == Qt::Key_Up ? -1 : 1);
        if (row >= 0 && row < m_model->rowCount())
            moveToCell(row, current.column());
        return true;
    }
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        Q_EMIT monthStepRequested(key == Qt::Key_PageUp ? -1 : 1);
        return true;
    default:
        return false;
    }
}

void DiaryMonthGrid::step(bool forward)
{
    QModelIndex current = currentIndex();
    if (!current.isValid()) {
        moveToCell(0, DiaryMonthModel::HeadacheColumn);
        return;
    }
    int row = current.row();
    int column = current.column() + (forward ? 1 : -1);
    if (column >= DiaryMonthModel::ColumnCount) {
        if (row + 1 >= m_model->rowCount() || !m_model->isEditableDay(row + 1))
            return;
        ++row;
        column = DiaryMonthModel::HeadacheColumn;
    } else if (column < DiaryMonthModel::HeadacheColumn) {
        if (row == 0)
            return;
        --row;
        column = DiaryMonthModel::ColumnCount - 1;
    }
    moveToCell(row, column);
}

} // namespace stillpoint::ui
