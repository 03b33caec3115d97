// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/NoteService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stillpoint::ui {

class CurrentSession;

// Adds a correction to a signed note: why (3 to 500 characters) and what (required). The note
// itself never changes; core stores the addendum with its author and time. Add stays disabled
// until both are there; a refusal is shown in the dialog, which then stays open.
class NoteAddendumDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumReasonLength = 3;
    static constexpr int MaximumReasonLength = 500;
    static constexpr int MaximumTextLength = 20000;

    // `noteLabel` says which note ("the note of 24 November 2026").
    NoteAddendumDialog(core::NoteService &notes, const CurrentSession &session, qint64 noteId,
                       const QString &noteLabel, QWidget *parent = nullptr);
    ~NoteAddendumDialog() override;

    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *addButton() const { return m_addButton; }
    // The addendum as stored, once added.
    const core::NoteAddendum &addendum() const { return m_addendum; }

    void accept() override;

private:
    void updateAdd();

    core::NoteService &m_notes;
    const CurrentSession &m_session;
    qint64 m_noteId;
    core::NoteAddendum m_addendum;
    QLineEdit *m_reason;
    QPlainTextEdit *m_text;
    QLabel *m_counter;
    QLabel *m_problem;
    QPushButton *m_addButton = nullptr;
};

} // namespace stillpoint::ui
