// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/RedFlagProceedDialog.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

RedFlagProceedDialog::RedFlagProceedDialog(core::IntakeService &intakes,
                                           const CurrentSession &session,
                                           const core::RedFlagAlert &alert, const QDate &intakeDate,
                                           QWidget *parent)
    : QDialog(parent), m_intakes(intakes), m_session(session), m_alert(alert),
      m_reason(new QPlainTextEdit(this)), m_counter(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("redFlagProceedDialog"));
    setWindowTitle(tr("Reason to Proceed"));

    auto *title = Styles::titleLabel(tr("Record a reason to proceed"), this);
    const QDate reported =
            intakeDate.isValid() ? intakeDate : alert.raisedAtUtc.toLocalTime().date();
    auto *intro = Styles::subtitleLabel(
            tr("Red flags reported at intake on %1. Treatment may go ahead only once the client "
               "has been assessed; record who cleared it and when.")
                    .arg(QLocale().toString(reported, QStringLiteral("d MMMM yyyy"))),
            this);

    QStringList lines;
    for (const QString &key : alert.flags) {
        const core::RedFlagItem *item = core::IntakeCatalog::redFlag(key);
        lines << (item ? QStringLiteral("•  %1: %2").arg(item->label, item->hint)
                       : QStringLiteral("•  %1").arg(key));
    }
    auto *flags = new QLabel(lines.join(u'\n'), this);
    flags->setObjectName(QStringLiteral("redFlagListLabel"));
    flags->setTextFormat(Qt::PlainText);
    flags->setWordWrap(true);
    flags->setStyleSheet(Styles::problemBannerStyle());

    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
            tr("For example: Cleared by Dr Patel (GP) by phone on 4 March; no contraindication "
               "to massage."));
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_counter->setObjectName(QStringLiteral("reasonCounterLabel"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_counter->setAlignment(Qt::AlignRight);
    Styles::makeProblemBanner(m_problem, QStringLiteral("proceedProblemLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("recordReasonButton"));
    m_okButton->setText(tr("Record Reason"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RedFlagProceedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RedFlagProceedDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(flags);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateOk();
    m_reason->setFocus(Qt::OtherFocusReason);
}

RedFlagProceedDialog::~RedFlagProceedDialog() = default;

void RedFlagProceedDialog::updateOk()
{
    const qsizetype length = m_reason->toPlainText().trimmed().size();
    m_okButton->setEnabled(length >= MinimumReasonLength && length <= MaximumReasonLength);
    if (length > MaximumReasonLength)
        m_counter->setText(tr("%1 of at most %2 characters: please shorten it")
                                   .arg(length)
                                   .arg(MaximumReasonLength));
    else if (length < MinimumReasonLength)
        m_counter->setText(tr("At least %1 characters").arg(MinimumReasonLength));
    else
        m_counter->setText(tr("%1 of at most %2 characters").arg(length).arg(MaximumReasonLength));
}

void RedFlagProceedDialog::accept()
{
    if (!m_okButton->isEnabled())
        return;
    const auto recorded = m_intakes.recordReasonToProceed(m_session.session(), m_alert.id,
                                                          m_reason->toPlainText().trimmed());
    if (!recorded) {
        m_problem->setText(recorded.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    m_alert = recorded.value();
    QDialog::accept();
}

} // namespace stillpoint::ui
