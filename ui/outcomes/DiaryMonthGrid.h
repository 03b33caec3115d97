// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTableView>

namespace stillpoint::ui {

class DiaryMonthModel;

// The month grid's keyboard, for entering a paper diary without the mouse: typing in a cell
// edits it, Tab and Enter move along the day and on to the next one, Shift+Tab back, Space
// toggles a yes/no cell (Y and N set it), Delete clears a cell, Up and Down change day (also
// while a cell is being edited: the text is kept) and Page Up / Page Down ask for another month.
class DiaryMonthGrid final : public QTableView
{
    Q_OBJECT

public:
    explicit DiaryMonthGrid(QWidget *parent = nullptr);

    void setMonthModel(DiaryMonthModel *model);
    // Writes the text of an open editor to the model and closes it (before saving or leaving).
    void commitEditor();
    void moveToCell(int row, int column);
    void keyboardSearch(const QString &search) override;

Q_SIGNALS:
    void monthStepRequested(int months); // -1 Page Up, +1 Page Down

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    friend class DiaryMonthDelegate;
    // Handles a key that leaves a cell; true when it was one.
    bool navigate(int key, Qt::KeyboardModifiers modifiers);
    void step(bool forward);

    DiaryMonthModel *m_model = nullptr;
    QPointer<QWidget> m_editor;
};

} // namespace stillpoint::ui
