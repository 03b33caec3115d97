// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/LockScreen.h"

#include "core/security/Authenticator.h"
#include "ui/common/Styles.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto PasswordKey = QStringLiteral("lockPassword");
} // namespace

LockScreen::LockScreen(core::Authenticator &authenticator, QWidget *parent)
    : QWidget(parent), m_authenticator(authenticator), m_practiceName(nullptr), m_message(nullptr),
      m_passwordRow(nullptr), m_password(nullptr), m_unlockButton(nullptr), m_signInButton(nullptr)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFixedWidth(480);
    card->setStyleSheet(QStringLiteral("QFrame#lockCard { background: palette(base);"
                                       " border: 1px solid palette(mid); border-radius: 10px; }"));

    m_practiceName = Styles::titleLabel(QString(), card);
    m_practiceName->setObjectName(QStringLiteral("lockPracticeNameLabel"));
    m_practiceName->setAlignment(Qt::AlignHCenter);
    m_message = Styles::subtitleLabel(QString(), card);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_message->setAlignment(Qt::AlignHCenter);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMaxLength(1024);
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { m_errors.setError(PasswordKey, {}); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(); });
    m_unlockButton = new QPushButton(tr("Unlock"), card);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, [this] { tryUnlock(); });
    m_passwordRow = new QWidget(card);
    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_errors.wrap(m_passwordRow, m_password, PasswordKey), 1);
    passwordLayout->addWidget(m_unlockButton, 0, Qt::AlignTop);

    m_signInButton = new QPushButton(card);
    m_signInButton->setObjectName(QStringLiteral("lockSignInButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &LockScreen::signInRequested);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 24);
    cardLayout->addWidget(Styles::logoLabel(64, card), 0, Qt::AlignHCenter);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_practiceName);
    cardLayout->addWidget(m_message);
    cardLayout->addSpacing(16);
    cardLayout->addWidget(m_passwordRow);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_signInButton, 0, Qt::AlignHCenter);

    // Stretches rather than alignment flags, so the card's wrapped labels get their full height.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    showSignedOut();
}

LockScreen::~LockScreen() = default;

void LockScreen::setPracticeName(const QString &name)
{
    m_practiceName->setText(name.trimmed().isEmpty() ? tr("Stillpoint") : name);
}

void LockScreen::showLocked(const QString &username, const QString &personName)
{
    m_username = username;
    m_message->setText(tr("Locked — enter the password for %1").arg(personName));
    m_passwordRow->show();
    m_password->clear();
    m_errors.clear();
    m_signInButton->setText(tr("Switch User…"));
    m_signInButton->setToolTip(tr("Sign in as someone else"));
    m_signInButton->setFlat(true);
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showSignedOut()
{
    m_username.clear();
    m_message->setText(tr("Signed out. Sign in to continue."));
    m_passwordRow->hide();
    m_password->clear();
    m_errors.clear();
    m_signInButton->setText(tr("Sign In…"));
    m_signInButton->setToolTip({});
    m_signInButton->setFlat(false);
}

QString LockScreen::message() const
{
    return m_message->text();
}

bool LockScreen::tryUnlock()
{
    if (m_username.isEmpty())
        return false;
    m_errors.clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto signedIn = m_authenticator.signIn(m_username, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!signedIn) {
        m_errors.setError(PasswordKey, signedIn.error().message);
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Q_EMIT unlocked(signedIn.value());
    return true;
}

} // namespace stillpoint::ui
