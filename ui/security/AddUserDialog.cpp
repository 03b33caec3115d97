// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/AddUserDialog.h"

#include "core/security/Authenticator.h"
#include "core/security/PasswordHasher.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QComboBox>
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
const auto DisplayNameKey = QStringLiteral("displayName");
const auto RoleKey = QStringLiteral("role");
const auto PasswordKey = QStringLiteral("password");
const auto ConfirmationKey = QStringLiteral("passwordConfirmation");
} // namespace

AddUserDialog::AddUserDialog(core::Authenticator &authenticator, const CurrentSession &session,
                             QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_session(session),
      m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_confirmation(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add User"));

    m_username->setObjectName(QStringLiteral("newUsernameEdit"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("For example: sam"));
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setMaxLength(100);
    m_displayName->setPlaceholderText(tr("For example: Sam Okafor"));
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    for (const core::Role role :
         { core::Role::Therapist, core::Role::FrontDesk, core::Role::Owner })
        m_role->addItem(core::Roles::label(role), static_cast<int>(role));
    m_role->setToolTip(tr("Therapists see clinical records; the front desk sees contact details "
                          "and front-desk alerts only; owners also manage users and settings."));
    Styles::makePasswordField(m_password, QStringLiteral("newPasswordEdit"));
    Styles::makePasswordField(m_confirmation, QStringLiteral("confirmNewPasswordEdit"));
    m_password->setPlaceholderText(
            tr("At least %1 characters").arg(core::PasswordHasher::MinimumLength));
    Styles::makeProblemBanner(m_problem, QStringLiteral("addUserProblemLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_username, UsernameKey), m_username));
    form->addRow(tr("&Display name"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_displayName, DisplayNameKey),
                                        m_displayName));
    form->addRow(tr("&Role"), Styles::withFocusProxy(m_errors.wrap(this, m_role, RoleKey), m_role));
    form->addRow(tr("&Password"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_password, PasswordKey), m_password));
    form->addRow(tr("&Confirm"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_confirmation, ConfirmationKey),
                                        m_confirmation));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *add = buttons->addButton(tr("Add User"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("confirmAddUserButton"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, [this] { tryAdd(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AddUserDialog::~AddUserDialog() = default;

bool AddUserDialog::tryAdd()
{
    m_errors.clear();
    m_problem->hide();
    if (m_confirmation->text() != m_password->text()) {
        m_errors.setError(ConfirmationKey, tr("The two passwords are not the same."));
        m_confirmation->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = m_authenticator.addUser(
            m_session.session(), m_username->text(), m_displayName->text(),
            static_cast<core::Role>(m_role->currentData().toInt()), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        const core::Error &error = added.error();
        if (m_errors.contains(error.field)) {
            m_errors.setError(error.field, error.message);
            m_errors.focusTarget(error.field)->setFocus(Qt::OtherFocusReason);
        } else {
            m_problem->setText(error.message);
            m_problem->show();
        }
        Styles::fitHeight(this);
        return false;
    }
    m_password->clear();
    m_confirmation->clear();
    m_added = added.value();
    accept();
    return true;
}

} // namespace stillpoint::ui
