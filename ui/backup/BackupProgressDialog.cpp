// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupProgressDialog.h"

#include <QProgressDialog>

namespace stillpoint::ui {

BackupProgressDialog::BackupProgressDialog(QWidget *parent, const QString &label)
    : m_dialog(new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent))
{
    m_dialog->setObjectName(QStringLiteral("backupProgressDialog"));
    m_dialog->setWindowTitle(QProgressDialog::tr("Stillpoint"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
}

BackupProgressDialog::~BackupProgressDialog()
{
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
}

core::BackupProgress BackupProgressDialog::callback()
{
    return [dialog = m_dialog](qint64 done, qint64 total) {
        if (!dialog)
            return true;
        // A window-modal QProgressDialog processes events in setValue(): the window repaints and
        // Cancel can be pressed, while input to the window itself is blocked.
        dialog->setValue(total > 0 ? static_cast<int>(100 * done / total) : 0);
        return !dialog->wasCanceled();
    };
}

} // namespace stillpoint::ui
