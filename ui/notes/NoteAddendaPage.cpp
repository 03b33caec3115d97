// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteAddendaPage.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteAddendaPage::NoteAddendaPage(FieldUndoRecorder *recorder, QWidget *parent)
    : NotePage(tr("Addenda"), QStringLiteral("addendaPage"), recorder, parent),
      m_addButton(new QPushButton(tr("Add Addendum…"), content())), m_list(new QVBoxLayout)
{
    addIntro(tr("Corrections and late entries, kept under the signed note, which stays as it "
                "was signed."));
    m_addButton->setObjectName(QStringLiteral("addendaPageAddButton"));
    m_list->setSpacing(8);
    contentLayout()->addWidget(m_addButton, 0, Qt::AlignLeft);
    contentLayout()->addLayout(m_list);
    contentLayout()->addStretch();
    connect(m_addButton, &QPushButton::clicked, this, &NoteAddendaPage::addRequested);
}

QWidget *NoteAddendaPage::firstField() const
{
    return m_addButton;
}

void NoteAddendaPage::setAddenda(const QList<core::NoteAddendum> &addenda)
{
    for (QWidget *item : std::as_const(m_items)) {
        m_list->removeWidget(item);
        item->hide();
        item->deleteLater();
    }
    m_items.clear();
    if (addenda.isEmpty()) {
        auto *none = new QLabel(tr("No addenda."), content());
        none->setObjectName(QStringLiteral("noAddendaLabel"));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_list->addWidget(none);
        m_items.append(none);
        return;
    }
    for (qsizetype i = 0; i < addenda.size(); ++i) {
        const core::NoteAddendum &addendum = addenda[i];
        auto *frame = new QFrame(content());
        frame->setObjectName(QStringLiteral("addendum%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        layout->setSpacing(4);
        auto *heading =
                new QLabel(tr("Addendum %1 — %2, %3")
                                   .arg(i + 1)
                                   .arg(addendum.author,
                                        QLocale().toString(addendum.createdAtUtc.toLocalTime(),
                                                           QStringLiteral("d MMM yyyy HH:mm"))),
                           frame);
        heading->setObjectName(QStringLiteral("addendumHeadingLabel"));
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *reason = new QLabel(tr("Reason: %1").arg(addendum.reason), frame);
        reason->setObjectName(QStringLiteral("addendumReasonLabel"));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *text = new QLabel(addendum.text, frame);
        text->setObjectName(QStringLiteral("addendumTextLabel"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(heading);
        layout->addWidget(reason);
        layout->addWidget(text);
        m_list->addWidget(frame);
        m_items.append(frame);
    }
}

} // namespace stillpoint::ui
