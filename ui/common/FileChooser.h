// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace stillpoint::ui {

// Asks the user where to save a file, which file to open or which folder to use. Widgets take a
// FileChooser instead of calling QFileDialog, so that tests can answer with a path in a temporary
// folder.
class FileChooser
{
public:
    virtual ~FileChooser();

    // The chosen path, or an empty string when the user cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title,
                                 const QString &suggestedPath, const QString &filter) = 0;
    // An existing file to open, or an empty string when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter) = 0;
    // An existing folder, or an empty string when the user cancelled.
    virtual QString existingFolder(QWidget *parent, const QString &title,
                                   const QString &folder) = 0;
};

// Asks where to save a PDF, suggesting `fileName` in the user's documents folder; the path with
// ".pdf" added when the user typed a name without a suffix, or empty when cancelled.
QString choosePdfPath(FileChooser &files, QWidget *parent, const QString &title,
                      const QString &fileName);

} // namespace stillpoint::ui
