// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace stillpoint::ui {

// Asks how to start a session note from the client (not from an appointment): the session date
// (today unless the note is written late) and whether to carry forward the plan and body-chart
// marks of the last signed note, which is offered only when there is one.
class NoteStartDialog final : public QDialog
{
    Q_OBJECT

public:
    // `lastSigned`: the session date of the client's last signed note (invalid: none).
    NoteStartDialog(const QDate &today, const QDate &lastSigned, QWidget *parent = nullptr);

    QDate sessionDate() const;
    bool carryForward() const;
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *carryForwardBox() const { return m_carryForward; }

private:
    QDateEdit *m_date;
    QCheckBox *m_carryForward;
};

} // namespace stillpoint::ui
