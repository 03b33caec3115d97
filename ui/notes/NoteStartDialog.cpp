// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteStartDialog.h"

#include "ui/common/Styles.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QDateEdit *makeDateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

NoteStartDialog::NoteStartDialog(const QDate &today, const QDate &lastSigned, QWidget *parent)
    : QDialog(parent), m_date(makeDateEdit(today, "noteSessionDateEdit", this)),
      m_carryForward(new QCheckBox(this))
{
    setObjectName(QStringLiteral("noteStartDialog"));
    setWindowTitle(tr("New Session Note"));
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Session date"));
    m_carryForward->setObjectName(QStringLiteral("carryForwardCheckBox"));
    m_carryForward->setText(
            lastSigned.isValid()
                    ? tr("Carry forward plan and marks from the last note (%1)")
                              .arg(QLocale().toString(lastSigned, QStringLiteral("d MMM yyyy")))
                    : tr("Carry forward plan and marks from the last note (none signed yet)"));
    m_carryForward->setEnabled(lastSigned.isValid());
    m_carryForward->setToolTip(tr("Copies the plan and the body-chart marks to start from; "
                                  "nothing else, and never the signature"));

    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("Session &date"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    form->addRow(m_carryForward);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Note"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startNoteButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("New session note"), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate NoteStartDialog::sessionDate() const
{
    return m_date->date();
}

bool NoteStartDialog::carryForward() const
{
    return m_carryForward->isEnabled() && m_carryForward->isChecked();
}

} // namespace stillpoint::ui
