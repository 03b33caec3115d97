// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteTemplateActions.h"

#include "ui/common/Prompter.h"
#include "ui/notes/NoteEditor.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace stillpoint::ui {

NoteTemplateActions::NoteTemplateActions(const Services &services, NoteEditor *editor)
    : QObject(editor), m_services(services), m_editor(editor), m_menu(new QMenu(editor)),
      m_applyAction(m_menu->addAction(tr("&Apply Template…"))),
      m_saveAction(m_menu->addAction(tr("&Save as Template…")))
{
    m_menu->setObjectName(QStringLiteral("noteTemplatesMenu"));
    m_applyAction->setObjectName(QStringLiteral("applyNoteTemplateAction"));
    m_applyAction->setToolTip(tr("Fill the empty parts of this note from a template"));
    m_saveAction->setObjectName(QStringLiteral("saveNoteTemplateAction"));
    m_saveAction->setToolTip(tr("Keep this note's techniques and plan as a template"));
    connect(m_applyAction, &QAction::triggered, this, [this] { chooseTemplate(); });
    connect(m_saveAction, &QAction::triggered, this, [this] { askName(); });
}

core::NoteContent NoteTemplateActions::reusablePart(const core::NoteContent &content)
{
    core::NoteContent reusable;
    reusable.objective.techniques = content.objective.techniques;
    reusable.objective.position = content.objective.position;
    reusable.plan.frequency = content.plan.frequency;
    reusable.plan.focus = content.plan.focus;
    reusable.plan.homeCare = content.plan.homeCare;
    return reusable;
}

QInputDialog *NoteTemplateActions::chooseTemplate()
{
    const auto templates = m_services.notes.templates(m_services.session);
    if (!templates) {
        m_services.prompter.warning(m_editor, tr("No templates"), templates.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return nullptr;
    }
    if (templates->isEmpty()) {
        m_services.prompter.information(m_editor, tr("No templates"),
                                        tr("The practice has no note templates yet. Fill in a "
                                           "note and choose Templates > Save as Template…"));
        return nullptr;
    }
    QStringList names;
    for (const core::NoteTemplate &each : templates.value())
        names << each.name;
    auto *dialog = new QInputDialog(m_editor);
    dialog->setObjectName(QStringLiteral("applyTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Apply Template"));
    dialog->setLabelText(tr("Fill the empty parts of this note from:"));
    dialog->setComboBoxItems(names);
    dialog->setOkButtonText(tr("Apply"));
    const QList<core::NoteTemplate> list = templates.value();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, list](const QString &name) {
        for (const core::NoteTemplate &each : list)
            if (each.name == name)
                apply(each);
    });
    dialog->open();
    return dialog;
}

bool NoteTemplateActions::apply(const core::NoteTemplate &noteTemplate)
{
    if (m_editor->isReadOnly() || !m_editor->isLoaded())
        return false;
    m_editor->applyContent(
            core::NoteContents::withTemplate(m_editor->note().content, noteTemplate.content),
            tr("Apply template %1").arg(noteTemplate.name));
    return true;
}

QInputDialog *NoteTemplateActions::askName()
{
    auto *dialog = new QInputDialog(m_editor);
    dialog->setObjectName(QStringLiteral("saveTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as Template"));
    dialog->setLabelText(tr("A template keeps this note's techniques, client position and plan "
                            "(frequency, focus, home care); nothing about the client.\n\nName:"));
    dialog->setTextValue(tr("Migraine follow-up 60 min"));
    dialog->setOkButtonText(tr("Save Template"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { saveAs(name); });
    dialog->open();
    return dialog;
}

bool NoteTemplateActions::saveAs(const QString &name)
{
    core::NoteTemplate noteTemplate;
    noteTemplate.name = name.trimmed();
    noteTemplate.content = reusablePart(m_editor->note().content);
    if (const auto existing = m_services.notes.templates(m_services.session)) {
        for (const core::NoteTemplate &each : existing.value()) {
            if (each.name.compare(noteTemplate.name, Qt::CaseInsensitive) != 0)
                continue;
            const auto choice = m_services.prompter.question(
                    m_editor, tr("Replace Template"),
                    tr("Replace the template \"%1\"?").arg(each.name),
                    { Prompter::Choice::Yes, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
                    Prompter::Choice::Cancel);
            if (choice != Prompter::Choice::Yes)
                return false;
            noteTemplate.id = each.id;
            noteTemplate.name = each.name;
            noteTemplate.rowVersion = each.rowVersion;
        }
    }
    const auto saved = m_services.notes.saveTemplate(m_services.session, noteTemplate);
    if (!saved) {
        m_services.prompter.warning(m_editor, tr("Template not saved"), saved.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    return true;
}

} // namespace stillpoint::ui
