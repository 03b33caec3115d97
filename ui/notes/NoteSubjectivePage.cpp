// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteSubjectivePage.h"

#include "ui/intake/IntakeNumberEdit.h"
#include "ui/notes/NoteContraindicationList.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QLabel *unitLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

NoteSubjectivePage::NoteSubjectivePage(FieldUndoRecorder *recorder, QWidget *parent)
    : NotePage(tr("S — Subjective"), QStringLiteral("subjectivePage"), recorder, parent)
{
    // "Nothing written yet" (when signing) is said at the top of the note.
    auto *nothingWritten = new QWidget(content());
    nothingWritten->setFixedHeight(0);
    contentLayout()->addWidget(m_errors.wrap(content(), nothingWritten, QStringLiteral("soap")));
    auto *box = new QGroupBox(content());
    box->setObjectName(QStringLiteral("subjectiveGroup"));
    QFormLayout *form = makeForm(box);
    m_clientReport = makeTextEdit(box, tr("Client report"), QStringLiteral("clientReportEdit"), 4);
    m_clientReport->setPlaceholderText(tr("How the client is today, in their words"));
    addRow(form, tr("Client &report"), m_clientReport, QStringLiteral("subjective.clientReport"));
    m_errors.setFocusTarget(QStringLiteral("soap"), m_clientReport);

    m_headaches = makeTextEdit(box, tr("Headaches since the last visit"),
                               QStringLiteral("headachesSinceLastVisitEdit"), 3);
    m_headaches->setPlaceholderText(tr("How many, how bad, how long; from the diary if kept"));
    addRow(form, tr("&Headaches since last visit"), m_headaches,
           QStringLiteral("subjective.headachesSinceLastVisit"));
    m_headacheDays = new IntakeNumberEdit(3, 0, box);
    m_headacheDays->setObjectName(QStringLiteral("headacheDaysEdit"));
    m_headacheDays->setAccessibleName(tr("Headache days since the last visit"));
    m_headacheDays->setToolTip(tr("Leave empty when not known; 0 means none"));
    addRow(form, tr("Headache &days"), m_headacheDays,
           QStringLiteral("subjective.headacheDaysSinceLastVisit"),
           unitLabel(tr("days since the last visit"), box));

    m_painBefore =
            makePainEdit(box, tr("Pain before the session"), QStringLiteral("painBeforeEdit"));
    addRow(form, tr("&Pain before"), m_painBefore, QStringLiteral("subjective.painBefore"),
           unitLabel(tr("0 none to 10 worst; empty: not asked"), box));

    m_medicationChanges =
            makeTextEdit(box, tr("Medication changes"), QStringLiteral("medicationChangesEdit"), 2);
    m_medicationChanges->setPlaceholderText(tr("Started, stopped or changed since last time"));
    addRow(form, tr("&Medication changes"), m_medicationChanges,
           QStringLiteral("subjective.medicationChanges"));
    contentLayout()->addWidget(box);

    auto *checksBox = new QGroupBox(tr("Contraindications re-checked today"), content());
    checksBox->setObjectName(QStringLiteral("contraindicationChecksGroup"));
    auto *checksLayout = new QVBoxLayout(checksBox);
    m_checks = new NoteContraindicationList(checksBox);
    m_checks->setObjectName(QStringLiteral("contraindicationCheckList"));
    m_checks->setAccessibleName(tr("Contraindications re-checked today"));
    checksLayout->addWidget(m_errors.wrap(checksBox, m_checks,
                                          QStringLiteral("subjective.contraindicationChecks")));
    contentLayout()->addWidget(checksBox);
    contentLayout()->addStretch();

    trackValue(
            m_checks, tr("contraindication re-check"), [this] { return m_checks->value(); },
            [this](const QVariant &value) { m_checks->setValue(value); });
    connect(m_checks, &NoteContraindicationList::edited, this,
            [this](int mergeKey) { valueEdited(m_checks, mergeKey); });
}

void NoteSubjectivePage::fill(const core::NoteContent &content)
{
    const core::Subjective &s = content.subjective;
    m_clientReport->setPlainText(s.clientReport);
    m_headaches->setPlainText(s.headachesSinceLastVisit);
    m_headacheDays->setIntValue(s.headacheDaysSinceLastVisit);
    m_painBefore->setIntValue(s.painBefore);
    m_medicationChanges->setPlainText(s.medicationChanges);
    m_checks->setChecks(s.contraindicationChecks);
}

void NoteSubjectivePage::read(core::NoteContent &content) const
{
    core::Subjective &s = content.subjective;
    s.clientReport = m_clientReport->toPlainText().trimmed();
    s.headachesSinceLastVisit = m_headaches->toPlainText().trimmed();
    s.headacheDaysSinceLastVisit = m_headacheDays->intValue();
    s.painBefore = m_painBefore->intValue();
    s.medicationChanges = m_medicationChanges->toPlainText().trimmed();
    s.contraindicationChecks = m_checks->checks();
}

void NoteSubjectivePage::applyReadOnly(bool readOnly)
{
    NotePage::applyReadOnly(readOnly);
    m_checks->setReadOnly(readOnly);
}

} // namespace stillpoint::ui
