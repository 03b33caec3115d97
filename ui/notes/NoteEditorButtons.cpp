// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteEditorButtons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace stillpoint::ui {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(QLatin1String(name));
    made->setToolTip(tip);
    return made;
}

} // namespace

NoteEditorButtons::NoteEditorButtons(QMenu *templateMenu, QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)),
      m_templates(button(tr("Templates"), "noteTemplatesButton",
                         tr("Apply a template, or save this note's plan and techniques as one"),
                         this)),
      m_discard(button(tr("Discard Draft"), "discardNoteButton",
                       tr("Set this draft aside (kept, marked discarded)"), this)),
      m_print(button(tr("Print…"), "printNoteButton", tr("Print this note (Ctrl+P)"), this)),
      m_pdf(button(tr("Save PDF…"), "saveNotePdfButton", tr("Save this note as a PDF file"), this)),
      m_addendum(button(tr("Add Addendum…"), "addAddendumButton",
                        tr("Add a correction or late entry under the signed note"), this)),
      m_save(button(tr("Save"), "saveNoteButton",
                    tr("Drafts save by themselves; this saves now (Ctrl+S)"), this)),
      m_sign(button(tr("Sign…"), "signNoteButton", tr("Sign and lock the note (Ctrl+Return)"),
                    this)),
      m_close(button(tr("Close"), "closeNoteButton", {}, this))
{
    m_status->setObjectName(QStringLiteral("noteSaveStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_templates->setMenu(templateMenu);
    connect(m_print, &QPushButton::clicked, this, &NoteEditorButtons::printClicked);
    connect(m_pdf, &QPushButton::clicked, this, &NoteEditorButtons::pdfClicked);
    connect(m_discard, &QPushButton::clicked, this, &NoteEditorButtons::discardClicked);
    connect(m_addendum, &QPushButton::clicked, this, &NoteEditorButtons::addendumClicked);
    connect(m_save, &QPushButton::clicked, this, &NoteEditorButtons::saveClicked);
    connect(m_sign, &QPushButton::clicked, this, &NoteEditorButtons::signClicked);
    connect(m_close, &QPushButton::clicked, this, &NoteEditorButtons::closeClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_templates);
    layout->addWidget(m_discard);
    layout->addSpacing(12);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    layout->addSpacing(12);
    layout->addWidget(m_addendum);
    layout->addWidget(m_save);
    layout->addWidget(m_sign);
    layout->addWidget(m_close);
    setState(false, false, false);
}

void NoteEditorButtons::setState(bool loaded, bool draft, bool isSigned)
{
    for (QPushButton *button : { m_templates, m_discard, m_save, m_sign })
        button->setVisible(loaded && draft);
    m_addendum->setVisible(loaded && isSigned);
    m_print->setEnabled(loaded);
    m_pdf->setEnabled(loaded);
}

void NoteEditorButtons::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace stillpoint::ui
