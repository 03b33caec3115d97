// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/ResetPasswordDialog.h"

#include "core/security/Authenticator.h"
#include "core/security/PasswordHasher.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto PasswordKey = QStringLiteral("password");
const auto ConfirmationKey = QStringLiteral("passwordConfirmation");
} // namespace

ResetPasswordDialog::ResetPasswordDialog(core::Authenticator &authenticator,
                                         const CurrentSession &session, const QString &username,
                                         QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_session(session), m_username(username),
      m_password(new QLineEdit(this)), m_confirmation(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    auto *intro = new QLabel(tr("New password for %1:").arg(username), this);
    intro->setTextFormat(Qt::PlainText);
    Styles::makePasswordField(m_password, QStringLiteral("resetPasswordEdit"));
    Styles::makePasswordField(m_confirmation, QStringLiteral("confirmResetPasswordEdit"));
    m_password->setPlaceholderText(
            tr("At least %1 characters").arg(core::PasswordHasher::MinimumLength));
    Styles::makeProblemBanner(m_problem, QStringLiteral("resetPasswordProblemLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Password"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_password, PasswordKey), m_password));
    form->addRow(tr("&Confirm"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_confirmation, ConfirmationKey),
                                        m_confirmation));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *reset = buttons->addButton(tr("Reset Password"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetPasswordButton"));
    reset->setDefault(true);
    connect(reset, &QPushButton::clicked, this, [this] { tryReset(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

bool ResetPasswordDialog::tryReset()
{
    m_errors.clear();
    m_problem->hide();
    if (m_confirmation->text() != m_password->text()) {
        m_errors.setError(ConfirmationKey, tr("The two passwords are not the same."));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status reset =
            m_authenticator.resetPassword(m_session.session(), m_username, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!reset) {
        if (m_errors.contains(reset.error().field)) {
            m_errors.setError(reset.error().field, reset.error().message);
        } else {
            m_problem->setText(reset.error().message);
            m_problem->show();
        }
        Styles::fitHeight(this);
        return false;
    }
    m_password->clear();
    m_confirmation->clear();
    accept();
    return true;
}

} // namespace stillpoint::ui
