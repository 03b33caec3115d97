// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/BackupCipher.h"

#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace stillpoint::ui {

// A window-modal progress dialog for a backup or restore, shown only when the work takes longer
// than half a second, with a Cancel button. callback() feeds it from core's progress reports and
// keeps the window painted meanwhile; it answers false once the user pressed Cancel.
class BackupProgressDialog
{
public:
    BackupProgressDialog(QWidget *parent, const QString &label);
    ~BackupProgressDialog();
    BackupProgressDialog(const BackupProgressDialog &) = delete;
    BackupProgressDialog &operator=(const BackupProgressDialog &) = delete;

    core::BackupProgress callback();

private:
    QPointer<QProgressDialog> m_dialog;
};

} // namespace stillpoint::ui
