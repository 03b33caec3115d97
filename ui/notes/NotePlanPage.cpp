// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotePlanPage.h"

#include "ui/common/FieldUndoRecorder.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stillpoint::ui {

NotePlanPage::NotePlanPage(FieldUndoRecorder *recorder, QWidget *parent)
    : NotePage(tr("P — Plan"), QStringLiteral("planPage"), recorder, parent)
{
    auto *box = new QGroupBox(content());
    box->setObjectName(QStringLiteral("planGroup"));
    QFormLayout *form = makeForm(box);

    m_hasNextVisit = new QCheckBox(tr("Planned for"), box);
    m_hasNextVisit->setObjectName(QStringLiteral("nextVisitCheckBox"));
    m_hasNextVisit->setAccessibleName(tr("Next visit planned"));
    m_nextVisit = new QDateEdit(box);
    m_nextVisit->setObjectName(QStringLiteral("nextVisitDateEdit"));
    m_nextVisit->setAccessibleName(tr("Next visit date"));
    m_nextVisit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextVisit->setCalendarPopup(true);
    m_nextVisit->setMaximumWidth(
            m_nextVisit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 60);
    auto *nextRow = new QWidget(box);
    auto *nextLayout = new QHBoxLayout(nextRow);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    nextLayout->addWidget(m_hasNextVisit);
    nextLayout->addWidget(m_nextVisit);
    nextLayout->addStretch();
    addRow(form, tr("&Next visit"), nextRow, QStringLiteral("plan.nextVisit"));
    m_errors.setFocusTarget(QStringLiteral("plan.nextVisit"), m_hasNextVisit);
    trackValue(
            m_hasNextVisit, tr("next visit"),
            [this] {
                return m_hasNextVisit->isChecked() ? QVariant(m_nextVisit->date()) : QVariant();
            },
            [this](const QVariant &value) {
                m_hasNextVisit->setChecked(value.isValid());
                if (value.isValid())
                    m_nextVisit->setDate(value.toDate());
                updateEnabled();
            });
    connect(m_hasNextVisit, &QCheckBox::clicked, this, [this] {
        updateEnabled();
        valueEdited(m_hasNextVisit, -1);
    });
    connect(m_nextVisit, &QDateEdit::dateChanged, this, [this] {
        if (m_hasNextVisit->isChecked())
            valueEdited(m_hasNextVisit, 1);
    });
    recorder->routeUndoKeys(m_nextVisit);

    m_frequency = new QLineEdit(box);
    m_frequency->setObjectName(QStringLiteral("frequencyEdit"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setPlaceholderText(tr("For example: weekly for 4 weeks, then review"));
    addRow(form, tr("&Frequency"), m_frequency, QStringLiteral("plan.frequency"));
    m_focus = makeTextEdit(box, tr("Focus"), QStringLiteral("focusEdit"), 2);
    m_focus->setPlaceholderText(tr("Areas and aims for the next sessions"));
    addRow(form, tr("F&ocus"), m_focus, QStringLiteral("plan.focus"));
    m_homeCare = makeTextEdit(box, tr("Home care"), QStringLiteral("homeCareEdit"), 3);
    m_homeCare->setPlaceholderText(tr("Stretches, posture, hydration, heat or ice"));
    addRow(form, tr("&Home care"), m_homeCare, QStringLiteral("plan.homeCare"));
    m_referrals = makeTextEdit(box, tr("Referrals"), QStringLiteral("referralsEdit"), 2);
    m_referrals->setPlaceholderText(tr("To whom and why, if anyone"));
    addRow(form, tr("&Referrals"), m_referrals, QStringLiteral("plan.referrals"));
    contentLayout()->addWidget(box);
    contentLayout()->addStretch();
    updateEnabled();
}

void NotePlanPage::setSessionDate(const QDate &date)
{
    m_sessionDate = date;
}

void NotePlanPage::fill(const core::NoteContent &content)
{
    const core::Plan &p = content.plan;
    m_hasNextVisit->setChecked(p.nextVisit.has_value());
    m_nextVisit->setDate(p.nextVisit ? *p.nextVisit
                                     : (m_sessionDate.isValid() ? m_sessionDate.addDays(7)
                                                                : QDate::currentDate()));
    m_frequency->setText(p.frequency);
    m_focus->setPlainText(p.focus);
    m_homeCare->setPlainText(p.homeCare);
    m_referrals->setPlainText(p.referrals);
    updateEnabled();
}

void NotePlanPage::read(core::NoteContent &content) const
{
    core::Plan &p = content.plan;
    p.nextVisit =
            m_hasNextVisit->isChecked() ? std::optional<QDate>(m_nextVisit->date()) : std::nullopt;
    p.frequency = m_frequency->text().trimmed();
    p.focus = m_focus->toPlainText().trimmed();
    p.homeCare = m_homeCare->toPlainText().trimmed();
    p.referrals = m_referrals->toPlainText().trimmed();
}

void NotePlanPage::applyReadOnly(bool readOnly)
{
    NotePage::applyReadOnly(readOnly);
    updateEnabled();
}

void NotePlanPage::updateEnabled()
{
    // Shown (greyed) only when there is a date to show.
    m_nextVisit->setEnabled(m_hasNextVisit->isChecked());
    m_nextVisit->setReadOnly(isReadOnly());
}

} // namespace stillpoint::ui
