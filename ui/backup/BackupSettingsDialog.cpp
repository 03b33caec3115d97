// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupSettingsDialog.h"

#include "core/exchange/BackupSchedule.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

BackupSettingsDialog::BackupSettingsDialog(core::BackupSchedule &schedule,
                                           const CurrentSession &session, FileChooser &files,
                                           QWidget *parent)
    : QDialog(parent), m_schedule(schedule), m_session(session), m_files(files),
      m_folder(new QLineEdit(this)), m_lastBackup(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backup Settings"));

    const auto rotation = core::BackupSchedule::rotation();
    auto *intro = new QLabel(
            tr("Stillpoint backs the practice up into this folder when it closes and once a day "
               "while it is open, and keeps the newest backup of each of the last %1 days, %2 "
               "weeks and %3 months. Choose a folder on another disk, such as an external drive "
               "or a network share. These backups are not encrypted: keep that disk safe, or use "
               "Back Up Now with a passphrase for copies that leave the practice. Leave the "
               "folder empty to turn automatic backups off.")
                    .arg(rotation.daily)
                    .arg(rotation.weekly)
                    .arg(rotation.monthly),
            this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    connect(choose, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    m_lastBackup->setTextFormat(Qt::PlainText);
    Styles::makeProblemBanner(m_problem, QStringLiteral("backupSettingsProblemLabel"));

    const auto status = m_schedule.status();
    if (status) {
        m_folder->setText(QDir::toNativeSeparators(status->folder));
        m_lastBackup->setText(status->lastGoodUtc ? QLocale().toString(
                                      status->lastGoodUtc->toLocalTime(), QLocale::ShortFormat)
                                                  : tr("None yet"));
    } else {
        m_problem->setText(status.error().message);
        m_problem->show();
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Backup &folder"), folderRow);
    form->addRow(tr("Last verified backup"), m_lastBackup);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)
            ->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { trySave(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

void BackupSettingsDialog::chooseFolder()
{
    const QString chosen = m_files.existingFolder(this, tr("Backup Folder"),
                                                  QDir::fromNativeSeparators(m_folder->text()));
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

bool BackupSettingsDialog::trySave()
{
    m_problem->hide();
    const core::Status saved = m_schedule.setFolder(
            m_session.session(), QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return false;
    }
    accept();
    return true;
}

} // namespace stillpoint::ui
