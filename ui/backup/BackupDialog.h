// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/BackupCipher.h"
#include "core/exchange/BackupWriter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stillpoint::core {
class BackupService;
}

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;

// "Back Up Now": where to write the backup and whether to encrypt it with a passphrase (typed
// twice). The backup runs through core::BackupService (owner only, verified, audited) with a
// progress dialog; a failure is shown in the dialog and leaves nothing behind.
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(core::BackupService &service, const CurrentSession &session, FileChooser &files,
                 const QString &suggestedPath, QWidget *parent = nullptr);
    ~BackupDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *encryptCheckBox() const { return m_encrypt; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *passphraseAgainEdit() const { return m_passphraseAgain; }
    QPushButton *backUpButton() const { return m_backUp; }
    QLabel *problemLabel() const { return m_problem; }
    const std::optional<core::BackupReport> &report() const { return m_report; }

    // How hard the passphrase is stretched (tests use a quick setting).
    void setKeyDerivation(const core::BackupKdf &kdf) { m_kdf = kdf; }

    // Makes the backup; accepts the dialog when it was written and verified.
    bool start();

Q_SIGNALS:
    void backedUp(const core::BackupReport &report);

private:
    void choosePath();
    void encryptionToggled(bool encrypt);
    void showProblem(const QString &message);

    core::BackupService &m_service;
    const CurrentSession &m_session;
    FileChooser &m_files;
    core::BackupKdf m_kdf = core::BackupKdf::moderate();
    QLineEdit *m_path;
    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_passphraseNote;
    QLabel *m_problem;
    QPushButton *m_backUp;
    std::optional<core::BackupReport> m_report;
};

} // namespace stillpoint::ui
