// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/CancelDialog.h"

#include "ui/common/Styles.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

CancelDialog::CancelDialog(const QString &summary, const QDateTime &startUtc,
                           const QDateTime &nowUtc, int lateCancellationHours, QWidget *parent)
    : QDialog(parent), m_start(startUtc), m_now(nowUtc), m_hours(lateCancellationHours),
      m_reason(new QLineEdit(this)), m_byClient(new QRadioButton(tr("The c&lient"), this)),
      m_byPractice(new QRadioButton(tr("The &practice"), this)), m_late(new QLabel(this))
{
    setObjectName(QStringLiteral("cancelAppointmentDialog"));
    setWindowTitle(tr("Cancel Appointment"));

    auto *what = new QLabel(summary, this);
    what->setObjectName(QStringLiteral("cancelSummaryLabel"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setMaxLength(MaximumReasonLength);
    m_reason->setPlaceholderText(tr("For example: car broke down (never clinical details)"));
    m_byClient->setObjectName(QStringLiteral("cancelledByClientButton"));
    m_byPractice->setObjectName(QStringLiteral("cancelledByPracticeButton"));
    m_byClient->setChecked(true);
    m_late->setObjectName(QStringLiteral("lateCancellationLabel"));
    m_late->setTextFormat(Qt::PlainText);
    m_late->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("cancelAppointmentButton"));
    m_okButton->setText(tr("Cancel Appointment"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep It"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CancelDialog::updateState);
    connect(m_byClient, &QRadioButton::toggled, this, &CancelDialog::updateState);

    auto *who = new QHBoxLayout;
    who->addWidget(m_byClient);
    who->addWidget(m_byPractice);
    who->addStretch();
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("cancelForm"));
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(tr("Cancelled by"), who);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("Cancel the appointment"), this));
    layout->addWidget(what);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_late);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    updateState();
    m_reason->setFocus(Qt::OtherFocusReason);
}

CancelDialog::~CancelDialog() = default;

void CancelDialog::askSeriesScope()
{
    if (m_thisOne)
        return;
    auto *form = findChild<QFormLayout *>(QStringLiteral("cancelForm"));
    m_thisOne = new QRadioButton(tr("This appointment &only"), this);
    m_following = new QRadioButton(tr("This and the &following ones"), this);
    m_all = new QRadioButton(tr("&All upcoming ones of the series"), this);
    m_thisOne->setObjectName(QStringLiteral("scopeThisOneButton"));
    m_following->setObjectName(QStringLiteral("scopeFollowingButton"));
    m_all->setObjectName(QStringLiteral("scopeAllButton"));
    m_thisOne->setChecked(true);
    auto *choices = new QVBoxLayout;
    choices->setSpacing(2);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : { m_thisOne, m_following, m_all }) {
        group->addButton(button);
        choices->addWidget(button);
    }
    form->addRow(tr("Which"), choices);
    setTabOrder(m_byPractice, m_thisOne);
    setTabOrder(m_thisOne, m_following);
    setTabOrder(m_following, m_all);
    resize(width(), sizeHint().height());
}

QRadioButton *CancelDialog::scopeButton(core::SeriesScope scope) const
{
    switch (scope) {
    case core::SeriesScope::ThisOne:
        return m_thisOne;
    case core::SeriesScope::ThisAndFollowing:
        return m_following;
    case core::SeriesScope::All:
        return m_all;
    }
    return nullptr;
}

void CancelDialog::setScope(core::SeriesScope scope)
{
    if (QRadioButton *button = scopeButton(scope))
        button->setChecked(true);
}

core::SeriesScope CancelDialog::scope() const
{
    if (m_following && m_following->isChecked())
        return core::SeriesScope::ThisAndFollowing;
    if (m_all && m_all->isChecked())
        return core::SeriesScope::All;
    return core::SeriesScope::ThisOne;
}

bool CancelDialog::isLate() const
{
    return m_byClient->isChecked() && m_now.secsTo(m_start) < qint64(m_hours) * 3600;
}

core::CancelRequest CancelDialog::request() const
{
    return { m_reason->text().trimmed(),
             m_byClient->isChecked() ? core::CancelledBy::Client : core::CancelledBy::Practice };
}

void CancelDialog::updateState()
{
    m_okButton->setEnabled(!m_reason->text().trimmed().isEmpty());
    if (!m_byClient->isChecked()) {
        m_late->setText(tr("Called off by the practice: this never counts against the client."));
        m_late->setStyleSheet(Styles::infoBannerStyle());
    } else if (isLate()) {
        m_late->setText(tr("Less than %n hour(s) of notice: this counts as a late cancellation "
                           "on the client's record.",
                           nullptr, m_hours));
        m_late->setStyleSheet(Styles::problemBannerStyle());
    } else {
        m_late->setText(
                tr("At least %n hour(s) of notice: not a late cancellation.", nullptr, m_hours));
        m_late->setStyleSheet(Styles::successBannerStyle());
    }
}

} // namespace stillpoint::ui
