// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/NotePage.h"

class QPushButton;
class QVBoxLayout;

namespace stillpoint::ui {

// The addenda of a signed note, under the original: each with its author, time, reason and
// text, oldest first, and "Add Addendum…". Nothing here edits the note itself.
class NoteAddendaPage final : public NotePage
{
    Q_OBJECT

public:
    explicit NoteAddendaPage(FieldUndoRecorder *recorder, QWidget *parent = nullptr);

    void read(core::NoteContent &) const override { }
    void setAddenda(const QList<core::NoteAddendum> &addenda);
    QPushButton *addButton() const { return m_addButton; }
    QWidget *firstField() const override;

Q_SIGNALS:
    void addRequested();

protected:
    void fill(const core::NoteContent &) override { }
    void applyReadOnly(bool) override { }

private:
    QPushButton *m_addButton;
    QVBoxLayout *m_list;
    QList<QWidget *> m_items;
};

} // namespace stillpoint::ui
