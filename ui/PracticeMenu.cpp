// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PracticeMenu.h"

#include "core/security/PracticeSettings.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/backup/BackupController.h"
#include "ui/outcomes/PracticeOverviewDialog.h"
#include "ui/security/CurrentSession.h"
#include "ui/security/PracticeSettingsDialog.h"
#include "ui/security/UsersDialog.h"

#include <QAction>

namespace stillpoint::ui {

PracticeMenu::PracticeMenu(const Services &services, QWidget *window)
    : QMenu(tr("&Practice"), window), m_services(services), m_window(window),
      m_usersAction(addAction(tr("&Users…"))), m_auditAction(addAction(tr("&Audit Trail…"))),
      m_settingsAction(addAction(tr("&Settings…"))),
      m_overviewAction(addAction(tr("Practice &Overview…"))),
      m_backUpAction(new QAction(tr("&Back Up Now…"), this)),
      m_restoreBackupAction(new QAction(tr("&Restore from Backup…"), this)),
      m_backupSettingsAction(new QAction(tr("Backup Se&ttings…"), this))
{
    setObjectName(QStringLiteral("practiceMenu"));
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_settingsAction->setObjectName(QStringLiteral("practiceSettingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_usersAction, &QAction::triggered, this, &PracticeMenu::openUsers);
    connect(m_auditAction, &QAction::triggered, this, &PracticeMenu::openAuditLog);
    connect(m_settingsAction, &QAction::triggered, this, &PracticeMenu::openSettings);
    m_overviewAction->setObjectName(QStringLiteral("practiceOverviewAction"));
    connect(m_overviewAction, &QAction::triggered, this, &PracticeMenu::openOverview);
    addSeparator();
    addAction(m_backUpAction);
    addAction(m_restoreBackupAction);
    addAction(m_backupSettingsAction);
    m_backUpAction->setObjectName(QStringLiteral("backUpNowAction"));
    m_restoreBackupAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_backupSettingsAction->setObjectName(QStringLiteral("backupSettingsAction"));
    if (BackupController *backup = m_services.backup) {
        connect(m_backUpAction, &QAction::triggered, backup, &BackupController::backUpNow);
        connect(m_restoreBackupAction, &QAction::triggered, backup,
                &BackupController::restoreFromBackup);
        connect(m_backupSettingsAction, &QAction::triggered, backup,
                &BackupController::openSettings);
    }
    updateForSession();
}

PracticeMenu::~PracticeMenu() = default;

void PracticeMenu::updateForSession()
{
    const CurrentSession &session = m_services.session;
    m_usersAction->setVisible(session.allows(core::Operation::UserManage));
    m_auditAction->setVisible(session.allows(core::Operation::AuditRead));
    m_settingsAction->setVisible(session.allows(core::Operation::SettingsChange));
    m_overviewAction->setVisible(m_services.database
                                 && session.allows(core::Operation::PracticeOverview));
    const bool backups = m_services.backup && session.allows(core::Operation::BackupCreate);
    for (QAction *action : { m_backUpAction, m_restoreBackupAction, m_backupSettingsAction })
        action->setVisible(backups);
    const bool any = m_usersAction->isVisible() || m_auditAction->isVisible()
            || m_settingsAction->isVisible() || m_overviewAction->isVisible() || backups;
    menuAction()->setVisible(any);
    // Hidden actions keep their shortcuts otherwise.
    for (QAction *action : { m_usersAction, m_auditAction, m_settingsAction, m_overviewAction,
                             m_backUpAction, m_restoreBackupAction, m_backupSettingsAction })
        action->setEnabled(m_available && action->isVisible());
}

void PracticeMenu::setAvailable(bool available)
{
    m_available = available;
    setEnabled(available);
    updateForSession();
}

void PracticeMenu::closeDialogs()
{
    for (const QPointer<QDialog> &dialog :
         { m_usersDialog, m_auditDialog, m_settingsDialog, m_overviewDialog }) {
        if (dialog) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
    if (m_services.backup)
        m_services.backup->closeDialogs();
}

void PracticeMenu::openUsers()
{
    if (!m_usersDialog)
        m_usersDialog = new UsersDialog(m_services.authenticator, m_services.session,
                                        m_services.prompter, m_window);
    present(m_usersDialog);
}

void PracticeMenu::openAuditLog()
{
    if (!m_auditDialog) {
        const auto zone = m_services.settings.timeZoneId();
        m_auditDialog = new AuditLogDialog({ m_services.auditLog, m_services.authenticator,
                                             m_services.session, m_services.prompter,
                                             m_services.files, m_services.clock },
                                           zone ? zone.value() : QStringLiteral("UTC"), m_window);
    } else {
        static_cast<AuditLogDialog *>(m_auditDialog.data())->refresh();
    }
    present(m_auditDialog);
}

void PracticeMenu::openSettings()
{
    if (!m_settingsDialog) {
        auto *dialog =
                new PracticeSettingsDialog(m_services.settings, m_services.session, m_window);
        connect(dialog, &QDialog::accepted, this, &PracticeMenu::settingsChanged);
        m_settingsDialog = dialog;
    }
    present(m_settingsDialog);
}

void PracticeMenu::openOverview()
{
    if (!m_services.database)
        return;
    // Figures as of now: an open overview is replaced rather than raised with old numbers.
    if (m_overviewDialog) {
        m_overviewDialog->hide();
        m_overviewDialog->deleteLater();
    }
    m_overviewDialog = PracticeOverviewDialog::open({ *m_services.database, m_services.session,
                                                      m_services.prompter, m_services.clock,
                                                      m_services.printer, &m_services.files },
                                                    m_window);
}

void PracticeMenu::present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace stillpoint::ui
