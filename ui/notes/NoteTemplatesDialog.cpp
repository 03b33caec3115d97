// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteTemplatesDialog.h"

#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteTemplatesDialog::NoteTemplatesDialog(core::NoteService &notes, const CurrentSession &session,
                                         Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_notes(notes), m_session(session), m_prompter(prompter),
      m_list(new QListWidget(this)), m_problem(new QLabel(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("noteTemplatesDialog"));
    setWindowTitle(tr("Note Templates"));
    m_list->setObjectName(QStringLiteral("noteTemplateList"));
    m_list->setAccessibleName(tr("Note templates"));
    m_rename->setObjectName(QStringLiteral("renameTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    Styles::makeProblemBanner(m_problem, QStringLiteral("noteTemplatesProblemLabel"));
    auto *hint = Styles::subtitleLabel(
            tr("Templates are made from a note: Templates > Save as Template… in the note "
               "window, which also applies them."),
            this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &NoteTemplatesDialog::updateButtons);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Rename Template"));
        ask->setLabelText(tr("New name:"));
        ask->setTextValue(m_templates[row].name);
        connect(ask, &QInputDialog::textValueSelected, this,
                [this](const QString &name) { renameSelected(name); });
        ask->open();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_delete);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 340);
    reload();
}

void NoteTemplatesDialog::reload()
{
    const auto templates = m_notes.templates(m_session.session());
    m_list->clear();
    m_templates.clear();
    if (!templates) {
        showProblem(templates.error().message);
        updateButtons();
        return;
    }
    m_templates = templates.value();
    for (const core::NoteTemplate &each : std::as_const(m_templates))
        m_list->addItem(each.name);
    if (m_templates.isEmpty())
        m_list->addItem(tr("No templates yet"));
    m_list->setEnabled(!m_templates.isEmpty());
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : 0);
    updateButtons();
}

int NoteTemplatesDialog::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? row : -1;
}

void NoteTemplatesDialog::updateButtons()
{
    const bool one = selectedRow() >= 0;
    m_rename->setEnabled(one);
    m_delete->setEnabled(one);
}

void NoteTemplatesDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool NoteTemplatesDialog::renameSelected(const QString &name)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    core::NoteTemplate renamed = m_templates[row];
    renamed.name = name.trimmed();
    const auto saved = m_notes.saveTemplate(m_session.session(), renamed);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    showProblem({});
    reload();
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates[i].id == renamed.id)
            m_list->setCurrentRow(i);
    return true;
}

bool NoteTemplatesDialog::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const auto choice = m_prompter.question(
            this, tr("Delete Template"),
            tr("Delete the template \"%1\"?").arg(m_templates[row].name),
            { Prompter::Choice::Yes, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
            Prompter::Choice::Cancel, tr("Notes made with it keep what it filled in."));
    if (choice != Prompter::Choice::Yes)
        return false;
    const core::Status deleted = m_notes.deleteTemplate(m_session.session(), m_templates[row].id);
    if (!deleted) {
        showProblem(deleted.error().message);
        return false;
    }
    showProblem({});
    reload();
    return true;
}

} // namespace stillpoint::ui
