// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/SignInDialog.h"

#include "core/security/Authenticator.h"
#include "ui/common/Styles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto UsernameKey = QStringLiteral("username");
const auto PasswordKey = QStringLiteral("password");
} // namespace

SignInDialog::SignInDialog(core::Authenticator &authenticator, const QString &practiceName,
                           QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_demoHint(new QLabel(this)),
      m_signInButton(new QPushButton(tr("Sign In"), this)),
      m_cancelButton(new QPushButton(tr("Quit"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));

    auto *title = Styles::titleLabel(
            practiceName.trimmed().isEmpty() ? tr("Stillpoint") : practiceName, this);
    title->setObjectName(QStringLiteral("practiceNameLabel"));
    auto *subtitle = Styles::subtitleLabel(tr("Sign in to continue."), this);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    connect(m_username, &QLineEdit::textEdited, this, [this] { m_errors.clear(); });
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { m_errors.setError(PasswordKey, {}); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_username, UsernameKey), m_username));
    form->addRow(tr("&Password"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_password, PasswordKey), m_password));

    m_demoHint->setObjectName(QStringLiteral("demoHintLabel"));
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setWordWrap(true);
    m_demoHint->setText(tr("Demo users: owner, therapist, frontdesk — password: demo"));
    m_demoHint->setStyleSheet(Styles::infoBannerStyle());
    m_demoHint->hide();

    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_signInButton, &QPushButton::clicked, this, [this] { trySignIn(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->addWidget(Styles::headerRow(title, subtitle, this));
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_demoHint);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_username->setFocus(Qt::OtherFocusReason);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setDemoHintVisible(bool visible)
{
    m_demoHint->setVisible(visible);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setCancelText(const QString &text)
{
    m_cancelButton->setText(text);
}

bool SignInDialog::trySignIn()
{
    m_errors.clear();
    if (m_username->text().trimmed().isEmpty()) {
        m_errors.setError(UsernameKey, tr("Enter your user name."));
        m_username->setFocus(Qt::OtherFocusReason);
        Styles::fitHeight(this);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // checking a password takes a moment
    auto signedIn = m_authenticator.signIn(m_username->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!signedIn) {
        const core::Error &error = signedIn.error();
        // Every refusal (wrong password, a held or disabled account) is shown where the user
        // types next: at the password.
        const QString key = error.field == UsernameKey ? UsernameKey : PasswordKey;
        m_errors.setError(key, error.message);
        (key == UsernameKey ? m_username : m_password)->setFocus(Qt::OtherFocusReason);
        Styles::fitHeight(this);
        return false;
    }
    m_session = signedIn.value();
    accept();
    return true;
}

} // namespace stillpoint::ui
