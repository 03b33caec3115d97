// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/RedFlagBanner.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/Styles.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QPushButton *buttonForAction(QAction *action, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    const auto sync = [button, action] {
        button->setText(QString(action->text()).remove(u'&'));
        button->setEnabled(action->isEnabled());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        button->setToolTip(shortcut.isEmpty()
                                   ? action->toolTip()
                                   : QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
    };
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, sync);
    sync();
    return button;
}

RedFlagBanner::RedFlagBanner(QAction *proceedAction, QAction *referralAction, QWidget *parent)
    : QWidget(parent), m_blocking(new QFrame(this)), m_alertLabel(new QLabel(m_blocking)),
      m_clearedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("redFlagBanner"));
    m_blocking->setObjectName(QStringLiteral("redFlagBlockingFrame"));
    m_blocking->setStyleSheet(QStringLiteral(
            "QFrame#redFlagBlockingFrame { background: #fbe3e6; border: 1px solid #d9828f;"
            " border-left: 6px solid #b3142d; border-radius: 4px; }"
            " QFrame#redFlagBlockingFrame > QLabel { color: #6d0a19; background: transparent;"
            " border: none; }"));
    m_alertLabel->setObjectName(QStringLiteral("redFlagAlertLabel"));
    m_alertLabel->setTextFormat(Qt::PlainText);
    m_alertLabel->setWordWrap(true);
    QFont bold = m_alertLabel->font();
    bold.setBold(true);
    m_alertLabel->setFont(bold);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonForAction(proceedAction, "recordReasonButton", m_blocking));
    buttons->addWidget(buttonForAction(referralAction, "bannerReferralButton", m_blocking));
    buttons->addStretch();
    auto *blockingLayout = new QVBoxLayout(m_blocking);
    blockingLayout->setContentsMargins(14, 8, 10, 8);
    blockingLayout->addWidget(m_alertLabel);
    blockingLayout->addLayout(buttons);

    m_clearedLabel->setObjectName(QStringLiteral("redFlagClearedLabel"));
    m_clearedLabel->setTextFormat(Qt::PlainText);
    m_clearedLabel->setWordWrap(true);
    m_clearedLabel->setStyleSheet(Styles::infoBannerStyle());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blocking);
    layout->addWidget(m_clearedLabel);
    clear();
}

QString RedFlagBanner::flagLabels(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys) {
        const core::RedFlagItem *item = core::IntakeCatalog::redFlag(key);
        labels << (item ? item->label : key);
    }
    return labels.join(QStringLiteral(", "));
}

void RedFlagBanner::showBlocking(const core::RedFlagAlert &alert, const QDate &intakeDate)
{
    m_alertLabel->setText(tr("Red flags reported at intake on %1: %2. Refer before treating.")
                                  .arg(longDate(intakeDate), flagLabels(alert.flags)));
    m_blocking->show();
    m_clearedLabel->hide();
    show();
}

void RedFlagBanner::showCleared(const core::RedFlagAlert &alert, const QDate &intakeDate)
{
    m_clearedLabel->setText(
            tr("Red flags reported at intake on %1 (%2) were cleared by %3 on %4: %5")
                    .arg(longDate(intakeDate), flagLabels(alert.flags), alert.clearedBy,
                         longDate(alert.clearedAtUtc.toLocalTime().date()), alert.clearReason));
    m_blocking->hide();
    m_clearedLabel->show();
    show();
}

void RedFlagBanner::clear()
{
    m_blocking->hide();
    m_clearedLabel->hide();
    hide();
}

} // namespace stillpoint::ui
