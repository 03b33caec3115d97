// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/exchange/BackupCipher.h"
#include "core/exchange/BackupRestorer.h"
#include "core/exchange/BackupSchedule.h"
#include "core/exchange/BackupService.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QTimer;
class QWidget;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class BackupDialog;
class BackupSettingsDialog;
class CurrentSession;
class FileChooser;
class Prompter;
class RestoreDialog;

// The window's backups: opens Back Up Now, Restore from Backup and Backup Settings, runs the
// automatic backup when the window closes and once a day while it is open (a check every few
// minutes), and says when the last verified backup is too old. Everything runs for the
// signed-in person through core, which allows it to the owner only; nothing runs while the
// window is locked or nobody is signed in.
class BackupController final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        core::Database &database;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        const core::Clock &clock;
    };

    static constexpr int CheckIntervalMs = 5 * 60 * 1000;

    BackupController(const Services &services, QWidget *window);
    ~BackupController() override;

    void backUpNow();
    void restoreFromBackup();
    void openSettings();
    void closeDialogs();

    // An automatic backup into the folder when one is due; true when one was made.
    bool runIfDue();
    // The backup on closing, when a folder is set; a failure is shown, and closing goes on.
    void runOnExit();
    // "Last backup 9 days ago — back up now", for someone who may make backups; else empty.
    QString warning() const;
    // While the window is locked or signed out, no automatic backup runs.
    void setAvailable(bool available) { m_available = available; }
    // How hard backup passphrases are stretched (tests use a quick setting).
    void setKeyDerivation(const core::BackupKdf &kdf) { m_kdf = kdf; }

    BackupDialog *backupDialog() const;
    RestoreDialog *restoreDialog() const;
    BackupSettingsDialog *settingsDialog() const;
    QTimer *timer() const { return m_timer; }

Q_SIGNALS:
    // A backup was made, or the settings changed: the warning may read differently.
    void statusChanged();
    // The owner confirmed that a restored copy replaces the practice file.
    void replaceRequested(const core::RestoreSwap &swap);

private:
    bool mayBackUp() const;
    core::Result<core::BackupReport> runScheduled(const QString &label);
    QString suggestedBackupPath() const;

    core::Database &m_database;
    const CurrentSession &m_session;
    Prompter &m_prompter;
    FileChooser &m_files;
    const core::Clock &m_clock;
    QWidget *m_window;
    core::BackupService m_service;
    core::BackupSchedule m_schedule;
    core::BackupKdf m_kdf = core::BackupKdf::moderate();
    QTimer *m_timer;
    bool m_available = true;
    bool m_running = false;
    QPointer<QDialog> m_backupDialog;
    QPointer<QDialog> m_restoreDialog;
    QPointer<QDialog> m_settingsDialog;
};

} // namespace stillpoint::ui
