// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/RestoreDialog.h"

#include "core/exchange/BackupCipher.h"
#include "core/exchange/BackupService.h"
#include "ui/backup/BackupProgressDialog.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

RestoreDialog::RestoreDialog(const Services &services, const QString &practicePath,
                             const QString &backupFolder, QWidget *parent)
    : QDialog(parent), m_services(services), m_practicePath(practicePath),
      m_backupFolder(backupFolder), m_backup(new QLineEdit(this)), m_kind(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new QLabel(tr("The backup is restored into a new file beside the practice file "
                                "and checked. You are then asked whether it should replace the "
                                "practice file; the current one is kept either way."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_backup->setObjectName(QStringLiteral("restoreBackupEdit"));
    connect(m_backup, &QLineEdit::textChanged, this, &RestoreDialog::backupChanged);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseRestoreBackupButton"));
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backup, 1);
    backupRow->addWidget(choose);

    m_kind->setObjectName(QStringLiteral("restoreKindLabel"));
    m_kind->setTextFormat(Qt::PlainText);
    m_kind->setWordWrap(true);
    Styles::makePasswordField(m_passphrase, QStringLiteral("restorePassphraseEdit"));
    Styles::makeProblemBanner(m_problem, QStringLiteral("restoreProblemLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Backup"), backupRow);
    form->addRow(QString(), m_kind);
    form->addRow(tr("&Passphrase"), m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    m_restore->setObjectName(QStringLiteral("startRestoreButton"));
    m_restore->setDefault(true);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_restore, &QPushButton::clicked, this, [this] { start(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    backupChanged();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::chooseBackup()
{
    const QString chosen = m_services.files.openFileName(
            this, tr("Restore from Backup"), m_backupFolder,
            tr("Stillpoint backups (*.stillpoint-backup *.stillpoint);;All files (*)"));
    if (!chosen.isEmpty())
        m_backup->setText(QDir::toNativeSeparators(chosen));
}

void RestoreDialog::backupChanged()
{
    const QString path = QDir::fromNativeSeparators(m_backup->text().trimmed());
    const bool encrypted = !path.isEmpty() && core::BackupCipher::isEncryptedBackup(path);
    m_passphrase->setEnabled(encrypted);
    if (path.isEmpty())
        m_kind->setText(tr("Choose a backup file."));
    else if (!QFileInfo(path).isFile())
        m_kind->setText(tr("There is no file there."));
    else if (encrypted)
        m_kind->setText(tr("An encrypted backup: type the passphrase it was made with."));
    else
        m_kind->setText(tr("A plain backup: no passphrase is needed."));
    m_restore->setEnabled(!path.isEmpty());
}

void RestoreDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    Styles::fitHeight(this);
}

bool RestoreDialog::start()
{
    m_problem->hide();
    const QString backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    const QString restoredPath =
            core::BackupRestorer::restoredPathFor(m_practicePath, m_services.clock.nowUtc());
    setEnabled(false);
    core::Result<core::RestoreReport> restored = core::makeError(core::ErrorCode::Io, QString());
    {
        BackupProgressDialog progress(this, tr("Restoring and checking the backup…"));
        restored = m_services.service.restore(m_services.session.session(), backup, restoredPath,
                                              m_passphrase->text(), progress.callback());
    }
    setEnabled(true);
    if (!restored) {
        showProblem(restored.error().message);
        if (restored.error().field == QLatin1String("passphrase")) {
            m_passphrase->selectAll();
            m_passphrase->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    m_passphrase->clear();
    m_report = restored.value();

    const QString made = restored->createdUtc.isValid()
            ? tr("The backup from %1")
                      .arg(QLocale().toString(restored->createdUtc.toLocalTime(),
                                              QLocale::ShortFormat))
            : tr("The backup");
    const auto choice = m_services.prompter.question(
            this, tr("Replace the practice file?"),
            tr("%1 holds %n client(s) and passed its checks. Replace the practice file with it "
               "now?",
               nullptr, static_cast<int>(restored->clients))
                    .arg(made),
            { Prompter::Choice::Yes, Prompter::Choice::No }, Prompter::Choice::No,
            Prompter::Choice::No,
            tr("Stillpoint will close the practice, put the restored file in its place and start "
               "again; the current practice file is kept beside it. Everything saved since the "
               "backup was made is only in the kept file."));
    if (choice != Prompter::Choice::Yes) {
        m_services.prompter.information(
                this, tr("Restored copy kept"),
                tr("The restored practice was kept as %1. The practice file was not changed.")
                        .arg(QDir::toNativeSeparators(restored->path)));
        accept();
        return true;
    }
    auto swap = m_services.service.prepareSwap(m_services.session.session(), restored->path);
    if (!swap) {
        showProblem(swap.error().message);
        return true;
    }
    Q_EMIT replaceRequested(swap.value());
    accept();
    return true;
}

} // namespace stillpoint::ui
