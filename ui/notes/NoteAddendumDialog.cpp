// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteAddendumDialog.h"

#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteAddendumDialog::NoteAddendumDialog(core::NoteService &notes, const CurrentSession &session,
                                       qint64 noteId, const QString &noteLabel, QWidget *parent)
    : QDialog(parent), m_notes(notes), m_session(session), m_noteId(noteId),
      m_reason(new QLineEdit(this)), m_text(new QPlainTextEdit(this)), m_counter(new QLabel(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("noteAddendumDialog"));
    setWindowTitle(tr("Add Addendum"));
    auto *title = Styles::titleLabel(tr("Add an addendum"), this);
    auto *intro = Styles::subtitleLabel(
            tr("A signed note stays as it was signed. An addendum to %1 is kept under it with "
               "your name and the time.")
                    .arg(noteLabel),
            this);

    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("addendumReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the addendum"));
    m_reason->setPlaceholderText(tr("For example: Late entry; Correction of pain score"));
    m_reason->setMaxLength(MaximumReasonLength + 100);
    m_counter->setObjectName(QStringLiteral("addendumReasonCounterLabel"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_counter->setAlignment(Qt::AlignRight);
    auto *textLabel = new QLabel(tr("&Addendum"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("addendumTextEdit"));
    m_text->setAccessibleName(tr("Addendum text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What to add or correct"));
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 6 + 12);
    Styles::makeProblemBanner(m_problem, QStringLiteral("addendumProblemLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_addButton = buttons->button(QDialogButtonBox::Ok);
    m_addButton->setObjectName(QStringLiteral("addAddendumOkButton"));
    m_addButton->setText(tr("Add Addendum"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteAddendumDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &NoteAddendumDialog::updateAdd);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteAddendumDialog::updateAdd);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_counter);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateAdd();
    m_reason->setFocus(Qt::OtherFocusReason);
}

NoteAddendumDialog::~NoteAddendumDialog() = default;

void NoteAddendumDialog::updateAdd()
{
    const qsizetype reason = m_reason->text().trimmed().size();
    const qsizetype text = m_text->toPlainText().trimmed().size();
    m_addButton->setEnabled(reason >= MinimumReasonLength && reason <= MaximumReasonLength
                            && text > 0 && text <= MaximumTextLength);
    if (reason > MaximumReasonLength)
        m_counter->setText(tr("%1 of at most %2 characters: please shorten it")
                                   .arg(reason)
                                   .arg(MaximumReasonLength));
    else if (reason < MinimumReasonLength)
        m_counter->setText(tr("At least %1 characters").arg(MinimumReasonLength));
    else
        m_counter->setText(tr("%1 of at most %2 characters").arg(reason).arg(MaximumReasonLength));
}

void NoteAddendumDialog::accept()
{
    if (!m_addButton->isEnabled())
        return;
    const auto added =
            m_notes.addAddendum(m_session.session(), m_noteId, m_reason->text().trimmed(),
                                m_text->toPlainText().trimmed());
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    m_addendum = added.value();
    QDialog::accept();
}

} // namespace stillpoint::ui
