// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/UsersDialog.h"

#include "core/security/Authenticator.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/common/ViewSelection.h"
#include "ui/security/AddUserDialog.h"
#include "ui/security/CurrentSession.h"
#include "ui/security/ResetPasswordDialog.h"
#include "ui/security/UserListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stillpoint::ui {

UsersDialog::UsersDialog(core::Authenticator &authenticator, const CurrentSession &session,
                         Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_session(session), m_prompter(prompter),
      m_model(new UserListModel(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_addButton(new QPushButton(tr("Add User…"), this)),
      m_activeButton(new QPushButton(tr("Disable"), this)),
      m_resetButton(new QPushButton(tr("Reset Password…"), this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto *title = Styles::titleLabel(tr("Users"), this);
    auto *subtitle = Styles::subtitleLabel(
            tr("The people who can sign in to this practice. Accounts are disabled, never "
               "deleted, so the audit trail keeps naming who did what."),
            this);

    m_view->setObjectName(QStringLiteral("usersTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(UserListModel::DisplayNameColumn,
                                                     QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("usersStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_activeButton->setObjectName(QStringLiteral("toggleUserActiveButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    connect(m_addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_activeButton, &QPushButton::clicked, this, [this] { toggleActive(); });
    connect(m_resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    auto *side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_activeButton);
    side->addWidget(m_resetButton);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDialog::updateButtons);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const core::UserAccount *current = m_model->user(selectedRow());
    const QString keep = current ? current->username : QString();
    auto users = m_authenticator.users(m_session.session());
    if (!users) {
        m_prompter.warning(this, tr("Users"), users.error().message, { Prompter::Choice::Ok },
                           Prompter::Choice::Ok, Prompter::Choice::Ok);
        m_model->setUsers({});
    } else {
        m_model->setUsers(users.value());
    }
    m_view->resizeColumnToContents(UserListModel::UsernameColumn);
    m_view->resizeColumnToContents(UserListModel::RoleColumn);
    selectUser(keep);
    updateButtons();
}

void UsersDialog::addUser()
{
    auto *dialog = new AddUserDialog(m_authenticator, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->addedUser().username;
        reload();
        selectUser(name);
        m_status->setText(tr("Added %1.").arg(name));
    });
    dialog->open();
}

bool UsersDialog::toggleActive()
{
    const core::UserAccount *user = m_model->user(selectedRow());
    if (!user)
        return false;
    const QString name = user->username;
    const bool activate = !user->active;
    const core::Status changed = m_authenticator.setActive(m_session.session(), name, activate);
    if (!changed) {
        m_prompter.warning(this, activate ? tr("Not enabled") : tr("Not disabled"),
                           changed.error().message, { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                           Prompter::Choice::Ok);
        return false;
    }
    reload();
    m_status->setText(activate ? tr("%1 can sign in again.").arg(name)
                               : tr("%1 can no longer sign in.").arg(name));
    return true;
}

void UsersDialog::resetPassword()
{
    const core::UserAccount *user = m_model->user(selectedRow());
    if (!user)
        return;
    const QString name = user->username;
    auto *dialog = new ResetPasswordDialog(m_authenticator, m_session, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, name] { m_status->setText(tr("The password of %1 was reset.").arg(name)); });
    dialog->open();
}

int UsersDialog::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UsersDialog::updateButtons()
{
    const core::UserAccount *user = m_model->user(selectedRow());
    m_activeButton->setEnabled(user != nullptr);
    m_resetButton->setEnabled(user != nullptr);
    m_activeButton->setText(user && !user->active ? tr("Enable") : tr("Disable"));
}

void UsersDialog::selectUser(const QString &username)
{
    const int row = username.isEmpty() ? -1 : m_model->rowOf(username);
    if (row >= 0)
        selectOnlyRow(m_view, row);
    else if (m_model->rowCount() > 0)
        selectOnlyRow(m_view, 0);
}

} // namespace stillpoint::ui
