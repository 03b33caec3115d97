// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace stillpoint::ui {

FileChooser::~FileChooser() = default;

QString choosePdfPath(FileChooser &files, QWidget *parent, const QString &title,
                      const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = files.saveFileName(
            parent, title, QDir(folder).filePath(fileName),
            QCoreApplication::translate("stillpoint::ui::FileChooser", "PDF files (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

} // namespace stillpoint::ui
