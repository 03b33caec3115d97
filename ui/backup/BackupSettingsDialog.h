// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace stillpoint::core {
class BackupSchedule;
}

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;

// The owner's backup settings: the folder the automatic backups go into (on closing and daily,
// kept by a rotation) and when the last verified backup was made. Saved through
// core::BackupSchedule (checked and audited there).
class BackupSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(core::BackupSchedule &schedule, const CurrentSession &session,
                         FileChooser &files, QWidget *parent = nullptr);
    ~BackupSettingsDialog() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *lastBackupLabel() const { return m_lastBackup; }
    QLabel *problemLabel() const { return m_problem; }

    // Stores the folder; accepts the dialog when it was stored.
    bool trySave();

private:
    void chooseFolder();

    core::BackupSchedule &m_schedule;
    const CurrentSession &m_session;
    FileChooser &m_files;
    QLineEdit *m_folder;
    QLabel *m_lastBackup;
    QLabel *m_problem;
};

} // namespace stillpoint::ui
