// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/NoteService.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace stillpoint::ui {

class CurrentSession;
class Prompter;

// The practice's session-note templates, by name: rename or delete them. Templates are made from
// a note (its editor's Templates > Save as Template…) and applied there.
class NoteTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteTemplatesDialog(core::NoteService &notes, const CurrentSession &session, Prompter &prompter,
                        QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Reads the templates again.
    void reload();
    // Renames the selected template; a refusal (a name in use) is shown in the dialog.
    bool renameSelected(const QString &name);
    // Deletes the selected template after the user confirms.
    bool deleteSelected();

private:
    int selectedRow() const;
    void updateButtons();
    void showProblem(const QString &text);

    core::NoteService &m_notes;
    const CurrentSession &m_session;
    Prompter &m_prompter;
    QList<core::NoteTemplate> m_templates;
    QListWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace stillpoint::ui
