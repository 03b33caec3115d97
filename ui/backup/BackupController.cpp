// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupController.h"

#include "core/exchange/BackupRotation.h"
#include "core/security/PracticeSettings.h"
#include "core/storage/Database.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupProgressDialog.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

namespace stillpoint::ui {

namespace {

void present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

BackupController::BackupController(const Services &services, QWidget *window)
    : QObject(window), m_database(services.database), m_session(services.session),
      m_prompter(services.prompter), m_files(services.files), m_clock(services.clock),
      m_window(window), m_service(services.database, services.clock),
      m_schedule(services.database, services.clock), m_timer(new QTimer(this))
{
    // Days of the rotation are the practice's days.
    const auto zone = core::PracticeSettings(m_database, m_clock).timeZoneId();
    if (zone && QTimeZone(zone->toUtf8()).isValid())
        m_service.setTimeZone(QTimeZone(zone->toUtf8()));
    m_timer->setObjectName(QStringLiteral("backupTimer"));
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        runIfDue();
        Q_EMIT statusChanged(); // a day may have passed: the warning may have changed
    });
    m_timer->start();
}

BackupController::~BackupController() = default;

BackupDialog *BackupController::backupDialog() const
{
    return qobject_cast<BackupDialog *>(m_backupDialog.data());
}

RestoreDialog *BackupController::restoreDialog() const
{
    return qobject_cast<RestoreDialog *>(m_restoreDialog.data());
}

BackupSettingsDialog *BackupController::settingsDialog() const
{
    return qobject_cast<BackupSettingsDialog *>(m_settingsDialog.data());
}

bool BackupController::mayBackUp() const
{
    return m_available && m_session.isSignedIn() && m_session.allows(core::Operation::BackupCreate);
}

QString BackupController::suggestedBackupPath() const
{
    const auto status = m_schedule.status();
    QString folder = status ? status->folder : QString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + u'/'
            + core::BackupRotation::fileName(m_database.path(), m_clock.nowUtc(), true);
}

void BackupController::backUpNow()
{
    if (!m_backupDialog) {
        auto *dialog =
                new BackupDialog(m_service, m_session, m_files, suggestedBackupPath(), m_window);
        dialog->setKeyDerivation(m_kdf);
        connect(dialog, &BackupDialog::backedUp, this, [this](const core::BackupReport &report) {
            Q_EMIT statusChanged();
            m_prompter.information(m_window, tr("Backup made"),
                                   tr("The backup was written and checked: %1")
                                           .arg(QDir::toNativeSeparators(report.path)));
        });
        m_backupDialog = dialog;
    }
    present(m_backupDialog);
}

void BackupController::restoreFromBackup()
{
    if (!m_restoreDialog) {
        const auto status = m_schedule.status();
        auto *dialog =
                new RestoreDialog({ m_service, m_session, m_prompter, m_files, m_clock },
                                  m_database.path(), status ? status->folder : QString(), m_window);
        connect(dialog, &RestoreDialog::replaceRequested, this,
                &BackupController::replaceRequested);
        m_restoreDialog = dialog;
    }
    present(m_restoreDialog);
}

void BackupController::openSettings()
{
    if (!m_settingsDialog) {
        auto *dialog = new BackupSettingsDialog(m_schedule, m_session, m_files, m_window);
        connect(dialog, &QDialog::accepted, this, &BackupController::statusChanged);
        m_settingsDialog = dialog;
    }
    present(m_settingsDialog);
}

void BackupController::closeDialogs()
{
    for (const QPointer<QDialog> &dialog : { m_backupDialog, m_restoreDialog, m_settingsDialog }) {
        if (dialog) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
}

core::Result<core::BackupReport> BackupController::runScheduled(const QString &label)
{
    m_running = true;
    core::Result<core::BackupReport> made = core::makeError(core::ErrorCode::Io, QString());
    {
        BackupProgressDialog progress(m_window, label);
        made = m_service.createScheduled(m_session.session(), progress.callback());
    }
    m_running = false;
    Q_EMIT statusChanged();
    return made;
}

bool BackupController::runIfDue()
{
    if (m_running || !mayBackUp())
        return false;
    const auto status = m_schedule.status();
    if (!status || !status->due)
        return false;
    const auto made = runScheduled(tr("Making the daily backup…"));
    // A failed daily backup is not worth interrupting the work for: the status bar warns once
    // the last good one is too old, and the audit trail has the failure.
    return made.ok();
}

void BackupController::runOnExit()
{
    if (m_running || !mayBackUp())
        return;
    const auto status = m_schedule.status();
    if (!status || status->folder.isEmpty())
        return;
    const auto made = runScheduled(tr("Backing up before closing…"));
    if (!made)
        m_prompter.warning(
                m_window, tr("Backup failed"),
                tr("The backup on closing could not be made. %1").arg(made.error().message),
                { Prompter::Choice::Ok }, Prompter::Choice::Ok, Prompter::Choice::Ok,
                tr("Stillpoint closes anyway; the practice file itself is safe."));
}

QString BackupController::warning() const
{
    if (!m_session.isSignedIn() || !m_session.allows(core::Operation::BackupCreate))
        return {};
    const auto status = m_schedule.status();
    return status ? core::BackupSchedule::warning(status.value()) : QString();
}

} // namespace stillpoint::ui
