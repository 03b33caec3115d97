// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteRangeDialog.h"

#include "ui/common/Styles.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteRangeDialog::NoteRangeDialog(const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent), m_from(new QDateEdit(from, this)), m_to(new QDateEdit(to, this))
{
    setObjectName(QStringLiteral("noteRangeDialog"));
    m_from->setObjectName(QStringLiteral("printFromDateEdit"));
    m_to->setObjectName(QStringLiteral("printToDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    setWindowTitle(tr("Print Notes in Date Range"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto *form = new QFormLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    form->addRow(fromLabel, m_from);
    form->addRow(toLabel, m_to);
    auto *hint = Styles::subtitleLabel(
            tr("Signed notes with a session date in this period, oldest first, each with its "
               "addenda."),
            this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this, ok] { ok->setEnabled(m_from->date() <= m_to->date()); };
    connect(m_from, &QDateEdit::dateChanged, this, check);
    connect(m_to, &QDateEdit::dateChanged, this, check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate NoteRangeDialog::from() const
{
    return m_from->date();
}

QDate NoteRangeDialog::to() const
{
    return m_to->date();
}

} // namespace stillpoint::ui
