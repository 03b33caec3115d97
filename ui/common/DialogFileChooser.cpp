// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DialogFileChooser.h"

#include <QFileDialog>

namespace stillpoint::ui {

QString DialogFileChooser::saveFileName(QWidget *parent, const QString &title,
                                        const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString DialogFileChooser::openFileName(QWidget *parent, const QString &title,
                                        const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogFileChooser::existingFolder(QWidget *parent, const QString &title,
                                          const QString &folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace stillpoint::ui
