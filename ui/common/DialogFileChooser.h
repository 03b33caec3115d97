// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/FileChooser.h"

namespace stillpoint::ui {

// The FileChooser the application uses: the platform's file dialogs.
class DialogFileChooser final : public FileChooser
{
public:
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                         const QString &filter) override;
    QString existingFolder(QWidget *parent, const QString &title, const QString &folder) override;
};

} // namespace stillpoint::ui
