// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeConsentPage.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/common/SignaturePad.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

const QString DateKey = QStringLiteral("consent.date");

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

IntakeConsentPage::IntakeConsentPage(FieldUndoRecorder *recorder, const core::Clock &clock,
                                     QWidget *parent)
    : IntakePage(tr("Consent"), QStringLiteral("consentPage"), recorder, parent), m_clock(clock)
{
    auto *box = new QGroupBox(tr("Consent to treatment"), content());
    box->setObjectName(QStringLiteral("consentGroup"));
    auto *layout = new QVBoxLayout(box);
    auto *statement = new QLabel(
            tr("I have answered these questions truthfully and as fully as I can. I understand "
               "that massage therapy does not replace medical care and that my therapist does not "
               "diagnose. I will tell my therapist about any change in my health or medication. "
               "I agree to treatment and may stop or change it at any time."),
            box);
    statement->setObjectName(QStringLiteral("consentStatementLabel"));
    statement->setTextFormat(Qt::PlainText);
    statement->setWordWrap(true);
    layout->addWidget(statement);

    m_agreed = new QCheckBox(tr("The client has read this and agrees"), box);
    m_agreed->setObjectName(QStringLiteral("consentAgreedCheckBox"));
    layout->addWidget(m_errors.wrap(box, m_agreed, QStringLiteral("consent.agreed")));
    recorder->track(m_agreed, tr("consent"));

    auto *fields = new QWidget(box);
    QFormLayout *form = makeForm(fields);
    form->setContentsMargins(0, 6, 0, 0);
    m_typedName =
            makeLineEdit(fields, tr("Client's name, typed"), QStringLiteral("consentNameEdit"));
    m_typedName->setPlaceholderText(tr("Full name, as the client types it"));
    addRow(form, tr("Name"), m_typedName, QStringLiteral("consent.typedName"));

    m_date = makeLineEdit(fields, tr("Date of consent"), QStringLiteral("consentDateEdit"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setMaxLength(10);
    m_date->setFixedWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00__"))
                          + 24);
    m_todayButton = new QPushButton(tr("Today"), fields);
    m_todayButton->setObjectName(QStringLiteral("consentTodayButton"));
    m_todayButton->setToolTip(tr("Date the consent today"));
    addRow(form, tr("Date"), m_date, DateKey, m_todayButton);
    // A date is checked once the user leaves the field, so a half-typed one is not flagged.
    connect(m_date, &QLineEdit::textEdited, this, [this] { m_dateBeingTyped = true; });
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        m_dateBeingTyped = false;
        Q_EMIT problemsChanged();
    });
    connect(m_todayButton, &QPushButton::clicked, this, [this, recorder] {
        m_date->setText(m_clock.today().toString(Qt::ISODate));
        m_dateBeingTyped = false;
        recorder->valueEdited(m_date, -1);
        changed();
    });

    m_signature = new SignaturePad(fields);
    m_signature->setObjectName(QStringLiteral("signaturePad"));
    m_clearButton = new QPushButton(tr("Clear"), fields);
    m_clearButton->setObjectName(QStringLiteral("clearSignatureButton"));
    m_clearButton->setToolTip(tr("Wipe the signature to sign again"));
    m_clearButton->setAccessibleName(tr("Clear signature"));
    auto *signatureField = new QWidget(fields);
    auto *signatureRow = new QHBoxLayout(signatureField);
    signatureRow->setContentsMargins(0, 0, 0, 0);
    signatureRow->addWidget(m_signature, 1);
    signatureRow->addWidget(m_clearButton, 0, Qt::AlignBottom);
    signatureRow->addStretch();
    auto *signatureLabel = new QLabel(tr("Signature"), fields);
    signatureLabel->setBuddy(m_clearButton);
    form->addRow(signatureLabel,
                 m_errors.wrap(fields, signatureField, QStringLiteral("consent.signature")));
    m_errors.setFocusTarget(QStringLiteral("consent.signature"), m_clearButton);
    recorder->trackValue(
            m_signature, tr("signature"), [this] { return QVariant(m_signature->png()); },
            [this](const QVariant &value) { m_signature->setPng(value.toByteArray()); });
    connect(m_signature, &SignaturePad::changed, this, [this, recorder] {
        recorder->valueEdited(m_signature, -1);
        changed();
    });
    connect(m_clearButton, &QPushButton::clicked, m_signature, &SignaturePad::clear);
    layout->addWidget(fields);

    connect(m_agreed, &QCheckBox::clicked, this, [this, recorder](bool checked) {
        // Agreeing dates the consent, unless a date is already there.
        if (checked && m_date->text().trimmed().isEmpty()) {
            m_date->setText(m_clock.today().toString(Qt::ISODate));
            recorder->valueEdited(m_date, -1);
        }
        changed();
    });
    contentLayout()->addWidget(box);
    contentLayout()->addStretch();
}

void IntakeConsentPage::fill(const core::Intake &intake)
{
    m_agreed->setChecked(intake.consent.agreed);
    m_typedName->setText(intake.consent.typedName);
    m_date->setText(intake.consent.date.isValid() ? intake.consent.date.toString(Qt::ISODate)
                                                  : QString());
    m_signature->setPng(intake.consent.signaturePng);
    m_dateBeingTyped = false;
}

void IntakeConsentPage::read(core::Intake &intake) const
{
    intake.consent.agreed = m_agreed->isChecked();
    intake.consent.typedName = m_typedName->text().trimmed();
    intake.consent.date = parseDate(m_date->text());
    intake.consent.signaturePng = m_signature->png();
}

QList<core::Error> IntakeConsentPage::localProblems() const
{
    const QString text = m_date->text().trimmed();
    if (m_dateBeingTyped || text.isEmpty() || parseDate(text).isValid())
        return {};
    return { core::makeError(core::ErrorCode::InvalidInput,
                             tr("\"%1\" is not a date: write it as YYYY-MM-DD, for example %2.")
                                     .arg(text, m_clock.today().toString(Qt::ISODate)),
                             DateKey) };
}

} // namespace stillpoint::ui
