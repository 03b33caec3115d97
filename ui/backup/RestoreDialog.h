// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/exchange/BackupRestorer.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class BackupService;
}

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;
class Prompter;

// "Restore from Backup": the backup to restore and, for an encrypted one, its passphrase. The
// backup is restored into a new file beside the practice file and checked; then the owner is
// asked whether it should replace the practice file. Only a confirmed replacement is announced
// (replaceRequested), for the application to carry out once the practice file is closed; the
// practice file in use is never touched here.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Services
    {
        core::BackupService &service;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        const core::Clock &clock;
    };

    RestoreDialog(const Services &services, const QString &practicePath,
                  const QString &backupFolder, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    QLineEdit *backupEdit() const { return m_backup; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLabel *kindLabel() const { return m_kind; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *problemLabel() const { return m_problem; }
    // The restored file, once a restore succeeded.
    const std::optional<core::RestoreReport> &report() const { return m_report; }

    // Restores, checks and asks about the replacement; true when the backup was restored.
    bool start();

Q_SIGNALS:
    void replaceRequested(const core::RestoreSwap &swap);

private:
    void chooseBackup();
    void backupChanged();
    void showProblem(const QString &message);

    Services m_services;
    QString m_practicePath;
    QString m_backupFolder;
    QLineEdit *m_backup;
    QLabel *m_kind;
    QLineEdit *m_passphrase;
    QLabel *m_problem;
    QPushButton *m_restore;
    std::optional<core::RestoreReport> m_report;
};

} // namespace stillpoint::ui
