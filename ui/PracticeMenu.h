// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QMenu>
#include <QPointer>

class QAction;
class QDialog;

namespace stillpoint::core {
class AuditLog;
class Authenticator;
class Database;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class BackupController;
class CurrentSession;
class DocumentPrinter;
class FileChooser;
class Prompter;

// The owner's Practice menu: Users…, Audit Trail…, Settings…, Practice Overview…, and the backups
// (Back Up Now…, Restore from Backup…, Backup Settings…, run by the window's BackupController).
// Each entry is shown only to a role the permission table allows it (the whole menu is hidden when
// none is), and each opens its dialog once, non-modal, as a child of the window. The dialogs belong
// to the session that opened them: closeDialogs() ends them when someone else signs in.
class PracticeMenu final : public QMenu
{
    Q_OBJECT

public:
    struct Services
    {
        core::Authenticator &authenticator;
        const core::AuditLog &auditLog;
        core::PracticeSettings &settings;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        const core::Clock &clock;
        BackupController *backup = nullptr; // null: no backup entries
        core::Database *database = nullptr; // null: no Practice Overview entry
        DocumentPrinter *printer = nullptr; // null: the overview cannot be printed
    };

    PracticeMenu(const Services &services, QWidget *window);
    ~PracticeMenu() override;

    QAction *usersAction() const { return m_usersAction; }
    QAction *auditAction() const { return m_auditAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *overviewAction() const { return m_overviewAction; }
    QAction *backUpAction() const { return m_backUpAction; }
    QAction *restoreBackupAction() const { return m_restoreBackupAction; }
    QAction *backupSettingsAction() const { return m_backupSettingsAction; }

    // Shows what the signed-in role may use, hides the rest.
    void updateForSession();
    // While the window is locked nothing here may be used, not even by its shortcut.
    void setAvailable(bool available);
    void closeDialogs();

Q_SIGNALS:
    // The practice's name or idle-lock delay changed.
    void settingsChanged();

private:
    void openUsers();
    void openAuditLog();
    void openSettings();
    void openOverview();
    void present(QDialog *dialog);

    Services m_services;
    QWidget *m_window;
    QAction *m_usersAction;
    QAction *m_auditAction;
    QAction *m_settingsAction;
    QAction *m_overviewAction;
    QAction *m_backUpAction;
    QAction *m_restoreBackupAction;
    QAction *m_backupSettingsAction;
    QPointer<QDialog> m_usersDialog;
    QPointer<QDialog> m_auditDialog;
    QPointer<QDialog> m_settingsDialog;
    QPointer<QDialog> m_overviewDialog;
    bool m_available = true;
};

} // namespace stillpoint::ui
