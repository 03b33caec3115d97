// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace stillpoint::ui {

// Asks for the first and last session date of the notes to print.
class NoteRangeDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteRangeDialog(const QDate &from, const QDate &to, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace stillpoint::ui
